"use client";

import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { QUESTION_LIMITS } from "@/lib/validations/authored-question";
import { FieldGroup } from "./field-group";

interface Point {
  id: number;
  text: string;
}

export interface KeyPointsEditorProps {
  initial: string[];
  errors?: string[];
}

const MAX = QUESTION_LIMITS.keyPoints.max;
const focusById = (id: string) => document.getElementById(id)?.focus();

/** Key points in order: add, remove and move them; focus follows the point being moved. */
export function KeyPointsEditor({ initial, errors }: KeyPointsEditorProps) {
  const nextId = useRef(Math.max(initial.length, 1));
  const [points, setPoints] = useState<Point[]>(() =>
    (initial.length ? initial : [""]).map((text, id) => ({ id, text })),
  );
  const [announcement, setAnnouncement] = useState("");

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const point = points[index]!;
    const next = [...points];
    [next[index], next[target]] = [next[target]!, next[index]!];
    flushSync(() => {
      setPoints(next);
      setAnnouncement(`Key point moved to position ${target + 1} of ${next.length}.`);
    });
    // Keep focus on the moved point's button; at either end that button is disabled, so use the other.
    const [same, other] = delta === -1 ? ["up", "down"] : ["down", "up"];
    const atEnd = delta === -1 ? target === 0 : target === next.length - 1;
    focusById(`key-point-${point.id}-${atEnd ? other : same}`);
  }

  function remove(index: number) {
    const next = points.filter((_, i) => i !== index);
    flushSync(() => {
      setPoints(next);
      setAnnouncement(`Key point ${index + 1} removed.`);
    });
    const neighbour = next[index] ?? next[index - 1];
    focusById(neighbour ? `key-point-${neighbour.id}` : "add-key-point");
  }

  function add() {
    const id = nextId.current++;
    flushSync(() => setPoints([...points, { id, text: "" }]));
    focusById(`key-point-${id}`);
  }

  const edit = (id: number, text: string) =>
    setPoints((current) => current.map((p) => (p.id === id ? { ...p, text } : p)));

  return (
    <FieldGroup
      id="keyPoints"
      title="Key points"
      hint={`What a strong answer covers, in order; at most ${MAX}.`}
      errors={errors}
    >
      <ol className="space-y-2">
        {points.map((point, index) => (
          <li key={point.id} className="flex flex-wrap items-center gap-2">
            <label htmlFor={`key-point-${point.id}`} className="text-ink-muted w-24 shrink-0 text-sm">
              Key point {index + 1}
            </label>
            <Input
              id={`key-point-${point.id}`}
              name="keyPoints"
              value={point.text}
              maxLength={QUESTION_LIMITS.keyPoint.max}
              onChange={(event) => edit(point.id, event.target.value)}
              className="min-w-0 flex-1 basis-48"
            />
            <div className="flex gap-1">
              {(["up", "down"] as const).map((direction) => (
                <Button
                  key={direction}
                  id={`key-point-${point.id}-${direction}`}
                  variant="secondary"
                  size="sm"
                  disabled={direction === "up" ? index === 0 : index === points.length - 1}
                  onClick={() => move(index, direction === "up" ? -1 : 1)}
                >
                  Move {direction}
                  <span className="sr-only"> key point {index + 1}</span>
                </Button>
              ))}
              <Button variant="ghost" size="sm" disabled={points.length === 1} onClick={() => remove(index)}>
                Remove<span className="sr-only"> key point {index + 1}</span>
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button id="add-key-point" variant="secondary" size="sm" disabled={points.length >= MAX} onClick={add}>
        Add key point
      </Button>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </FieldGroup>
  );
}

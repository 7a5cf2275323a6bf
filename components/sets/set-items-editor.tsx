"use client";

import Link from "@/components/ui/link";
import { useEffect, useRef, useState, useTransition, type DragEvent } from "react";
import { DifficultyBadge, formatSeconds } from "@/components/questions/difficulty-badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-field";
import { moveQuestionInSet, removeQuestionFromSet } from "@/lib/actions/set-items";
import type { SetItemRow } from "@/lib/dal/sets";
import { ItemTimeForm } from "./item-time-form";

export interface SetItemsEditorProps {
  setId: string;
  items: SetItemRow[];
}

type Direction = "up" | "down";

/** The set's questions in order: move with buttons or by dragging, change the time, remove. */
export function SetItemsEditor({ setId, items }: SetItemsEditorProps) {
  const [saving, startTransition] = useTransition();
  const [list, setList] = useState(items);
  const [shown, setShown] = useState(items);
  // The server's order replaces the local one once every pending change has landed.
  if (items !== shown && !saving) {
    setShown(items);
    setList(items);
  }
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const focusAfterMove = useRef<{ questionId: string; direction: Direction } | null>(null);
  const dragged = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Focus follows the moved question; at an end, to the button that still works. It is applied
  // again until the move has been saved: the server's order arriving can re-render the list and
  // drop focus. Once the user has moved on elsewhere on the page, it is left alone.
  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    if (!saving) focusAfterMove.current = null;
    const active = document.activeElement;
    if (active && active !== document.body && !listRef.current?.contains(active)) return;
    const button = (d: Direction) =>
      document.querySelector<HTMLButtonElement>(`[data-move="${target.questionId}-${d}"]`);
    const first = button(target.direction);
    (first && !first.disabled ? first : button(target.direction === "up" ? "down" : "up"))?.focus();
  }, [list, saving]);

  function move(questionId: string, to: number, direction?: Direction) {
    const from = list.findIndex((i) => i.questionId === questionId);
    const index = Math.max(0, Math.min(list.length - 1, to));
    if (from < 0 || from === index) return;
    const next = [...list];
    const [item] = next.splice(from, 1);
    next.splice(index, 0, item!);
    setList(next);
    setError(null);
    setAnnouncement(`Moved to position ${index + 1} of ${next.length}: ${item!.prompt}`);
    if (direction) focusAfterMove.current = { questionId, direction };
    const form = new FormData();
    form.set("setId", setId);
    form.set("questionId", questionId);
    form.set("to", String(index));
    startTransition(async () => {
      const result = await moveQuestionInSet(null, form);
      if (!result.ok) {
        setList(items);
        setError(result.message);
      }
    });
  }

  function remove(questionId: string) {
    const form = new FormData();
    form.set("setId", setId);
    form.set("questionId", questionId);
    startTransition(async () => {
      const result = await removeQuestionFromSet(null, form);
      if (result.ok) setAnnouncement("Question removed from the set.");
      else setError(result.message);
    });
  }

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged.current) move(dragged.current, index);
    dragged.current = null;
  };

  return (
    <div className="space-y-3">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <p className="text-ink-muted h-5 text-sm" aria-hidden="true">
        {saving ? "Saving…" : null}
      </p>
      <FormMessage>{error}</FormMessage>
      <ol ref={listRef} aria-label="Questions in this set" className="space-y-3">
        {list.map((item, index) => {
          const promptId = `prompt-${item.questionId}`;
          return (
            <li
              key={item.questionId}
              draggable
              onDragStart={() => (dragged.current = item.questionId)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, index)}
              className="border-line bg-surface flex flex-col gap-3 rounded-xl border p-4 shadow-sm sm:flex-row sm:items-start"
            >
              <span
                aria-hidden="true"
                className="text-ink-muted cursor-grab pt-0.5 font-mono text-sm select-none"
              >
                ⠿ {index + 1}.
              </span>
              <div className="min-w-0 flex-1 space-y-2">
                <p id={promptId} className="font-medium">
                  <span className="sr-only">{index + 1}. </span>
                  <Link href={`/questions/${item.slug}`} className="underline-offset-2 hover:underline">
                    {item.prompt}
                  </Link>
                </p>
                <p className="text-ink-muted flex flex-wrap items-center gap-2 text-xs">
                  <DifficultyBadge difficulty={item.difficulty} />
                  <span>{formatSeconds(item.secondsOverride ?? item.suggestedSeconds)}</span>
                  {item.secondsOverride ? (
                    <span>(suggested {formatSeconds(item.suggestedSeconds)})</span>
                  ) : null}
                </p>
                <ItemTimeForm
                  setId={setId}
                  questionId={item.questionId}
                  position={index + 1}
                  suggestedSeconds={item.suggestedSeconds}
                  secondsOverride={item.secondsOverride}
                />
              </div>
              <div className="flex shrink-0 flex-wrap gap-2">
                {(["up", "down"] as const).map((direction) => (
                  <Button
                    key={direction}
                    size="sm"
                    variant="secondary"
                    data-move={`${item.questionId}-${direction}`}
                    aria-describedby={promptId}
                    disabled={direction === "up" ? index === 0 : index === list.length - 1}
                    onClick={() => move(item.questionId, index + (direction === "up" ? -1 : 1), direction)}
                  >
                    {direction === "up" ? "Move up" : "Move down"}
                  </Button>
                ))}
                <Button
                  size="sm"
                  variant="ghost"
                  aria-describedby={promptId}
                  onClick={() => remove(item.questionId)}
                >
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

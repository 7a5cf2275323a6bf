"use client";

import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { GRADE_LABELS } from "@/lib/interviews/limits";
import { ReviewQuestion, type GradeInput } from "./review-question";

/** One question of the interview as the review screen needs it; notes arrive as sanitized HTML. */
export interface ReviewItem {
  position: number;
  prompt: string;
  answer: string;
  /** Submitted, skipped or timed out: only then can it be graded. */
  answered: boolean;
  timedOut: boolean;
  skipped: boolean;
  whyAsked: string;
  notesHtml: string;
  keyPoints: string[];
  grade: number | null;
  keyPointsCovered: number[];
  note: string;
}

export interface ReviewSessionProps {
  interviewId: string;
  items: ReviewItem[];
  initialIndex: number;
  /** Still answering (grading after each question): when all answered ones are graded, go back. */
  answering: boolean;
}

async function putGrade(interviewId: string, input: GradeInput) {
  let response: Response;
  try {
    response = await fetch(`/api/interviews/${interviewId}/grade`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
  } catch {
    throw new Error("Your grade wasn't saved: the connection failed. Try again.");
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; message?: string } | null;
  if (!response.ok || !body?.ok) throw new Error(body?.message ?? "Your grade wasn't saved. Try again.");
}

/** The next answered, ungraded question after `from`, wrapping round; null when all are graded. */
function nextUngraded(items: ReviewItem[], from: number) {
  for (let step = 1; step <= items.length; step++) {
    const index = (from + step) % items.length;
    const item = items[index];
    if (item?.answered && item.grade === null) return index;
  }
  return null;
}

export function ReviewSession({
  interviewId,
  items: initialItems,
  initialIndex,
  answering,
}: ReviewSessionProps) {
  const router = useRouter();
  const [items, setItems] = useState(initialItems);
  const [index, setIndex] = useState(initialIndex);
  const [moved, setMoved] = useState(false);
  const busy = useRef(false);

  const save = useMutation({
    mutationFn: (input: GradeInput) => putGrade(interviewId, input),
    onSettled: () => {
      busy.current = false;
    },
    onSuccess: (_result, input) => {
      const next = items.map((item) =>
        item.position === input.position
          ? { ...item, grade: input.grade, keyPointsCovered: input.keyPointsCovered, note: input.note }
          : item,
      );
      setItems(next);
      const target = nextUngraded(next, index);
      if (target === null) {
        router.push(
          (answering ? `/interviews/${interviewId}` : `/interviews/${interviewId}/summary`) as Route,
        );
      } else {
        go(target);
      }
    },
  });

  function go(target: number) {
    save.reset();
    setIndex(target);
    setMoved(true);
    // Keeps the place on reload without a navigation.
    window.history.replaceState(null, "", `?position=${items[target]?.position ?? target}`);
  }

  function onSave(input: GradeInput) {
    if (busy.current) return;
    busy.current = true;
    save.mutate(input);
  }

  const graded = items.filter((item) => item.grade !== null).length;
  const current = items[index];
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p className="text-sm font-medium" aria-live="polite">
          Graded {graded} of {items.length}
        </p>
        <div aria-hidden="true" className="bg-surface-muted h-2 overflow-hidden rounded-full">
          <div
            className="bg-accent h-full rounded-full transition-[width]"
            style={{ width: `${(graded / Math.max(1, items.length)) * 100}%` }}
          />
        </div>
      </div>

      <nav aria-label="Questions">
        <ol className="flex flex-wrap gap-2">
          {items.map((item, i) => (
            <li key={item.position}>
              <button
                type="button"
                onClick={() => go(i)}
                disabled={!item.answered}
                aria-current={i === index ? "step" : undefined}
                className={cn(
                  "inline-flex h-9 min-w-9 items-center justify-center rounded-lg border px-3 text-sm font-medium tabular-nums disabled:opacity-50",
                  i === index
                    ? "border-accent bg-accent text-accent-ink"
                    : item.grade !== null
                      ? "border-accent/40 bg-accent-soft text-accent-soft-ink"
                      : "border-line bg-surface hover:bg-surface-muted",
                )}
              >
                <span className="sr-only">Question </span>
                {item.position + 1}
                <span className="sr-only">
                  , {item.grade !== null ? `graded ${GRADE_LABELS[item.grade]}` : "not graded"}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {current ? (
        <ReviewQuestion
          key={current.position}
          item={current}
          total={items.length}
          focusOnMount={moved}
          saving={save.isPending}
          error={save.error?.message ?? null}
          onSave={onSave}
        />
      ) : null}
    </div>
  );
}

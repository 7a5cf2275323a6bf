"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-field";
import { GRADE_LABELS, suggestGrade } from "@/lib/interviews/limits";
import { AttemptBadges } from "./summary-stats";
import { ReviewGradePicker } from "./review-grade-picker";
import { ReviewKeyPoints } from "./review-key-points";
import type { ReviewItem } from "./review-session";

export interface GradeInput {
  position: number;
  grade: 1 | 2 | 3 | 4;
  keyPointsCovered: number[];
  note: string;
}

export interface ReviewQuestionProps {
  item: ReviewItem;
  total: number;
  /** Moving here from another question: the heading takes focus so the prompt is read out. */
  focusOnMount: boolean;
  saving: boolean;
  error: string | null;
  onSave: (input: GradeInput) => void;
}

/** Fields where typed characters (Space, digits, Enter) belong to the field itself. */
function isTextField(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio"].includes(target.type);
}

/** Controls that already do something with Space or Enter (buttons, links, checkboxes…). */
function ownsActivation(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    Boolean(target.closest("button, a[href], input, select, textarea, summary, [contenteditable='true']"))
  );
}

export function ReviewQuestion({ item, total, focusOnMount, saving, error, onSave }: ReviewQuestionProps) {
  const [revealed, setRevealed] = useState(item.grade !== null);
  const [revealedHere, setRevealedHere] = useState(false);
  const [covered, setCovered] = useState<number[]>(item.keyPointsCovered);
  const [chosen, setChosen] = useState<1 | 2 | 3 | 4 | null>(item.grade as 1 | 2 | 3 | 4 | null);
  const [note, setNote] = useState(item.note);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const modelRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();

  const suggested = suggestGrade(covered.length, item.keyPoints.length, item.timedOut);
  const grade = chosen ?? suggested;

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  // The reveal button disappears; the reader lands on the model answer instead of the page top.
  useEffect(() => {
    if (revealedHere) modelRef.current?.focus();
  }, [revealedHere]);

  function reveal() {
    setRevealed(true);
    setRevealedHere(true);
  }

  function save() {
    if (saving) return;
    onSave({ position: item.position, grade, keyPointsCovered: covered, note });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save();
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!item.answered) return;
      if (event.key === " " && !revealed && !ownsActivation(event.target)) {
        event.preventDefault();
        reveal();
      } else if (revealed && /^[1-4]$/.test(event.key) && !isTextField(event.target)) {
        event.preventDefault();
        setChosen(Number(event.key) as 1 | 2 | 3 | 4);
      } else if (
        revealed &&
        event.key === "Enter" &&
        !isTextField(event.target) &&
        !(event.target instanceof HTMLElement && event.target.closest("button, a[href], summary"))
      ) {
        event.preventDefault();
        save();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <article
      aria-labelledby={`${ids}-prompt`}
      className="border-line bg-surface space-y-6 rounded-xl border p-6 shadow-sm"
    >
      <header className="space-y-2">
        <p className="text-ink-muted text-sm font-medium">
          Question {item.position + 1} of {total}
        </p>
        <h2
          id={`${ids}-prompt`}
          ref={headingRef}
          tabIndex={-1}
          className="text-xl leading-snug font-semibold tracking-tight text-balance outline-none"
        >
          {item.prompt}
        </h2>
      </header>

      <section aria-labelledby={`${ids}-answer`} className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={`${ids}-answer`} className="text-sm font-semibold tracking-wide uppercase">
            Your answer
          </h3>
          <AttemptBadges timedOut={item.timedOut} skipped={item.skipped} />
        </div>
        {!item.answered ? (
          <p className="text-ink-muted">You haven&apos;t answered this question yet.</p>
        ) : item.answer.trim() ? (
          <div className="bg-surface-muted rounded-lg p-4 leading-7 break-words whitespace-pre-wrap">
            {item.answer}
          </div>
        ) : (
          <p className="text-ink-muted italic">No answer</p>
        )}
      </section>

      {item.answered && !revealed ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={reveal}>Reveal model answer</Button>
          <p className="text-ink-muted text-sm">
            or press <kbd className="border-line rounded border px-1.5 font-mono text-xs">Space</kbd>
          </p>
        </div>
      ) : null}

      {item.answered && revealed ? (
        <>
          <section aria-labelledby={`${ids}-model`} className="space-y-4">
            <h3
              id={`${ids}-model`}
              ref={modelRef}
              tabIndex={-1}
              className="text-lg font-semibold tracking-tight outline-none"
            >
              Model answer
            </h3>
            <div>
              <h4 className="text-accent-soft-ink text-sm font-semibold tracking-wide uppercase">
                Why interviewers ask this
              </h4>
              <p className="mt-1 leading-7">{item.whyAsked}</p>
            </div>
            <div
              className="prose-answer border-line rounded-xl border p-5"
              dangerouslySetInnerHTML={{ __html: item.notesHtml }}
            />
          </section>

          <form onSubmit={submit} className="space-y-5" aria-label="Grade your answer">
            <ReviewKeyPoints points={item.keyPoints} covered={covered} onChange={setCovered} />
            <p aria-live="polite" className="text-sm">
              <span className="font-semibold">Suggested: {GRADE_LABELS[suggested]}</span>
              <span className="text-ink-muted">
                {" "}
                — {covered.length} of {item.keyPoints.length} key points
                {item.timedOut ? ", one step lower because time ran out" : ""}
              </span>
            </p>
            <ReviewGradePicker name={`${ids}-grade`} value={grade} onChange={setChosen} />
            <div className="space-y-1.5">
              <label htmlFor={`${ids}-note`} className="text-sm font-semibold">
                Note <span className="text-ink-muted font-normal">(optional)</span>
              </label>
              <textarea
                id={`${ids}-note`}
                value={note}
                onChange={(event) => setNote(event.target.value)}
                maxLength={2000}
                rows={3}
                placeholder="What to remember next time"
                className="border-line bg-surface text-ink placeholder:text-ink-muted w-full rounded-lg border px-3 py-2 text-sm"
              />
            </div>
            <FormMessage>{error}</FormMessage>
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={saving}>
                {saving ? "Saving…" : "Save and next"}
              </Button>
              <p className="text-ink-muted text-sm">
                Keys <kbd className="font-mono">1</kbd>–<kbd className="font-mono">4</kbd> pick a grade,{" "}
                <kbd className="font-mono">Enter</kbd> saves.
              </p>
            </div>
          </form>
        </>
      ) : null}
    </article>
  );
}

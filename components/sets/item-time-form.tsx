"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { setQuestionTime } from "@/lib/actions/set-items";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_SECONDS, MIN_SECONDS } from "@/lib/interviews/limits";

export interface ItemTimeFormProps {
  setId: string;
  questionId: string;
  position: number;
  suggestedSeconds: number;
  secondsOverride: number | null;
}

/** The time allowed for one question in this set; left blank, its suggested time applies. */
export function ItemTimeForm({
  setId,
  questionId,
  position,
  suggestedSeconds,
  secondsOverride,
}: ItemTimeFormProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(setQuestionTime, null);
  const id = `time-${questionId}`;
  const message = state && !state.ok ? (state.fieldErrors?.seconds?.join(" ") ?? state.message) : null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="setId" value={setId} />
      <input type="hidden" name="questionId" value={questionId} />
      <label htmlFor={id} className="text-ink-muted text-xs">
        Seconds<span className="sr-only"> for question {position}</span>
      </label>
      <Input
        id={id}
        name="seconds"
        type="number"
        inputMode="numeric"
        min={MIN_SECONDS}
        max={MAX_SECONDS}
        placeholder={String(suggestedSeconds)}
        defaultValue={secondsOverride ?? ""}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        className="h-8 w-24"
      />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        Save time<span className="sr-only"> for question {position}</span>
      </Button>
      {state?.ok ? (
        <span role="status" className="text-ink-muted text-xs">
          Saved
        </span>
      ) : null}
      {message ? (
        <p id={`${id}-error`} role="alert" className="text-danger w-full text-xs">
          {message}
        </p>
      ) : null}
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-field";
import { practiseQuestions } from "@/lib/actions/progress";
import type { ActionResult } from "@/lib/actions/result";

export interface PractiseTheseButtonProps {
  questionIds: string[];
}

/** Starts a strict interview of exactly these questions, in this order. */
export function PractiseTheseButton({ questionIds }: PractiseTheseButtonProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(practiseQuestions, null);
  return (
    <form action={action} className="space-y-3">
      {questionIds.map((id) => (
        <input key={id} type="hidden" name="questionId" value={id} />
      ))}
      <FormMessage>{state && !state.ok ? state.message : null}</FormMessage>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-describedby="practise-these-hint">
          {pending ? "Starting…" : "Practise these"}
        </Button>
        <p id="practise-these-hint" className="text-ink-muted text-sm">
          A strict interview of these{" "}
          {questionIds.length === 1 ? "question" : `${questionIds.length} questions`}, each with its suggested
          time.
        </p>
      </div>
    </form>
  );
}

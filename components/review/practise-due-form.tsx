"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { practiseDueQuestions } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_QUESTIONS } from "@/lib/interviews/limits";
import { DEFAULT_DUE_COUNT } from "@/lib/review/rules";

function Radio({ value, label, onChange }: { value: string; label: string; onChange: (v: string) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="radio"
        name="timing"
        value={value}
        defaultChecked={value === "suggested"}
        onChange={() => onChange(value)}
        className="accent-accent size-4"
      />
      {label}
    </label>
  );
}

/** Starts an interview of the due questions, topped up with unseen ones. */
export function PractiseDueForm() {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(practiseDueQuestions, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const [timing, setTiming] = useState("suggested");

  // Submitting by hand keeps the choices when the server refuses them (a form action resets).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  }

  return (
    <form method="post" onSubmit={submit} className="space-y-4" noValidate>
      <FormMessage>{state && !state.ok ? state.message : null}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="due-count"
          name="count"
          label="How many questions"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_QUESTIONS}
          defaultValue={DEFAULT_DUE_COUNT}
          hint={`1 to ${MAX_QUESTIONS}: due ones first, then ones you haven't seen.`}
          errors={errors?.count}
        />
        <fieldset className="space-y-2">
          <legend className="text-ink text-sm font-medium">Timing</legend>
          <Radio value="suggested" label="Suggested time" onChange={setTiming} />
          <Radio value="fixed" label="Fixed time" onChange={setTiming} />
        </fieldset>
      </div>
      {timing === "fixed" ? (
        <TextField
          id="due-minutes"
          name="minutesPerQuestion"
          label="Minutes per question"
          type="number"
          inputMode="decimal"
          min={0.5}
          step="any"
          defaultValue={3}
          hint="Half a minute to 60 minutes."
          errors={errors?.secondsPerQuestion}
          className="max-w-xs"
        />
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Practise due questions"}
      </Button>
    </form>
  );
}

"use client";

import { useActionState, useRef } from "react";
import { difficultyLabel } from "@/components/questions/difficulty-badge";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { writeQuestionInSet } from "@/lib/actions/set-items";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_SECONDS, MIN_SECONDS } from "@/lib/interviews/limits";
import { DIFFICULTIES } from "@/lib/validations/question";

const area = "border-line bg-surface text-ink w-full rounded-lg border px-3 py-2 text-sm";

function Area({
  name,
  label,
  hint,
  errors,
  rows = 3,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  rows?: number;
}) {
  const id = `write-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={area}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-ink-muted text-xs">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-danger text-sm">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A compact form: a private question of the owner's, written and added to the set at once. */
export function WriteQuestionForm({ setId }: { setId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(async (previous, data) => {
    const result = await writeQuestionInSet(previous, data);
    if (result.ok) form.current?.reset();
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={form} action={action} className="space-y-4" noValidate>
      <FormMessage ok={state?.ok}>{state?.message}</FormMessage>
      <input type="hidden" name="setId" value={setId} />
      <Area name="prompt" label="Question" errors={errors?.prompt} rows={2} />
      <Area name="answerNotes" label="Answer notes" errors={errors?.answerNotes} />
      <Area name="keyPoints" label="Key points" hint="One per line." errors={errors?.keyPoints} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1.5">
          <Label htmlFor="write-difficulty">Difficulty</Label>
          <Select id="write-difficulty" name="difficulty" defaultValue="MEDIUM">
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {difficultyLabel(d)}
              </option>
            ))}
          </Select>
        </div>
        <TextField
          id="write-seconds"
          name="suggestedSeconds"
          label="Suggested seconds"
          type="number"
          inputMode="numeric"
          min={MIN_SECONDS}
          max={MAX_SECONDS}
          defaultValue={120}
          errors={errors?.suggestedSeconds}
        />
        <TextField
          id="write-tags"
          name="tags"
          label="Tags"
          hint="Optional, comma-separated."
          errors={errors?.tags}
        />
      </div>
      <p className="text-ink-muted text-xs">
        The question is private to you; anyone who runs this set sees it in the interview.
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Write and add"}
      </Button>
    </form>
  );
}

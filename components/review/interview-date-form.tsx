"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { saveInterviewDate } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/result";

export interface InterviewDateFormProps {
  tags: { tag: string }[];
  /** The saved date as YYYY-MM-DD, or null. */
  interviewAt: string | null;
  /** The saved tags (empty: every tag). */
  selected: string[];
  /** The first and last dates accepted, YYYY-MM-DD. */
  min: string;
  max: string;
}

/** The date of the user's real interview and the tags that matter; or clearing them. */
export function InterviewDateForm({ tags, interviewAt, selected, min, max }: InterviewDateFormProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveInterviewDate, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  // By hand, with the button pressed (save or clear), so a refused date stays as typed.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => action(form));
  }

  const tagErrorId = errors?.tags?.length ? "interview-tags-error" : undefined;
  return (
    // A new saved target remounts the fields, so they show what was saved (or nothing, once cleared).
    <form
      key={`${interviewAt ?? ""}|${selected.join(",")}`}
      method="post"
      onSubmit={submit}
      className="space-y-4"
      noValidate
    >
      <FormMessage ok={state?.ok}>{state?.message ?? null}</FormMessage>
      <TextField
        id="interview-at"
        name="interviewAt"
        label="Interview date"
        type="date"
        min={min}
        max={max}
        defaultValue={interviewAt ?? ""}
        hint="Today or later, within 2 years."
        errors={errors?.interviewAt}
        className="max-w-xs"
      />
      <fieldset aria-describedby={tagErrorId} className="space-y-2">
        <legend className="text-ink text-sm font-medium">Tags that matter</legend>
        <p className="text-ink-muted text-xs">Leave all unticked to prepare every tag.</p>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {tags.map(({ tag }) => (
            <label key={tag} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="tags"
                value={tag}
                defaultChecked={selected.includes(tag)}
                className="accent-accent size-4"
              />
              {/* The start form below lists the same tags: this names the group in the control. */}
              <span className="sr-only">Interview tag </span>
              {tag}
            </label>
          ))}
        </div>
        {tagErrorId ? (
          <p id={tagErrorId} className="text-danger text-sm">
            {errors?.tags?.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          Save interview date
        </Button>
        {interviewAt ? (
          <Button type="submit" name="intent" value="clear" variant="secondary" disabled={pending}>
            Clear interview date
          </Button>
        ) : null}
      </div>
    </form>
  );
}

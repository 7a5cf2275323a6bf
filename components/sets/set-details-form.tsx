"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/field";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { createSet, saveSetDetails } from "@/lib/actions/sets";
import type { ActionResult } from "@/lib/actions/result";
import { SET_LIMITS } from "@/lib/sets/limits";

export interface SetDetailsFormProps {
  /** Editing an existing set; without it the form creates one. */
  set?: { id: string; title: string; description: string };
}

/** Title and description: creates a set, or saves an existing one's. */
export function SetDetailsForm({ set }: SetDetailsFormProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    set ? saveSetDetails : createSet,
    null,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const prefix = set ? "edit" : "new";
  const descriptionError = errors?.description?.length ? `${prefix}-description-error` : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage ok={state?.ok}>{state?.message}</FormMessage>
      {set ? <input type="hidden" name="setId" value={set.id} /> : null}
      <TextField
        id={`${prefix}-title`}
        name="title"
        label="Title"
        required
        maxLength={SET_LIMITS.title.max}
        defaultValue={set?.title}
        errors={errors?.title}
      />
      <div className="space-y-1.5">
        <Label htmlFor={`${prefix}-description`}>Description</Label>
        <textarea
          id={`${prefix}-description`}
          name="description"
          rows={3}
          maxLength={SET_LIMITS.description.max}
          defaultValue={set?.description}
          aria-describedby={descriptionError}
          className="border-line bg-surface text-ink w-full rounded-lg border px-3 py-2 text-sm"
        />
        {descriptionError ? (
          <p id={descriptionError} className="text-danger text-sm">
            {errors?.description?.join(" ")}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={pending}>
        {set ? (pending ? "Saving…" : "Save details") : pending ? "Creating…" : "Create set"}
      </Button>
    </form>
  );
}

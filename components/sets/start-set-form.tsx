"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-field";
import { startSetInterview } from "@/lib/actions/sets";
import type { ActionResult } from "@/lib/actions/result";

export interface StartSetFormProps {
  /** The owner's or a public set by id, or a link-shared set by its token. */
  source: { setId: string } | { token: string };
  /** Null when the candidate owns the set: there is nobody to share with. */
  ownerName: string | null;
}

/** Starts a timed interview from a set; sharing results with the set's owner is opt-in. */
export function StartSetForm({ source, ownerName }: StartSetFormProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(startSetInterview, null);
  return (
    <form action={action} className="space-y-4">
      <FormMessage>{state && !state.ok ? state.message : null}</FormMessage>
      {"token" in source ? (
        <input type="hidden" name="token" value={source.token} />
      ) : (
        <input type="hidden" name="setId" value={source.setId} />
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Mode</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="mode" value="STRICT" defaultChecked className="accent-accent size-4" />
          Strict — no pausing
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="mode" value="PRACTICE" className="accent-accent size-4" />
          Practice — may pause
        </label>
      </fieldset>
      {ownerName !== null ? (
        <div className="space-y-1">
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              name="shareWithOwner"
              aria-describedby="share-hint"
              className="accent-accent size-4"
            />
            Share my results with {ownerName}
          </label>
          <p id="share-hint" className="text-ink-muted pl-6 text-xs">
            Your name, answers, grades and times. Leave it unticked and they see nothing of this interview.
          </p>
        </div>
      ) : null}
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Starting…" : "Start interview"}
      </Button>
    </form>
  );
}

"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-field";
import { deleteSet } from "@/lib/actions/sets";
import type { ActionResult } from "@/lib/actions/result";

/** Deleting asks once more, naming the set; Cancel puts focus back where it was. */
export function DeleteSet({ setId, title }: { setId: string; title: string }) {
  const [confirming, setConfirming] = useState(false);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(deleteSet, null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (confirming || !cancelled.current) return;
    cancelled.current = false;
    opener.current?.focus();
  }, [confirming]);
  if (!confirming)
    return (
      <Button ref={opener} variant="danger" onClick={() => setConfirming(true)}>
        Delete set
      </Button>
    );
  return (
    <form action={action} role="group" aria-labelledby="delete-confirm" className="space-y-3">
      <p id="delete-confirm" className="text-sm">
        Delete “{title}” for good? Its questions stay in the bank; interviews already run keep their answers.
      </p>
      <FormMessage>{state && !state.ok ? state.message : null}</FormMessage>
      <input type="hidden" name="setId" value={setId} />
      <div className="flex gap-2">
        {/* Focus moves to the confirmation so keyboard users land on the choice. */}
        <Button type="submit" variant="danger" disabled={pending} autoFocus>
          {pending ? "Deleting…" : "Yes, delete this set"}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            cancelled.current = true;
            setConfirming(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}

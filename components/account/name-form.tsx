"use client";

import { useActionState, useEffect } from "react";
import { VIEWER_CHANGED } from "@/components/layout/account-nav";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { updateName } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/result";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(updateName, null);
  useEffect(() => {
    if (state?.ok) window.dispatchEvent(new Event(VIEWER_CHANGED));
  }, [state]);
  return (
    <form action={action} className="space-y-4">
      <FormMessage ok={state?.ok}>{state?.message}</FormMessage>
      <TextField
        name="name"
        label="Name"
        autoComplete="name"
        defaultValue={name}
        required
        maxLength={80}
        errors={state && !state.ok ? state.fieldErrors?.name : undefined}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}

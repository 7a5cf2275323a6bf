"use client";

import { signOutAndLeave } from "@/components/layout/sign-out";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { deleteAccount, signOutEverywhere } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/result";

/** After the server has ended the sessions, this browser drops its cookie too. */
function useSignOutWhenDone(state: ActionResult | null) {
  useEffect(() => {
    if (state?.ok) void signOutAndLeave("/");
  }, [state]);
}

export function SignOutEverywhere() {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    () => signOutEverywhere(),
    null,
  );
  useSignOutWhenDone(state);
  return (
    <form action={action} className="space-y-3">
      <FormMessage ok={state?.ok}>{state?.message}</FormMessage>
      <Button type="submit" variant="secondary" disabled={pending || Boolean(state?.ok)}>
        Sign out of all devices
      </Button>
    </form>
  );
}

export function DeleteAccount({ email }: { email: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(deleteAccount, null);
  useSignOutWhenDone(state);
  if (!open)
    return (
      <Button variant="secondary" className="text-danger" onClick={() => setOpen(true)}>
        Delete account…
      </Button>
    );
  return (
    <form action={action} className="border-danger/40 space-y-4 rounded-lg border p-4">
      <FormMessage ok={state?.ok}>{state?.message}</FormMessage>
      <TextField
        name="confirmEmail"
        label={`Type ${email} to confirm`}
        type="email"
        autoComplete="off"
        autoFocus
        required
        hint="This deletes your interviews, answers, grades and private question sets. It cannot be undone."
        errors={state && !state.ok ? state.fieldErrors?.confirmEmail : undefined}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending || Boolean(state?.ok)}>
          {pending ? "Deleting…" : "Delete my account"}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

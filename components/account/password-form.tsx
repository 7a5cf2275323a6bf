"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { changePassword } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/result";
import { PASSWORD_MIN } from "@/lib/validations/auth";

export function PasswordForm() {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changePassword, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <FormMessage ok={state?.ok}>{state?.message}</FormMessage>
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.currentPassword}
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={256}
        hint={`At least ${PASSWORD_MIN} characters. Other devices are signed out when it changes.`}
        errors={errors?.newPassword}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}

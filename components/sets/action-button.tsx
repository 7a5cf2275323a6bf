"use client";

import { useActionState } from "react";
import { Button, type ButtonStyleProps } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-field";
import type { ActionResult } from "@/lib/actions/result";

export interface ActionButtonProps extends ButtonStyleProps {
  action: (previous: unknown, formData: FormData) => Promise<ActionResult>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** A fuller name for screen readers when the visible label is short ("Add"). */
  accessibleLabel?: string;
  className?: string;
}

/** One button that posts hidden fields to a server action and reads out a refusal. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  accessibleLabel,
  className,
  ...style
}: ActionButtonProps) {
  const [state, run, pending] = useActionState<ActionResult | null, FormData>(action, null);
  return (
    <form action={run} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" disabled={pending} aria-label={accessibleLabel} {...style}>
        {pending ? (pendingLabel ?? label) : label}
      </Button>
      {state && !state.ok ? (
        <div className="mt-2">
          <FormMessage>{state.message}</FormMessage>
        </div>
      ) : null}
    </form>
  );
}

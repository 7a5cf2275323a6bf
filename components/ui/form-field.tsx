import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";
import { Input, Label } from "./field";

export type TextFieldProps = ComponentProps<"input"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  className?: string;
  /** The control, given the attributes that tie it to its label, hint and errors. */
  children: (control: {
    id: string;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
    invalid: boolean;
  }) => ReactNode;
}

/** A label, a control, and the hint and errors that are read out with the control. */
export function FieldFrame({ id, label, hint, errors, className, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children({
        id,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        invalid: Boolean(errorId),
      })}
      {hint ? (
        <p id={hintId} className="text-ink-muted text-xs">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-danger text-sm">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input whose hint and errors are read out with it. */
export function TextField({ name, label, hint, errors, id = name, className, ...props }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      {({ invalid, ...control }) => (
        <Input {...control} name={name} className={invalid ? "border-danger" : undefined} {...props} />
      )}
    </FieldFrame>
  );
}

export function FormMessage({ ok, children }: { ok?: boolean; children?: string | null }) {
  if (!children) return null;
  return (
    <p
      role={ok ? "status" : "alert"}
      className={cn(
        "rounded-lg border px-3 py-2 text-sm",
        ok
          ? "border-emerald-700/30 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          : "border-danger/40 bg-surface text-danger",
      )}
    >
      {children}
    </p>
  );
}

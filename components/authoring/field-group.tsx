import type { ReactNode } from "react";

export interface FieldGroupProps {
  id: string;
  title: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
}

/** A fieldset whose hint and errors are read out with the group. */
export function FieldGroup({ id, title, hint, errors, children }: FieldGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      aria-invalid={errorId ? true : undefined}
      className="space-y-2"
    >
      <legend className="text-ink text-sm font-medium">{title}</legend>
      {hint ? (
        <p id={hintId} className="text-ink-muted text-xs">
          {hint}
        </p>
      ) : null}
      {children}
      {errorId ? (
        <p id={errorId} className="text-danger text-sm">
          {[...new Set(errors)].join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

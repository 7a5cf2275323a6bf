import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import { FieldFrame } from "@/components/ui/form-field";

export type TextAreaFieldProps = ComponentProps<"textarea"> & {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** Classes for the text area itself; `className` is the whole field's (label, hint, errors). */
  controlClassName?: string;
};

/** A labelled multi-line field whose hint and errors are read out with it. */
export function TextAreaField({
  name,
  label,
  hint,
  errors,
  id = name,
  className,
  controlClassName,
  ...props
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      {({ invalid, ...control }) => (
        <textarea
          {...control}
          name={name}
          className={cn(
            "border-line bg-surface text-ink placeholder:text-ink-muted w-full rounded-lg border px-3 py-2 text-sm leading-6 focus-visible:outline-2",
            invalid && "border-danger",
            controlClassName,
          )}
          {...props}
        />
      )}
    </FieldFrame>
  );
}

import type { ComponentProps } from "react";
import { cn } from "./cn";

type Tone = "neutral" | "accent" | "easy" | "medium" | "hard";

const tones: Record<Tone, string> = {
  neutral: "border-line bg-surface-muted text-ink-muted",
  accent: "border-transparent bg-accent-soft text-accent-soft-ink",
  easy: "border-emerald-700/25 bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  medium: "border-amber-700/25 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  hard: "border-rose-700/25 bg-rose-50 text-rose-800 dark:bg-rose-950 dark:text-rose-200",
};

export type BadgeProps = ComponentProps<"span"> & { tone?: Tone };

export function Badge({ tone = "neutral", className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}

import { cn } from "./cn";

export interface Stat {
  term: string;
  value: string;
  detail: string;
}

/** A row of headline figures as a description list: label, value, and a line of context. */
export function StatList({ items, className }: { items: Stat[]; className?: string }) {
  return (
    <dl className={cn("grid gap-3", className)}>
      {items.map((item) => (
        <div key={item.term} className="border-line bg-surface rounded-xl border p-4 shadow-sm">
          <dt className="text-ink-muted text-xs font-semibold tracking-wide uppercase">{item.term}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{item.value}</dd>
          <dd className="text-ink-muted text-sm">{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}

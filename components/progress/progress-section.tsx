import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

export interface ProgressSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** One titled card of the Progress page; the heading names the region. */
export function ProgressSection({ id, title, description, children }: ProgressSectionProps) {
  return (
    <Card className="p-5 sm:p-6">
      <section aria-labelledby={id}>
        <h2 id={id} className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        {description ? <p className="text-ink-muted mt-1 text-sm">{description}</p> : null}
        <div className="mt-4">{children}</div>
      </section>
    </Card>
  );
}

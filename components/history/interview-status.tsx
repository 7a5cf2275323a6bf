import { Badge } from "@/components/ui/badge";

export type InterviewStatusValue = "IN_PROGRESS" | "COMPLETED" | "EXPIRED";

export const STATUS_LABELS: Record<InterviewStatusValue, string> = {
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  EXPIRED: "Expired",
};

const TONES = { IN_PROGRESS: "accent", COMPLETED: "easy", EXPIRED: "hard" } as const;

export interface InterviewStatusBadgeProps {
  status: InterviewStatusValue;
  /** Says why an expired interview ended, where there is room for it. */
  detailed?: boolean;
}

export function InterviewStatusBadge({ status, detailed = false }: InterviewStatusBadgeProps) {
  const label = detailed && status === "EXPIRED" ? "Expired — time ran out" : STATUS_LABELS[status];
  return <Badge tone={TONES[status]}>{label}</Badge>;
}

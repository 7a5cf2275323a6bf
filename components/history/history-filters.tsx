import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";
import { STATUS_LABELS, type InterviewStatusValue } from "./interview-status";

export const STATUS_PARAMS = {
  "in-progress": "IN_PROGRESS",
  completed: "COMPLETED",
  expired: "EXPIRED",
} as const satisfies Record<string, InterviewStatusValue>;
export type StatusParam = keyof typeof STATUS_PARAMS;

export interface HistoryFiltersProps {
  status?: StatusParam;
  tag?: string;
  tags: string[];
  /** The set filter: sets the user has run interviews from. */
  set?: string;
  sets?: { id: string; title: string }[];
}

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function HistoryFilters({ status, tag, tags, set, sets = [] }: HistoryFiltersProps) {
  const tagOptions = tag && !tags.includes(tag) ? [tag, ...tags] : tags;
  return (
    <form
      key={`${status ?? ""}|${tag ?? ""}|${set ?? ""}`}
      action="/history"
      method="get"
      aria-label="Filter interviews"
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="space-y-1.5 sm:w-48">
        <Label htmlFor="history-status">Status</Label>
        <Select id="history-status" name="status" defaultValue={status ?? ""}>
          <option value="">All</option>
          {Object.entries(STATUS_PARAMS).map(([param, value]) => (
            <option key={param} value={param}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1.5 sm:w-56">
        <Label htmlFor="history-tag">Tag</Label>
        <Select id="history-tag" name="tag" defaultValue={tag ?? ""}>
          <option value="">Any tag</option>
          {tagOptions.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </div>
      {sets.length ? (
        <div className="space-y-1.5 sm:w-56">
          <Label htmlFor="history-set">Set</Label>
          <Select id="history-set" name="set" defaultValue={set ?? ""}>
            <option value="">Any set</option>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      <button type="submit" className={buttonClass({ variant: "secondary" })}>
        Filter
      </button>
      {status || tag || set ? (
        <Link
          href="/history"
          className="text-accent-soft-ink self-center text-sm font-medium underline underline-offset-2 sm:pb-2.5"
        >
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}

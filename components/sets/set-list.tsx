import Link from "@/components/ui/link";
import type { Route } from "next";
import { formatSeconds } from "@/components/questions/difficulty-badge";
import { Badge } from "@/components/ui/badge";
import type { SetSummary } from "@/lib/dal/sets";

export const VISIBILITY_LABELS = { PRIVATE: "Private", LINK: "Shared by link", PUBLIC: "Public" } as const;

export interface SetListProps {
  sets: SetSummary[];
  hrefFor: (id: string) => Route;
  /** Browsing: show who made each set instead of who can see it. */
  showAuthor?: boolean;
}

export function questionCount(count: number) {
  return count === 1 ? "1 question" : `${count} questions`;
}

export function SetList({ sets, hrefFor, showAuthor = false }: SetListProps) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {sets.map((set) => (
        <li key={set.id} className="border-line bg-surface rounded-xl border p-5 shadow-sm">
          <h2 className="text-base leading-snug font-semibold">
            <Link href={hrefFor(set.id)} className="text-accent-soft-ink underline underline-offset-2">
              {set.title}
            </Link>
          </h2>
          {set.description ? (
            <p className="text-ink-muted mt-2 line-clamp-2 text-sm">{set.description}</p>
          ) : null}
          <p className="text-ink-muted mt-3 flex flex-wrap items-center gap-2 text-xs">
            <span>{questionCount(set.questionCount)}</span>
            <span aria-hidden="true">·</span>
            <span>{formatSeconds(set.totalSeconds)} in all</span>
            <span aria-hidden="true">·</span>
            {showAuthor ? (
              <span>by {set.ownerName ?? "an anonymous author"}</span>
            ) : (
              <Badge>{VISIBILITY_LABELS[set.visibility]}</Badge>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

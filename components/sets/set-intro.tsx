import type { ReactNode } from "react";
import { formatSeconds } from "@/components/questions/difficulty-badge";
import type { SetWithItems } from "@/lib/dal/sets";
import { SET_INTERVIEW_MAX } from "@/lib/validations/sets";
import { questionCount } from "./set-list";

export const authorName = (name: string | null) => name ?? "an anonymous author";

/** "Based on <title> by <name>" for a clone whose original still exists ("a set" unless it is public). */
export function CloneCredit({ set }: { set: Pick<SetWithItems, "clonedFrom"> }) {
  if (!set.clonedFrom) return null;
  const { title, ownerName } = set.clonedFrom;
  return (
    <p className="text-ink-muted text-sm">
      Based on {title === null ? "a set" : <cite className="not-italic">{title}</cite>} by{" "}
      {authorName(ownerName)}
    </p>
  );
}

/** What a candidate reads before starting: the set, its author, how many questions, how long. */
export function SetIntro({ set, children }: { set: SetWithItems; children?: ReactNode }) {
  const taken = set.items.slice(0, SET_INTERVIEW_MAX);
  const seconds = taken.reduce((sum, i) => sum + (i.secondsOverride ?? i.suggestedSeconds), 0);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{set.title}</h1>
        <p className="text-ink-muted">A question set by {authorName(set.owner.name)}</p>
        <CloneCredit set={set} />
      </header>
      {set.description ? <p className="whitespace-pre-line">{set.description}</p> : null}
      <dl className="grid grid-cols-2 gap-3">
        <div className="border-line bg-surface rounded-xl border p-4">
          <dt className="text-ink-muted text-xs font-semibold tracking-wide uppercase">Questions</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{taken.length}</dd>
        </div>
        <div className="border-line bg-surface rounded-xl border p-4">
          <dt className="text-ink-muted text-xs font-semibold tracking-wide uppercase">Total time</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums">{formatSeconds(seconds)}</dd>
        </div>
      </dl>
      {set.items.length > SET_INTERVIEW_MAX ? (
        <p className="border-line bg-surface rounded-lg border px-4 py-3 text-sm">
          This set has {questionCount(set.items.length)}; an interview takes the first {SET_INTERVIEW_MAX}.
        </p>
      ) : null}
      {children}
    </div>
  );
}

import type { Route } from "next";
import Link from "@/components/ui/link";
import { DifficultyBadge, formatSeconds } from "@/components/questions/difficulty-badge";
import { buttonClass } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { addQuestionToSet } from "@/lib/actions/set-items";
import type { QuestionPage } from "@/lib/dal/questions";
import { ActionButton } from "./action-button";

export interface AddFromBankProps {
  setId: string;
  q: string;
  results: QuestionPage | null;
  /** Slugs already in the set. */
  inSet: Set<string>;
}

/** Searches what the owner may see in the bank (a GET form) and adds a result to the set. */
export function AddFromBank({ setId, q, results, inSet }: AddFromBankProps) {
  return (
    <div className="space-y-4">
      <form action={`/sets/${setId}`} method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 space-y-1.5">
          <Label htmlFor="bank-q">Search the question bank</Label>
          <Input id="bank-q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className={buttonClass({ variant: "secondary" })}>
          Search
        </button>
      </form>
      {results ? (
        results.items.length ? (
          <ul aria-label="Search results" className="divide-line divide-y">
            {results.items.map((question) => (
              <li key={question.slug} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/questions/${question.slug}` as Route}
                    className="text-sm font-medium hover:underline"
                  >
                    {question.prompt}
                  </Link>
                  <p className="text-ink-muted mt-1 flex items-center gap-2 text-xs">
                    <DifficultyBadge difficulty={question.difficulty} />
                    {formatSeconds(question.suggestedSeconds)}
                  </p>
                </div>
                {inSet.has(question.slug) ? (
                  <span className="text-ink-muted text-sm">In the set</span>
                ) : (
                  <ActionButton
                    action={addQuestionToSet}
                    fields={{ setId, slug: question.slug }}
                    label="Add"
                    pendingLabel="Adding…"
                    accessibleLabel={`Add to set: ${question.prompt}`}
                    size="sm"
                  />
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-ink-muted text-sm">No questions match “{q}”.</p>
        )
      ) : null}
    </div>
  );
}

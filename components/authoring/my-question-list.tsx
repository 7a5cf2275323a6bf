import type { Route } from "next";
import Link from "@/components/ui/link";
import { DifficultyBadge } from "@/components/questions/difficulty-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { MyQuestion } from "@/lib/dal/authored-questions";
import { DeleteQuestion } from "./delete-question";

const DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export interface MyQuestionListProps {
  questions: MyQuestion[];
}

/** The author's questions with where to read them, and edit and delete. */
export function MyQuestionList({ questions }: MyQuestionListProps) {
  return (
    <ul aria-label="My questions" className="space-y-3">
      {questions.map((q) => {
        const isPublic = q.visibility === "PUBLIC";
        const href = (isPublic ? `/questions/${q.slug}` : `/my-questions/${q.slug}`) as Route;
        return (
          <li
            key={q.slug}
            className="border-line bg-surface flex flex-wrap items-start justify-between gap-3 rounded-xl border p-4"
          >
            <div className="min-w-0 flex-1 space-y-2">
              <Link href={href} className="font-medium break-words hover:underline">
                {q.prompt}
              </Link>
              <div className="text-ink-muted flex flex-wrap items-center gap-2 text-xs">
                <Badge tone={isPublic ? "accent" : "neutral"}>{isPublic ? "Public" : "Private"}</Badge>
                <DifficultyBadge difficulty={q.difficulty} />
                {q.tags.map((tag) => (
                  <span key={tag}>#{tag}</span>
                ))}
                <span>
                  Updated <time dateTime={q.updatedAt.toISOString()}>{DATE.format(q.updatedAt)}</time>
                </span>
              </div>
            </div>
            <div className="flex gap-2">
              <ButtonLink href={`/questions/${q.slug}/edit` as Route} variant="secondary" size="sm">
                Edit<span className="sr-only"> “{q.prompt}”</span>
              </ButtonLink>
              <DeleteQuestion
                slug={q.slug}
                prompt={q.prompt}
                isPublic={isPublic}
                ownAttempts={q.ownAttempts}
                usedByOthers={q.usedByOthers}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

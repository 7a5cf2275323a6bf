import type { Route } from "next";
import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { DueQuestion } from "@/lib/dal/review";
import { formatLongDate, startOfUtcDay } from "@/lib/review/days";
import { PractiseDueForm } from "./practise-due-form";

export interface DueQueueCardProps {
  /** Questions due by the end of today. */
  count: number;
  /** The first few of them, most overdue first. */
  questions: Pick<DueQuestion, "questionId" | "slug" | "prompt" | "due" | "unseen">[];
  now: Date;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function whenDue(question: DueQueueCardProps["questions"][number], today: Date) {
  if (question.unseen) return "new, planned for today";
  return question.due < today ? `due since ${formatLongDate(question.due)}` : "due today";
}

/** The spaced-repetition queue: what is due today, and a way to practise it. */
export function DueQueueCard({ count, questions, now }: DueQueueCardProps) {
  const today = startOfUtcDay(now);
  return (
    <Card role="region" aria-labelledby="due-heading" className="space-y-4 p-6">
      <div>
        <h2 id="due-heading" className="text-xl font-semibold">
          Due for review
        </h2>
        <p className="mt-1 font-medium">
          {count ? `${plural(count, "question", "questions")} due today` : "Nothing is due today."}
        </p>
        <p className="text-ink-muted mt-1 text-sm">
          Each grade you give schedules the question again: soon when you missed it, later when you nailed it.
        </p>
      </div>
      {questions.length ? (
        <ul className="space-y-1 text-sm">
          {questions.map((q) => (
            <li key={q.questionId}>
              <Link href={`/questions/${q.slug}` as Route} className="underline underline-offset-2">
                {q.prompt}
              </Link>{" "}
              <span className="text-ink-muted">— {whenDue(q, today)}</span>
            </li>
          ))}
          {count > questions.length ? (
            <li className="text-ink-muted">and {count - questions.length} more</li>
          ) : null}
        </ul>
      ) : null}
      <PractiseDueForm />
    </Card>
  );
}

import type { Metadata, Route } from "next";
import Link from "@/components/ui/link";
import { StartForm } from "@/components/interviews/start-form";
import { DueQueueCard } from "@/components/review/due-queue-card";
import { InterviewDateCard } from "@/components/review/interview-date-card";
import { PracticeSetForm } from "@/components/sets/practice-set-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listPublicTags } from "@/lib/dal/questions";
import { dueCount, dueQuestions, getInterviewTarget, planSummary } from "@/lib/dal/review";
import { listMySets } from "@/lib/dal/sets";
import { reviewNow } from "@/lib/review/clock";

export const metadata: Metadata = { title: "Practice" };

const DUE_SHOWN = 5;

export default async function PracticePage() {
  const user = await requireUser("/practice");
  const now = await reviewNow();
  const [tags, due, count, target, summary, sets] = await Promise.all([
    listPublicTags(),
    dueQuestions(user.id, now, DUE_SHOWN),
    dueCount(user.id, now),
    getInterviewTarget(user.id),
    planSummary(user.id, now),
    listMySets({ userId: user.id }),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Practice</h1>
        <p className="text-ink-muted mt-2">
          A timed mock interview drawn from the question bank. The clock starts when you press Start interview
          and keeps running between questions, as in a real interview.
        </p>
      </header>
      <DueQueueCard count={count} questions={due} now={now} />
      <InterviewDateCard tags={tags} target={target} summary={summary} now={now} />
      <Card role="region" aria-labelledby="start-heading" className="space-y-6 p-6">
        <h2 id="start-heading" className="text-xl font-semibold">
          New interview
        </h2>
        <StartForm tags={tags} />
      </Card>
      <Card role="region" aria-labelledby="set-start-heading" className="space-y-4 p-6">
        <h2 id="set-start-heading" className="text-xl font-semibold">
          From one of your sets
        </h2>
        {sets.length ? (
          <PracticeSetForm sets={sets} />
        ) : (
          <p className="text-ink-muted text-sm">You have no question sets yet.</p>
        )}
        <p className="text-sm">
          <Link
            href={"/sets" as Route}
            className="text-accent-soft-ink font-medium underline underline-offset-2"
          >
            My sets
          </Link>{" "}
          ·{" "}
          <Link
            href={"/sets/browse" as Route}
            className="text-accent-soft-ink font-medium underline underline-offset-2"
          >
            Browse public sets
          </Link>
        </p>
      </Card>
    </div>
  );
}

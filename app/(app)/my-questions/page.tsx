import type { Metadata } from "next";
import { MyQuestionList } from "@/components/authoring/my-question-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { listMyQuestions } from "@/lib/dal/authored-questions";

export const metadata: Metadata = { title: "My questions" };

export default async function MyQuestionsPage() {
  const user = await requireUser("/my-questions");
  const questions = await listMyQuestions({ userId: user.id });

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">My questions</h1>
          <p className="text-ink-muted mt-2">
            Questions you wrote. Private ones are yours alone; public ones are in the question bank.
          </p>
        </div>
        {questions.length ? <ButtonLink href="/questions/new">New question</ButtonLink> : null}
      </header>
      {questions.length ? (
        <MyQuestionList questions={questions} />
      ) : (
        <EmptyState
          title="You haven't written a question yet"
          action={<ButtonLink href="/questions/new">Write a question</ButtonLink>}
        >
          Add the questions you expect to be asked, with your own notes and key points, and practise them in
          timed interviews.
        </EmptyState>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { QuestionForm } from "@/components/authoring/question-form";
import { requireUser } from "@/lib/auth/session";
import { listTags } from "@/lib/dal/questions";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage() {
  const user = await requireUser("/questions/new");
  const tagOptions = await listTags({ userId: user.id });
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">New question</h1>
        <p className="text-ink-muted mt-2">
          Write a question of your own. Keep it private to practise it, or make it public to add it to the
          bank.
        </p>
      </header>
      <QuestionForm notesHtml="" tagOptions={tagOptions} />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteQuestion } from "@/components/authoring/delete-question";
import { QuestionForm } from "@/components/authoring/question-form";
import { requireUser } from "@/lib/auth/session";
import { getEditableQuestion, getQuestionUsage } from "@/lib/dal/authored-questions";
import { listTags } from "@/lib/dal/questions";
import { renderMarkdown } from "@/lib/markdown";
import { QUESTION_SLUG } from "@/lib/validations/question";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage(props: PageProps<"/questions/[slug]/edit">) {
  const { slug } = await props.params;
  const user = await requireUser(`/questions/${slug}/edit`);
  if (!QUESTION_SLUG.test(slug)) notFound();
  const actor = { userId: user.id, isAdmin: user.isAdmin };
  // Someone else's question reads as missing, whether or not it exists.
  const [question, usage, tagOptions] = await Promise.all([
    getEditableQuestion(actor, slug),
    getQuestionUsage(actor, slug),
    listTags({ userId: user.id }),
  ]);
  if (!question || !usage) notFound();

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">Edit question</h1>
          <p className="text-ink-muted mt-2">Changes show on the question page as soon as you save.</p>
        </div>
        <DeleteQuestion
          slug={question.slug}
          prompt={question.prompt}
          isPublic={question.visibility === "PUBLIC"}
          {...usage}
        />
      </header>
      <QuestionForm
        question={question}
        notesHtml={renderMarkdown(question.answerNotes)}
        tagOptions={tagOptions}
      />
    </div>
  );
}

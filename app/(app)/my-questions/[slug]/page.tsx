import type { Metadata, Route } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { QuestionArticle } from "@/components/authoring/question-article";
import { YourAttempts } from "@/components/questions/your-attempts";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getEditableQuestion } from "@/lib/dal/authored-questions";
import { renderMarkdown } from "@/lib/markdown";
import { QUESTION_SLUG } from "@/lib/validations/question";

// The author's own question, private ones included: rendered for each request, never cached.
const loadQuestion = cache(async (slug: string) => {
  const user = await requireUser(`/my-questions/${slug}`);
  if (!QUESTION_SLUG.test(slug)) return null;
  return getEditableQuestion({ userId: user.id, isAdmin: user.isAdmin }, slug);
});

export async function generateMetadata(props: PageProps<"/my-questions/[slug]">): Promise<Metadata> {
  const question = await loadQuestion((await props.params).slug);
  return { title: question ? question.prompt : "Question not found" };
}

export default async function MyQuestionPage(props: PageProps<"/my-questions/[slug]">) {
  const question = await loadQuestion((await props.params).slug);
  if (!question) notFound();
  return (
    <QuestionArticle
      question={question}
      notesHtml={renderMarkdown(question.answerNotes)}
      actions={
        <ButtonLink href={`/questions/${question.slug}/edit` as Route} variant="secondary" size="sm">
          Edit question
        </ButtonLink>
      }
    >
      <YourAttempts slug={question.slug} />
    </QuestionArticle>
  );
}

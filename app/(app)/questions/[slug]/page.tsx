import type { Metadata } from "next";
import { unstable_cache } from "next/cache";
import { notFound } from "next/navigation";
import { cache } from "react";
import { QuestionArticle } from "@/components/authoring/question-article";
import { QuestionEditLink } from "@/components/authoring/question-edit-link";
import { YourAttempts } from "@/components/questions/your-attempts";
import { getQuestionBySlug } from "@/lib/dal/questions";
import { renderMarkdown } from "@/lib/markdown";
import { QUESTION_SLUG } from "@/lib/validations/question";

// Public content. The page renders per request (its scripts carry that response's CSP nonce), but
// the question is read from a cache kept a minute; saving the question revalidates this path,
// which refreshes it at once. Private questions are never part of it: see /my-questions/[slug].
const cachedQuestion = unstable_cache(
  async (slug: string) => {
    const question = await getQuestionBySlug(slug);
    return question && { ...question, updatedAt: question.updatedAt.toISOString() };
  },
  ["question-page"],
  { revalidate: 60 },
);

const loadQuestion = cache(async (slug: string) => {
  const question = QUESTION_SLUG.test(slug) ? await cachedQuestion(slug) : null;
  return question && { ...question, updatedAt: new Date(question.updatedAt) };
});

export async function generateMetadata(props: PageProps<"/questions/[slug]">): Promise<Metadata> {
  const question = await loadQuestion((await props.params).slug);
  return { title: question ? question.prompt : "Question not found" };
}

export default async function QuestionPage(props: PageProps<"/questions/[slug]">) {
  const question = await loadQuestion((await props.params).slug);
  if (!question) notFound();

  return (
    <QuestionArticle
      question={question}
      notesHtml={renderMarkdown(question.answerNotes)}
      actions={<QuestionEditLink slug={question.slug} />}
    >
      <YourAttempts slug={question.slug} />
    </QuestionArticle>
  );
}

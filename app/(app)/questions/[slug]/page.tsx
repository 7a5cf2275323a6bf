import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DifficultyBadge, formatSeconds } from "@/components/questions/difficulty-badge";
import { YourAttempts } from "@/components/questions/your-attempts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getQuestionBySlug } from "@/lib/dal/questions";
import { renderMarkdown } from "@/lib/markdown";
import { questionSearchHref } from "@/lib/validations/question";

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

// Public content: each question page is rendered on its first visit and then served from cache.
export const revalidate = 60;
export const generateStaticParams = async () => [];

const loadQuestion = cache(async (slug: string) => (SLUG.test(slug) ? getQuestionBySlug(slug) : null));

export async function generateMetadata(props: PageProps<"/questions/[slug]">): Promise<Metadata> {
  const question = await loadQuestion((await props.params).slug);
  return { title: question ? question.prompt : "Question not found" };
}

export default async function QuestionPage(props: PageProps<"/questions/[slug]">) {
  const question = await loadQuestion((await props.params).slug);
  if (!question) notFound();

  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-ink-muted text-sm">
        <Link href="/questions" className="hover:text-ink hover:underline">
          Question bank
        </Link>
        <span aria-hidden="true"> / </span>
        <span>{question.tags[0] ?? "Question"}</span>
      </nav>

      <header className="space-y-4">
        <h1 className="text-2xl leading-tight font-bold tracking-tight text-balance sm:text-3xl">
          {question.prompt}
        </h1>
        <div className="text-ink-muted flex flex-wrap items-center gap-2 text-sm">
          <DifficultyBadge difficulty={question.difficulty} />
          <span>Suggested time: {formatSeconds(question.suggestedSeconds)}</span>
          <span aria-hidden="true">·</span>
          <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
            {question.tags.map((tag) => (
              <li key={tag}>
                <Link href={questionSearchHref({ tags: [tag] })} aria-label={`More questions tagged ${tag}`}>
                  <Badge tone="accent">{tag}</Badge>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </header>

      <Card className="p-6">
        <h2 className="text-accent-soft-ink text-sm font-semibold tracking-wide uppercase">
          Why interviewers ask this
        </h2>
        <p className="mt-2 leading-7">{question.whyAsked}</p>
      </Card>

      <section aria-labelledby="key-points">
        <h2 id="key-points" className="text-xl font-semibold tracking-tight">
          Key points a strong answer covers
        </h2>
        <ol className="mt-4 space-y-2">
          {question.keyPoints.map((point, index) => (
            <li key={point} className="border-line bg-surface flex gap-3 rounded-lg border px-4 py-3">
              <span
                aria-hidden="true"
                className="bg-accent-soft text-accent-soft-ink grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold"
              >
                {index + 1}
              </span>
              <span>{point}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="answer-notes">
        <h2 id="answer-notes" className="text-xl font-semibold tracking-tight">
          Model answer notes
        </h2>
        <div
          className="prose-answer border-line bg-surface mt-4 rounded-xl border p-6"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(question.answerNotes) }}
        />
      </section>

      <YourAttempts slug={question.slug} />
    </article>
  );
}

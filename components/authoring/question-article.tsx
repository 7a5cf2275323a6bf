import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { DifficultyBadge, formatSeconds } from "@/components/questions/difficulty-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { DifficultyValue } from "@/lib/validations/question";
import { questionSearchHref } from "@/lib/validations/question";
import { AnswerNotes } from "./answer-notes";

export interface QuestionArticleProps {
  question: {
    prompt: string;
    whyAsked: string;
    keyPoints: string[];
    tags: string[];
    difficulty: DifficultyValue;
    suggestedSeconds: number;
    visibility?: "PRIVATE" | "PUBLIC";
  };
  /** The answer notes through `renderMarkdown`. */
  notesHtml: string;
  /** Shown beside the breadcrumb, e.g. an Edit link. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A question as readers see it: the bank's cached page and the author's own page share it. */
export function QuestionArticle({ question, notesHtml, actions, children }: QuestionArticleProps) {
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <nav aria-label="Breadcrumb" className="text-ink-muted text-sm">
          <Link href="/questions" className="hover:text-ink hover:underline">
            Question bank
          </Link>
          <span aria-hidden="true"> / </span>
          <span>{question.tags[0] ?? "Question"}</span>
        </nav>
        {actions}
      </div>

      <header className="space-y-4">
        <h1 className="text-2xl leading-tight font-bold tracking-tight text-balance break-words sm:text-3xl">
          {question.prompt}
        </h1>
        <div className="text-ink-muted flex flex-wrap items-center gap-2 text-sm">
          {question.visibility === "PRIVATE" ? (
            <Badge title="Only you can see this question">Private</Badge>
          ) : null}
          <DifficultyBadge difficulty={question.difficulty} />
          <span>Suggested time: {formatSeconds(question.suggestedSeconds)}</span>
          {question.tags.length ? <span aria-hidden="true">·</span> : null}
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

      {question.whyAsked ? (
        <Card className="p-6">
          <h2 className="text-accent-soft-ink text-sm font-semibold tracking-wide uppercase">
            Why interviewers ask this
          </h2>
          <p className="mt-2 leading-7 break-words whitespace-pre-line">{question.whyAsked}</p>
        </Card>
      ) : null}

      <section aria-labelledby="key-points">
        <h2 id="key-points" className="text-xl font-semibold tracking-tight">
          Key points a strong answer covers
        </h2>
        <ol className="mt-4 space-y-2">
          {question.keyPoints.map((point, index) => (
            <li key={index} className="border-line bg-surface flex gap-3 rounded-lg border px-4 py-3">
              <span
                aria-hidden="true"
                className="bg-accent-soft text-accent-soft-ink grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold"
              >
                {index + 1}
              </span>
              <span className="break-words">{point}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="answer-notes">
        <h2 id="answer-notes" className="text-xl font-semibold tracking-tight">
          Model answer notes
        </h2>
        <AnswerNotes html={notesHtml} className="mt-4" />
      </section>

      {children}
    </article>
  );
}

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { QuestionListItem } from "@/lib/dal/questions";
import { DifficultyBadge, formatSeconds } from "./difficulty-badge";

export function QuestionCard({ question }: { question: QuestionListItem }) {
  return (
    <li className="group relative rounded-xl border border-line bg-surface p-5 shadow-sm transition-colors hover:border-accent/60">
      <h2 className="text-base leading-snug font-semibold">
        <Link href={`/questions/${question.slug}`} className="after:absolute after:inset-0 focus-visible:outline-none">
          {question.prompt}
        </Link>
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-xs text-ink-muted">
        <DifficultyBadge difficulty={question.difficulty} />
        <span>{formatSeconds(question.suggestedSeconds)} to answer</span>
        <span aria-hidden="true">·</span>
        <span className="sr-only">Tags:</span>
        {question.tags.map((tag) => (
          <Badge key={tag}>{tag}</Badge>
        ))}
      </div>
      <span className="pointer-events-none absolute inset-0 rounded-xl group-has-[a:focus-visible]:outline-2 group-has-[a:focus-visible]:outline-ring" />
    </li>
  );
}

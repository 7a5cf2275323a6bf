import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import type { QuestionListItem } from "@/lib/dal/questions";
import { DifficultyBadge, formatSeconds } from "./difficulty-badge";

export function QuestionCard({ question }: { question: QuestionListItem }) {
  return (
    <li className="group border-line bg-surface hover:border-accent/60 relative rounded-xl border p-5 shadow-sm transition-colors">
      <h2 className="text-base leading-snug font-semibold">
        <Link
          href={`/questions/${question.slug}`}
          className="after:absolute after:inset-0 focus-visible:outline-none"
        >
          {question.prompt}
        </Link>
      </h2>
      <div className="text-ink-muted mt-3 flex flex-wrap items-center gap-2 text-xs">
        <DifficultyBadge difficulty={question.difficulty} />
        <span>{formatSeconds(question.suggestedSeconds)} to answer</span>
        <span aria-hidden="true">·</span>
        <span className="sr-only">Tags:</span>
        {question.tags.map((tag) => (
          <Badge key={tag}>{tag}</Badge>
        ))}
      </div>
      <span className="group-has-[a:focus-visible]:outline-ring pointer-events-none absolute inset-0 rounded-xl group-has-[a:focus-visible]:outline-2" />
    </li>
  );
}

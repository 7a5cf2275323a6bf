import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, Label, Select } from "@/components/ui/field";
import { DIFFICULTIES, questionSearchHref, type QuestionSearch } from "@/lib/validations/question";
import { difficultyLabel } from "./difficulty-badge";

export interface QuestionFiltersProps {
  search: QuestionSearch;
  tags: { tag: string; count: number }[];
}

/** A plain GET form: search works without JavaScript and every filter lives in the URL. */
export function QuestionFilters({ search, tags }: QuestionFiltersProps) {
  const hasFilters = Boolean(search.q || search.tags.length || search.difficulty);
  return (
    <div className="space-y-4">
      <form
        key={questionSearchHref({ ...search, page: 1 })}
        role="search"
        action="/questions"
        method="get"
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <div className="flex-1 space-y-1.5">
          <Label htmlFor="q">Search questions</Label>
          <Input
            id="q"
            name="q"
            type="search"
            defaultValue={search.q}
            placeholder="e.g. cold start, SQS retries"
            maxLength={200}
          />
        </div>
        <div className="space-y-1.5 sm:w-44">
          <Label htmlFor="difficulty">Difficulty</Label>
          <Select id="difficulty" name="difficulty" defaultValue={search.difficulty ?? ""}>
            <option value="">Any difficulty</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {difficultyLabel(d)}
              </option>
            ))}
          </Select>
        </div>
        {search.tags.length ? <input type="hidden" name="tags" value={search.tags.join(",")} /> : null}
        <button type="submit" className={buttonClass()}>
          Search
        </button>
      </form>

      <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filter by tag">
        {tags.map(({ tag, count }) => {
          const selected = search.tags.includes(tag);
          const nextTags = selected ? search.tags.filter((t) => t !== tag) : [...search.tags, tag];
          return (
            <Link
              key={tag}
              href={questionSearchHref({ ...search, tags: nextTags, page: 1 })}
              aria-current={selected ? "true" : undefined}
              className={cn(
                "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-xs font-medium transition-colors",
                selected
                  ? "border-accent bg-accent text-accent-ink"
                  : "border-line bg-surface text-ink-muted hover:border-accent/60 hover:text-ink",
              )}
            >
              {selected ? <span aria-hidden="true">✓</span> : null}
              {tag}
              <span className={selected ? "" : "text-ink-muted"}>
                <span className="sr-only">
                  , {count} questions{selected ? ", selected; activate to remove" : ""}
                </span>
                <span aria-hidden="true">{count}</span>
              </span>
            </Link>
          );
        })}
        {hasFilters ? (
          <Link
            href="/questions"
            className="text-accent-soft-ink ml-1 text-xs font-medium underline underline-offset-2"
          >
            Clear all filters
          </Link>
        ) : null}
      </div>
    </div>
  );
}

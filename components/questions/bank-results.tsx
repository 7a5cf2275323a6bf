import { unstable_cache } from "next/cache";
import { QuestionCard } from "./question-card";
import { QuestionFilters } from "./question-filters";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listPublicTags, searchQuestions } from "@/lib/dal/questions";
import { questionSearchHref, type QuestionSearch } from "@/lib/validations/question";

// Pages render per request (CSP nonces); each public search is cached a minute. Saving a public
// question revalidates the bank's paths, which refreshes these entries at once.
const cachedSearch = unstable_cache((search: QuestionSearch) => searchQuestions(search), ["bank-search"], {
  revalidate: 60,
});

/** The bank list for one search: filters, results and pagination. */
export async function BankResults({ search }: { search: QuestionSearch }) {
  const [result, tags] = await Promise.all([cachedSearch(search), listPublicTags()]);
  const filtered = Boolean(search.q || search.tags.length || search.difficulty);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Question bank</h1>
        <p className="text-ink-muted mt-2">
          Real interview questions with why they are asked, model answers and the key points to cover.
        </p>
      </header>

      <QuestionFilters search={search} tags={tags} />

      <p className="text-ink-muted text-sm" aria-live="polite">
        {result.total === 1 ? "1 question" : `${result.total} questions`}
        {filtered ? (result.total === 1 ? " matches" : " match") : ""}
        {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}
      </p>

      {result.items.length ? (
        <ul className="grid gap-3 md:grid-cols-2" aria-label="Questions">
          {result.items.map((question) => (
            <QuestionCard key={question.slug} question={question} />
          ))}
        </ul>
      ) : result.total > 0 ? (
        <EmptyState
          title="This page is past the end"
          action={
            <ButtonLink href={questionSearchHref({ ...search, page: 1 })}>Go to the first page</ButtonLink>
          }
        >
          There are {result.total} matching questions, on {result.pageCount} pages.
        </EmptyState>
      ) : (
        <EmptyState
          title="No questions match"
          action={
            <ButtonLink href="/questions" variant="secondary">
              Clear the search
            </ButtonLink>
          }
        >
          {search.q ? <>Nothing matches “{search.q}” with these filters. </> : null}
          Try fewer words or remove a filter.
        </EmptyState>
      )}

      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => questionSearchHref({ ...search, page })}
      />
    </div>
  );
}

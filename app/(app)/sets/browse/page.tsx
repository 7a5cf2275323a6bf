import type { Metadata, Route } from "next";
import { SetList } from "@/components/sets/set-list";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Label } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listPublicSets } from "@/lib/dal/sets";
import { BROWSE_PAGE_SIZE, browseSearchSchema } from "@/lib/validations/sets";

export const metadata: Metadata = { title: "Browse sets" };

function browseHref(q: string, page: number): Route {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return (query ? `/sets/browse?${query}` : "/sets/browse") as Route;
}

export default async function BrowseSetsPage(props: PageProps<"/sets/browse">) {
  await requireUser("/sets/browse");
  const { q, page } = browseSearchSchema.parse(await props.searchParams);
  const result = await listPublicSets({ q, page, pageSize: BROWSE_PAGE_SIZE });
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Browse sets</h1>
        <p className="text-ink-muted mt-2">
          Question sets their authors made public: run one, or clone it into your sets.
        </p>
      </header>
      <form action="/sets/browse" method="get" role="search" className="flex max-w-xl items-end gap-2">
        <div className="min-w-0 flex-1 space-y-1.5">
          <Label htmlFor="browse-q">Search by title</Label>
          <Input id="browse-q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className={buttonClass({ variant: "secondary" })}>
          Search
        </button>
      </form>
      {result.sets.length ? (
        <>
          <p className="text-ink-muted text-sm">{result.total === 1 ? "1 set" : `${result.total} sets`}</p>
          <SetList sets={result.sets} hrefFor={(id) => `/sets/browse/${id}` as Route} showAuthor />
          <Pagination page={page} pageCount={result.pageCount} hrefFor={(p) => browseHref(q, p)} />
        </>
      ) : (
        <EmptyState title={q ? "No public sets match" : "No public sets yet"}>
          {q ? "Try another title." : "When someone makes a set public, it shows up here."}
        </EmptyState>
      )}
    </div>
  );
}

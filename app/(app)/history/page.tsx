import type { Metadata, Route } from "next";
import { z } from "zod";
import { HistoryFilters, STATUS_PARAMS, type StatusParam } from "@/components/history/history-filters";
import { HistoryTable } from "@/components/history/history-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listInterviews, setsInHistory, settleDueInterviews } from "@/lib/dal/interview-views";
import { listPublicTags } from "@/lib/dal/questions";

export const metadata: Metadata = { title: "History" };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Each parameter falls back on its own: a bad link still shows the history, never an error.
const historySearch = z.object({
  status: z.preprocess(first, z.enum(["in-progress", "completed", "expired"]).optional()).catch(undefined),
  tag: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9-]{0,39}$/)
        .optional(),
    )
    .catch(undefined),
  set: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{10,40}$/)
        .optional(),
    )
    .catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

function historyHref(filters: { status?: StatusParam; tag?: string; set?: string; page?: number }): Route {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.tag) params.set("tag", filters.tag);
  if (filters.set) params.set("set", filters.set);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return (query ? `/history?${query}` : "/history") as Route;
}

export default async function HistoryPage(props: PageProps<"/history">) {
  const user = await requireUser("/history");
  const search = historySearch.parse(await props.searchParams);
  const status = search.status ? STATUS_PARAMS[search.status] : undefined;
  const query = { userId: user.id, status, tag: search.tag, setId: search.set };
  // Statuses first, so the list shows what the clock decided; then everything else side by side.
  await settleDueInterviews(user.id);
  const [firstTry, tags, sets] = await Promise.all([
    listInterviews({ ...query, page: search.page }),
    listPublicTags().then((all) => all.map((t) => t.tag)),
    setsInHistory(user.id),
  ]);
  let result = firstTry;
  let page = search.page;
  if (page > result.pageCount) {
    page = result.pageCount;
    result = await listInterviews({ ...query, page });
  }
  const filtered = Boolean(search.status || search.tag || search.set);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">History</h1>
          <p className="text-ink-muted mt-2">Every interview you have practised, newest first.</p>
        </div>
        <ButtonLink href={"/practice" as Route}>Start an interview</ButtonLink>
      </header>

      {result.total || filtered ? (
        <HistoryFilters status={search.status} tag={search.tag} tags={tags} set={search.set} sets={sets} />
      ) : null}

      {result.total ? (
        <>
          <p className="text-ink-muted text-sm">
            {result.total === 1 ? "1 interview" : `${result.total} interviews`} · page {page} of{" "}
            {result.pageCount}
          </p>
          <HistoryTable rows={result.interviews} />
          <Pagination
            page={page}
            pageCount={result.pageCount}
            hrefFor={(p) => historyHref({ status: search.status, tag: search.tag, set: search.set, page: p })}
          />
        </>
      ) : filtered ? (
        <EmptyState
          title="No interviews match these filters"
          action={
            <ButtonLink href="/history" variant="secondary">
              Clear filters
            </ButtonLink>
          }
        >
          Try another status, tag or set, or start a new interview on this topic.
        </EmptyState>
      ) : (
        <EmptyState
          title="No interviews yet"
          action={<ButtonLink href={"/practice" as Route}>Start your first interview</ButtonLink>}
        >
          Run a timed mock interview, then grade yourself against the key points. Each one shows up here with
          how it went.
        </EmptyState>
      )}
    </div>
  );
}

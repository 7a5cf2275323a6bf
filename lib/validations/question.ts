import { z } from "zod";

export const DIFFICULTIES = ["EASY", "MEDIUM", "HARD"] as const;

/** A question's slug as URLs carry it (lib/questions/slug.ts makes them); anything else is not found. */
export const QUESTION_SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
export type DifficultyValue = (typeof DIFFICULTIES)[number];
export const PAGE_SIZE = 12;
const MAX_QUERY = 200;
const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const asList = (value: unknown) =>
  (Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : []).map(String);

/**
 * Search parameters of the bank list, as they arrive in the URL. Anything malformed falls back
 * to its default instead of failing: a bad link still shows the bank.
 */
export const questionSearchSchema = z.object({
  q: z
    .preprocess(
      first,
      z.string().transform((q) => q.trim().slice(0, MAX_QUERY).trim()),
    )
    .catch("")
    .default(""),
  tags: z
    .preprocess(asList, z.array(z.string().trim().toLowerCase()))
    .transform((tags) => [...new Set(tags.filter((t) => TAG.test(t)))].slice(0, 10))
    .catch([]),
  difficulty: z.preprocess(first, z.enum(DIFFICULTIES).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1).default(1),
});

export type QuestionSearch = z.infer<typeof questionSearchSchema>;

export function parseQuestionSearch(params: Record<string, string | string[] | undefined>) {
  return questionSearchSchema.parse({ ...params, tags: params.tags ?? params.tag });
}

/** The URL of the bank list for a search, dropping defaults so links stay short. */
export function questionSearchHref(search: Partial<QuestionSearch>) {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.tags?.length) params.set("tags", search.tags.join(","));
  if (search.difficulty) params.set("difficulty", search.difficulty);
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return (query ? `/questions?${query}` : "/questions") as "/questions";
}

/** URL search params as the plain record the schema takes (repeated keys become arrays). */
export function searchParamsRecord(params: URLSearchParams) {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return record;
}

const ALL = "all";

/**
 * One path segment per distinct search, so each result page can be cached as a static page:
 * the canonical query string of the search, or "all".
 */
export function searchKey(search: QuestionSearch): string {
  return questionSearchHref(search).split("?")[1] ?? ALL;
}

/** The search a key stands for; the key may arrive still percent-encoded from the path. */
export function parseSearchKey(key: string): QuestionSearch {
  let query = key;
  try {
    query = decodeURIComponent(key);
  } catch {
    // Not valid percent-encoding: read it as it is.
  }
  return parseQuestionSearch(searchParamsRecord(new URLSearchParams(query === ALL ? "" : query)));
}

/** Words of a free-text query as a prefix-matching tsquery ("cold sta" → "cold:* & sta:*"). */
export function toPrefixTsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 8);
  return unique.length ? unique.map((w) => `${w}:*`).join(" & ") : null;
}

// How /questions?… reaches its cached page: next.config.ts rewrites plain values without running
// code; proxy.ts handles values with characters that can't sit in a path segment as they are.
export const BANK_SEARCH_PARAMS = ["q", "tags", "difficulty", "page"] as const;

/** Characters a rewrite can copy into the page's path unchanged. */
export const PATH_SAFE_VALUE = "[^/%?#\\\\&+]*";

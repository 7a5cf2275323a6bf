import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { parseQuestionSearch, searchKey, searchParamsRecord } from "@/lib/validations/question";

// Signed-out visitors of private pages go straight to sign-in. A convenience only: every page,
// action and route handler still checks the session itself (lib/auth/session.ts).
function requireSessionCookie(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// Bank searches whose values can't be copied into a path as they are (see next.config.ts): the
// canonical search, percent-encoded, names the cached page.
function rewriteBankSearch(request: NextRequest) {
  const search = parseQuestionSearch(searchParamsRecord(request.nextUrl.searchParams));
  const url = request.nextUrl.clone();
  url.pathname = `/questions/results/${encodeURIComponent(searchKey(search))}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname === "/questions"
    ? rewriteBankSearch(request)
    : requireSessionCookie(request);
}

// Literal values: Next reads this config statically. The /questions entries match only values
// with characters that need encoding (lib/bank-search-routing.ts keeps the same list).
export const config = {
  matcher: [
    "/account/:path*",
    "/practice",
    "/interviews/:path*",
    "/history",
    "/progress",
    { source: "/questions", has: [{ type: "query", key: "q", value: ".*[/%?#\\\\&+].*" }] },
    { source: "/questions", has: [{ type: "query", key: "tags", value: ".*[/%?#\\\\&+].*" }] },
    { source: "/questions", has: [{ type: "query", key: "difficulty", value: ".*[/%?#\\\\&+].*" }] },
    { source: "/questions", has: [{ type: "query", key: "page", value: ".*[/%?#\\\\&+].*" }] },
  ],
};

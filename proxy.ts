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

// The bank list keeps its search in the query string; each distinct search is served from a
// cached page of its own (app/(app)/questions/results/[key]). Malformed values fold into defaults.
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

export const config = { matcher: ["/questions", "/account/:path*"] };

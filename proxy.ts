import { NextResponse, type NextRequest } from "next/server";
import { SECURE_COOKIES, SESSION_COOKIE } from "@/lib/auth/cookies";
import { BANK_SEARCH_PARAMS } from "@/lib/bank-search-routing";
import { databaseRecentlyDown, UNAVAILABLE_PAGE } from "@/lib/db-health";
import { RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import { env } from "@/lib/env";
import { createNonce, pageSecurityHeaders, transportSecurityHeaders } from "@/lib/security/csp";
import { parseQuestionSearch, searchKey, searchParamsRecord } from "@/lib/validations/question";

// Pages for signed-in users only (the same paths as before: a path added here needs no matcher).
const PRIVATE_PATHS = [
  /^\/account(\/|$)/,
  /^\/practice$/,
  /^\/interviews(\/|$)/,
  /^\/history$/,
  /^\/progress$/,
  /^\/sets(\/|$)/,
  /^\/s(\/|$)/,
  /^\/my-questions(\/|$)/,
  /^\/questions\/new$/,
  /^\/questions\/[^/]+\/edit$/,
];

/** Values next.config.ts can't copy into a path segment (lib/bank-search-routing.ts PATH_SAFE_VALUE). */
const PATH_UNSAFE = /[/%?#\\&+]/;

const POLICY = { https: SECURE_COOKIES, dev: env.NODE_ENV === "development" };

// Signed-out visitors of private pages go straight to sign-in. A convenience only: every page,
// action and route handler still checks the session itself (lib/auth/session.ts).
function redirectToSignIn(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url, { headers: transportSecurityHeaders(POLICY.https) });
}

// Bank searches whose values can't be copied into a path as they are (see next.config.ts): the
// canonical search, percent-encoded, names the results page. Plain ones are left to the rewrites.
function bankSearchDestination(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  if (!BANK_SEARCH_PARAMS.some((name) => params.getAll(name).some((v) => PATH_UNSAFE.test(v)))) return null;
  const url = request.nextUrl.clone();
  url.pathname = `/questions/results/${encodeURIComponent(searchKey(parseQuestionSearch(searchParamsRecord(params))))}`;
  url.search = "";
  return url;
}

/**
 * Every page gets a fresh nonce: Next reads it from the request's Content-Security-Policy header
 * and puts it on its own scripts; the root layout reads `x-nonce` for the theme script.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The database was unreachable a moment ago: say so at once, with the right status.
  if (request.method === "GET" && databaseRecentlyDown())
    return new NextResponse(UNAVAILABLE_PAGE, {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Cache-Control": "no-store",
        ...pageSecurityHeaders(createNonce(), POLICY),
      },
    });
  if (!request.cookies.has(SESSION_COOKIE) && PRIVATE_PATHS.some((path) => path.test(pathname)))
    return redirectToSignIn(request);

  const nonce = createNonce();
  const security = pageSecurityHeaders(nonce, POLICY);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", security["Content-Security-Policy"]!);
  const forward = { request: { headers: requestHeaders } };

  const destination = pathname === "/questions" ? bankSearchDestination(request) : null;
  const response = destination ? NextResponse.rewrite(destination, forward) : NextResponse.next(forward);
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

// Every page, not API routes, build output or files. Literal: Next reads this config statically.
export const config = {
  matcher: [
    "/((?!api/|_next/static/|_next/image|favicon\\.ico|icon|apple-icon|robots\\.txt|sitemap\\.xml|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt|xml|webmanifest|js|css|map)$).*)",
  ],
};

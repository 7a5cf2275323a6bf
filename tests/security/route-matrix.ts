// One entry per route handler and method: the request that is valid for the owner's things, and
// who may make it (the same three kinds of access as the action matrix).
import { NextRequest } from "next/server";
import { writeJsonSet } from "@/lib/sets/io/json";
import { fullSet } from "@/lib/sets/io/fixtures.test-helpers";
import type { RouteHandler } from "./surface";
import type { Ids } from "./world";

export const ORIGIN = "http://localhost";

export interface RouteCall {
  params?: Record<string, string | string[]>;
  query?: string;
  /** Sent as JSON unless a string or bytes. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteEntry {
  access: "owner" | "self" | "public";
  why?: string;
  /** The valid request. */
  call: (ids: Ids) => RouteCall;
  /**
   * The handler reads `cookies()` / `headers()` where the tests' mocks can't reach (next-auth
   * requires next/headers itself): it is called inside Next's own request scope
   * (tests/next-request-scope.ts), which the calling test file must set up first.
   */
  inRequestScope?: true;
  /** What the owner (or, for public routes, anyone) gets. */
  ok: number;
}

const SELF =
  "answers from and writes to the signed-in caller's own data only; the request names no one else's";

/** A post as a plain HTML form sends it (next-auth's endpoints take forms, not JSON). */
const form = (fields: Record<string, string>): Pick<RouteCall, "body" | "headers"> => ({
  body: new URLSearchParams(fields).toString(),
  headers: { "content-type": "application/x-www-form-urlencoded" },
});

export const routeMatrix: Record<string, RouteEntry> = {
  // next-auth's catch-all: one representative call each here; the CSRF token, the session of an
  // anonymous visitor and a sign-in with a wrong password are checked in authz-matrix.test.ts.
  "GET /api/auth/[...nextauth]": {
    access: "public",
    why: "next-auth's own endpoints (CSRF token, providers, session, callbacks) are how a visitor signs in",
    // The session endpoint, without a session cookie: an empty session for everyone.
    call: () => ({ params: { nextauth: ["session"] } }),
    inRequestScope: true,
    ok: 200,
  },
  "POST /api/auth/[...nextauth]": {
    access: "public",
    why: "sign-in and sign-out posts; next-auth checks its CSRF token and the credentials itself",
    // The owner's right email and password without next-auth's CSRF token, as another site's form
    // would post them: sent back to sign in ("csrf=true"), and no session opens for anyone.
    call: (ids) => ({
      params: { nextauth: ["callback", "credentials"] },
      ...form({ email: ids.email, password: ids.password }),
    }),
    inRequestScope: true,
    ok: 302,
  },
  "GET /api/session": {
    access: "public",
    why: "tells cached public pages who is signed in: the caller's own name and email, or null",
    call: () => ({}),
    ok: 200,
  },
  "GET /api/interviews/[id]": {
    access: "owner",
    call: (ids) => ({ params: { id: ids.interviewId } }),
    ok: 200,
  },
  "PUT /api/interviews/[id]/answer": {
    access: "owner",
    call: (ids) => ({ params: { id: ids.interviewId }, body: { position: 0, text: "x", revision: 1 } }),
    ok: 200,
  },
  "POST /api/interviews/[id]/submit": {
    access: "owner",
    call: (ids) => ({ params: { id: ids.interviewId }, body: { position: 0 } }),
    ok: 200,
  },
  "POST /api/interviews/[id]/pause": {
    access: "owner",
    call: (ids) => ({ params: { id: ids.interviewId }, body: { paused: true } }),
    ok: 200,
  },
  "PUT /api/interviews/[id]/grade": {
    access: "owner",
    call: (ids) => ({
      params: { id: ids.gradableId },
      body: { position: 0, grade: 3, keyPointsCovered: [0], note: "ok" },
    }),
    ok: 200,
  },
  "GET /api/questions/[slug]/attempts": {
    // The caller's own answers, but only to a question they can see: the owner's private question
    // is theirs alone (a public one answers anyone their own history; see routes.flow.test.ts).
    access: "owner",
    call: (ids) => ({ params: { slug: ids.privateQuestion.slug } }),
    ok: 200,
  },
  "GET /api/sets/[id]/export": {
    access: "owner",
    call: (ids) => ({ params: { id: ids.setId }, query: "format=json" }),
    ok: 200,
  },
  "POST /api/sets/import": {
    access: "self",
    why: `${SELF}: a preview of the uploaded file; nothing is written`,
    call: () => ({ query: "name=set.csv", body: "question,answer\nWhat is DNS?,Names to addresses.\n" }),
    ok: 200,
  },
  "POST /api/sets/import/confirm": {
    access: "self",
    why: `${SELF}: the imported set and questions belong to the caller`,
    call: () => ({ body: writeJsonSet(fullSet) }),
    ok: 201,
  },
};

/** The request a route entry describes, from `route`'s path ("POST /api/sets/[id]/export"). */
export function requestFor(
  key: string,
  call: RouteCall,
): { request: NextRequest; context: { params: Promise<unknown> } } {
  const [method, pattern] = key.split(" ") as [string, string];
  const params = call.params ?? {};
  const path = pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    // A lone surrogate can't be sent in a URL; a browser sends U+FFFD in its place.
    return (Array.isArray(value) ? value : [value ?? ""])
      .map((v) => encodeURIComponent(v.toWellFormed()))
      .join("/");
  });
  const url = `${ORIGIN}${path}${call.query ? `?${call.query}` : ""}`;
  const headers = { host: "localhost", origin: ORIGIN, "content-type": "application/json", ...call.headers };
  const body =
    method === "GET" || method === "HEAD" || call.body === undefined
      ? undefined
      : typeof call.body === "string" || call.body instanceof Uint8Array
        ? (call.body as BodyInit)
        : JSON.stringify(call.body);
  return {
    request: new NextRequest(url, { method, headers, body }),
    context: { params: Promise.resolve(params) },
  };
}

/** Calls a handler (in Next's request scope when its entry says so); answers its status and body (parsed when JSON). */
export async function callRoute(handler: RouteHandler, key: string, call: RouteCall) {
  const { request, context } = requestFor(key, call);
  const route = key.split(" ")[1]!;
  const response = await (routeMatrix[key]?.inRequestScope
    ? (await import("@/tests/next-request-scope")).inRequestScope(`${route}/route`, request, () =>
        handler(request, context),
      )
    : handler(request, context));
  const text = await response.text();
  let body: unknown = text;
  if (response.headers.get("content-type")?.includes("json")) body = JSON.parse(text);
  return { status: response.status, body, headers: response.headers };
}

import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { SECURE_COOKIES } from "@/lib/auth/cookies";
import { currentSessionId, NotSignedInError, requireActionUser } from "@/lib/auth/session";
import { InterviewError } from "@/lib/dal/interviews";
import { SessionEndedError } from "@/lib/dal/users";
import {
  isDatabaseUnavailable,
  isDatabaseUnreachable,
  RETRY_AFTER_SECONDS,
  UNAVAILABLE_MESSAGE,
} from "@/lib/db-errors";
import { markDatabaseDown } from "@/lib/db-health";
import { transportSecurityHeaders } from "@/lib/security/csp";

const MAX_BODY_BYTES = 128 * 1024;
type User = Awaited<ReturnType<typeof requireActionUser>>;

export const refuse = (status: number, message: string, fieldErrors?: Record<string, string[] | undefined>) =>
  NextResponse.json({ ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status });

/** 503 while the database can't be reached: the client keeps its work and tries again shortly. */
export const unavailable = (error?: unknown) => {
  if (isDatabaseUnreachable(error)) markDatabaseDown();
  return NextResponse.json(
    { ok: false, message: UNAVAILABLE_MESSAGE },
    {
      status: 503,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
    },
  );
};

/**
 * HSTS on an API answer when the site is served over https, as proxy.ts sends it with pages
 * (proxy.ts doesn't run for API routes). Every route handler's answer goes through this.
 */
export function withTransportSecurity(response: Response): Response {
  for (const [name, value] of Object.entries(transportSecurityHeaders(SECURE_COOKIES)))
    response.headers.set(name, value);
  return response;
}

/** Cookies are SameSite=Lax already; writes also refuse another site's Origin outright. */
function crossSite(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The 403 for a write from another site's page, or null. */
function crossSiteRefusal(request: Request) {
  return request.method !== "GET" && crossSite(request)
    ? refuse(403, "Requests from other sites are refused.")
    : null;
}

/** The body as text, or null as soon as it passes `limit` bytes (however it is sent). */
async function readText(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Reads a JSON body of at most 128 KB and validates it; answers bad input with 400/413/422. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return { response: refuse(413, "That request is too large.") };
  const text = await readText(request, MAX_BODY_BYTES);
  if (text === null) return { response: refuse(413, "That request is too large.") };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { response: refuse(400, "The request body must be JSON.") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    const first =
      Object.values(fieldErrors)[0]?.[0] ?? parsed.error.issues[0]?.message ?? "Check the request.";
    return { response: refuse(422, first, fieldErrors) };
  }
  return { data: parsed.data as z.infer<S> };
}

/**
 * Every API route handler runs inside this: who is asking (401 for nobody), same-origin for
 * writes, and known failures turned into clear JSON answers instead of 500s.
 */
export async function withUser(request: Request, run: (user: User) => Promise<Response>): Promise<Response> {
  return withTransportSecurity(await userAnswer(request, run));
}

async function userAnswer(request: Request, run: (user: User) => Promise<Response>): Promise<Response> {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  let user: User;
  try {
    user = await requireActionUser();
  } catch (error) {
    if (error instanceof NotSignedInError) return refuse(401, error.message);
    if (isDatabaseUnavailable(error)) return unavailable(error);
    throw error;
  }
  return answer(request, () => run(user));
}

/**
 * For the busiest writes (autosave, grade): like withUser, but the handler gets the session id of
 * a genuine cookie and its data-layer call checks the session registry in the same statement as
 * the write (a session that has ended throws SessionEndedError: 401, as withUser answers).
 */
export async function withSession(
  request: Request,
  run: (actor: { sessionId: string }) => Promise<Response>,
): Promise<Response> {
  return withTransportSecurity(await sessionAnswer(request, run));
}

async function sessionAnswer(
  request: Request,
  run: (actor: { sessionId: string }) => Promise<Response>,
): Promise<Response> {
  const refused = crossSiteRefusal(request);
  if (refused) return refused;
  const sessionId = await currentSessionId();
  if (!sessionId) return refuse(401, new NotSignedInError().message);
  return answer(request, () => run({ sessionId }));
}

async function answer(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    const response = await run();
    // Answers to writes (autosave, submit, grade) are tiny JSON: compressing them costs more CPU
    // than the bytes it saves, on the busiest requests there are.
    if (request.method !== "GET" && !response.headers.has("Cache-Control"))
      response.headers.set("Cache-Control", "private, no-store, no-transform");
    return response;
  } catch (error) {
    if (error instanceof SessionEndedError || error instanceof NotSignedInError)
      return refuse(401, new NotSignedInError().message);
    if (error instanceof InterviewError) return refuse(error.status, error.message);
    if (isDatabaseUnavailable(error)) return unavailable(error);
    console.error("[api]", error);
    return refuse(500, "Something went wrong on our side; nothing you saved was lost. Try again.");
  }
}

/** Route params arrive as strings from the URL; ids are cuid-like and short. */
export const idParam = z.string().regex(/^[a-z0-9]{10,40}$/i);

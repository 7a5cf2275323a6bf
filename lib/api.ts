import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { NotSignedInError, requireActionUser } from "@/lib/auth/session";
import { InterviewError } from "@/lib/dal/interviews";

const MAX_BODY_BYTES = 128 * 1024;
type User = Awaited<ReturnType<typeof requireActionUser>>;

export const refuse = (status: number, message: string, fieldErrors?: Record<string, string[] | undefined>) =>
  NextResponse.json({ ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) }, { status });

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
  if (request.method !== "GET" && crossSite(request))
    return refuse(403, "Requests from other sites are refused.");
  let user: User;
  try {
    user = await requireActionUser();
  } catch (error) {
    if (error instanceof NotSignedInError) return refuse(401, error.message);
    throw error;
  }
  try {
    return await run(user);
  } catch (error) {
    if (error instanceof InterviewError) return refuse(error.status, error.message);
    console.error("[api]", error);
    return refuse(500, "Something went wrong on our side; nothing you saved was lost. Try again.");
  }
}

/** Route params arrive as strings from the URL; ids are cuid-like and short. */
export const idParam = z.string().regex(/^[a-z0-9]{10,40}$/i);

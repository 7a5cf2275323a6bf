import "server-only";
import { cookies } from "next/headers";
import type { Route } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { decode } from "@/lib/auth/jwt";
import { userOfSession, type SessionUser } from "@/lib/dal/users";
import { authSecret } from "@/lib/env";

// Decrypting the cookie costs more than the rest of an autosave's checks, and a browser sends the
// same cookie with every request: a genuine cookie's session id is kept (until the token expires),
// so the next request with it skips the decryption. Whether the session is still open is asked of
// the session registry every time, never kept.
const CLOCK_TOLERANCE_S = 15;
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { sid: string; expiresAt: number }>();

/** The session id in a genuine, unexpired cookie; null for anything else. */
export async function sessionIdOf(cookie: string, secret: string): Promise<string | null> {
  const key = `${secret.length}:${secret}\u0000${cookie}`;
  const known = remembered.get(key);
  if (known && Date.now() < known.expiresAt) return known.sid;
  if (known) remembered.delete(key);
  const token = await decode({ token: cookie, secret }).catch(() => null);
  if (typeof token?.sid !== "string") return null;
  if (typeof token.exp === "number") {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, { sid: token.sid, expiresAt: (token.exp + CLOCK_TOLERANCE_S) * 1000 });
  }
  return token.sid;
}

/** The session id named by this request's cookie, if the cookie is genuine. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  const secret = authSecret();
  if (!cookie || !secret) return null;
  return sessionIdOf(cookie, secret);
});

/** The signed-in user, checked against the session registry on every request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const sid = await currentSessionId();
  return sid ? userOfSession(sid) : null;
});

/** For pages: the user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}` as Route);
  return user;
}

export class NotSignedInError extends Error {
  constructor() {
    super("Your session has ended. Sign in again to continue.");
  }
}

/** For server actions and route handlers: the user, or an error the caller turns into a refusal. */
export async function requireActionUser(): Promise<SessionUser & { sessionId: string }> {
  const sessionId = await currentSessionId();
  const user = sessionId ? await userOfSession(sessionId) : null;
  if (!user || !sessionId) throw new NotSignedInError();
  return { ...user, sessionId };
}

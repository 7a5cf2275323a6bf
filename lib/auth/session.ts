import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import type { Route } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { userOfSession, type SessionUser } from "@/lib/dal/users";
import { authSecret } from "@/lib/env";

/** The session id named by this request's cookie, if the cookie is genuine. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const cookie = (await cookies()).get(SESSION_COOKIE)?.value;
  const secret = authSecret();
  if (!cookie || !secret) return null;
  const token = await decode({ token: cookie, secret }).catch(() => null);
  return typeof token?.sid === "string" ? token.sid : null;
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

// Run server actions as nobody, or as a given user, against the real database.
//
// Usage: two lines at the top of a test file (vitest hoists them above the imports)...
//
//   const { sessionMock, nextCacheMock, nextHeadersMock } = await vi.hoisted(() => import("@/tests/authz"));
//   vi.mock("@/lib/auth/session", sessionMock);
//
// ...plus one line per Next module the action touches outside a request:
//
//   vi.mock("next/cache", nextCacheMock); // revalidatePath/revalidateTag become no-op spies
//   vi.mock("next/headers", nextHeadersMock); // headers() with a random X-Forwarded-For
//
// then `actAs(user)` / `actAs(null)` before calling the action, and `resetAuthz()` in afterAll.
// The acting user is checked against the real session registry on every call, exactly like
// `requireActionUser()`: a user whose session was ended is refused. Only the cookie is faked.
//
// This module must not import "@/lib/auth/session", "next/cache" or "next/headers" itself: it
// is loaded before those mocks exist.
import { randomBytes } from "node:crypto";
import type { Route } from "next";
import { expect, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { userOfSession } from "@/lib/dal/users";
import { db } from "@/lib/db";

type SessionModule = typeof import("@/lib/auth/session");
type ImportOriginal = <T>() => Promise<T>;

/** Who the faked session cookie names: a user and the Session row of this "browser". */
export interface ActingUser {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  sessionId: string;
}

let actor: ActingUser | null = null;
let pinnedAddress: string | null = null;
const issuedAddresses = new Set<string>();

/** Makes the next action calls come from `user` (its `sessionId` must be a row in Session), or from nobody. */
export function actAs(user: ActingUser | null) {
  actor = user
    ? { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, sessionId: user.sessionId }
    : null;
}

/** `headers()` reports this X-Forwarded-For from now on; null: a fresh random address on every call. */
export function useClientAddress(address: string | null) {
  pinnedAddress = address;
  if (address) issuedAddresses.add(address);
}

function clientAddress() {
  if (pinnedAddress) return pinnedAddress;
  const address = `2001:db8:a7:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
  issuedAddresses.add(address);
  return address;
}

/** Signs nobody in, unpins the address and deletes the rate-limit counters of the addresses handed out. */
export async function resetAuthz() {
  actor = null;
  pinnedAddress = null;
  const addresses = [...issuedAddresses];
  issuedAddresses.clear();
  if (addresses.length > 0) {
    await db.rateLimit.deleteMany({ where: { OR: addresses.map((a) => ({ key: { endsWith: `:${a}` } })) } });
  }
}

/** Factory for `vi.mock("@/lib/auth/session", sessionMock)`. Keeps the module's real NotSignedInError. */
export async function sessionMock(importOriginal: ImportOriginal): Promise<SessionModule> {
  const actual = await importOriginal<SessionModule>();
  const currentSessionId = async () => actor?.sessionId ?? null;
  const getCurrentUser = async () => (actor ? userOfSession(actor.sessionId) : null);
  return {
    ...actual,
    currentSessionId,
    getCurrentUser,
    async requireUser(returnTo: string) {
      const user = await getCurrentUser();
      if (!user) {
        const { redirect } = await import("next/navigation");
        redirect(`/sign-in?next=${encodeURIComponent(returnTo)}` as Route);
      }
      return user;
    },
    async requireActionUser() {
      const user = actor ? await userOfSession(actor.sessionId) : null;
      if (!user || !actor) throw new actual.NotSignedInError();
      return { ...user, sessionId: actor.sessionId };
    },
  } as SessionModule;
}

/** Factory for `vi.mock("next/cache", nextCacheMock)`: revalidation is a spy that does nothing. */
export async function nextCacheMock(importOriginal: ImportOriginal) {
  const actual = await importOriginal<typeof import("next/cache")>();
  return { ...actual, revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() };
}

/**
 * Factory for `vi.mock("next/navigation", navigationMock)`: `redirect` throws, as Next's does, an
 * error that says where it was sent (`redirectedTo`).
 */
export function navigationMock() {
  return {
    redirect: (url: string) => {
      throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { redirectedTo: url });
    },
  };
}

/** Factory for `vi.mock("next/headers", nextHeadersMock)`: request headers with a client address, no cookies. */
export async function nextHeadersMock(importOriginal: ImportOriginal) {
  const actual = await importOriginal<typeof import("next/headers")>();
  const { RequestCookies } = await import("next/dist/server/web/spec-extension/cookies");
  return {
    ...actual,
    headers: async () => new Headers({ "x-forwarded-for": clientAddress(), "user-agent": "vitest" }),
    cookies: async () => new RequestCookies(new Headers()),
  };
}

/**
 * Runs `run` as an anonymous visitor and expects the one refusal shape, `{ ok: false, message }`
 * asking to sign in, and that `state()` (whatever the action could have touched) is unchanged.
 */
export async function expectRefusedForAnonymous(
  run: () => Promise<ActionResult>,
  state?: () => Promise<unknown>,
) {
  const previous = actor;
  actor = null;
  try {
    const before = await state?.();
    const result = await run();
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/sign in/i), fieldErrors: undefined });
    if (state) expect(await state()).toEqual(before);
    return result;
  } finally {
    actor = previous;
  }
}

/**
 * Runs `run` as `actingAs` and expects `victimState()` — another user's data — to be the same
 * afterwards. Returns the action's result for further checks.
 */
export async function expectNoEffectForOtherUser<R>(options: {
  actingAs: ActingUser;
  victimState: () => Promise<unknown>;
  run: () => Promise<R>;
}): Promise<R> {
  const previous = actor;
  actAs(options.actingAs);
  try {
    const before = await options.victimState();
    expect(before, "the victim's state must exist before the action").toBeTruthy();
    const result = await options.run();
    expect(await options.victimState()).toEqual(before);
    return result;
  } finally {
    actor = previous;
  }
}

/** A FormData from plain fields, as a form would post it. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

// The authorization matrix: every server action and route handler the code exposes, found by
// reading every "use server" module and every route file in the code (surface.ts), must have an
// entry (action-matrix.ts, route-matrix.ts), and each is called as an anonymous visitor, as another
// signed-in user and as the owner. Refused calls change no row; another user's ids read exactly
// like ids that don't exist.
// Next's request scope, for next-auth's handler, before any of Next's modules load.
await vi.hoisted(() => import("@/tests/next-request-scope"));
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { db } from "@/lib/db";
import { actAs, resetAuthz } from "@/tests/authz";
import { actionMatrix, argsOf } from "./action-matrix";
import { callRoute, routeMatrix } from "./route-matrix";
import { compareWithCode, discoverActions, discoverRoutes, inlineServerActions } from "./surface";
import { missingIds, securityFixtures, settle, type World } from "./world";

const { sessionMock, nextCacheMock, nextHeadersMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);
vi.mock("next/headers", nextHeadersMock);
vi.mock("next/navigation", async () => (await import("./world")).redirectMock());

const actions = new Map((await discoverActions()).map((a) => [a.key, a.run]));
const routes = new Map((await discoverRoutes()).map((r) => [r.key, r.handler]));
const fx = securityFixtures();
let victim: World;
let attacker: World;
/** A fresh world per "the owner may" test (those calls change things), made together up front. */
const owners = new Map<string, World>();

beforeAll(async () => {
  [victim, attacker] = [
    await fx.makeWorld({ password: "the victim's own secret 9341" }),
    await fx.makeWorld(),
  ];
  const keys = [...Object.keys(actionMatrix), ...Object.keys(routeMatrix)];
  const worlds = await Promise.all(keys.map(() => fx.makeWorld()));
  keys.forEach((key, i) => owners.set(key, worlds[i]!));
});
beforeEach(() => actAs(null));
afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

/** Everything no refused call may change: both users' rows and every table's size. */
const everything = () => fx.fingerprint([victim.user.id, attacker.user.id]);
/** The victim's rows only (others may legitimately create rows of their own). */
const victimRows = async () => ({ ...(await fx.fingerprint([victim.user.id])), tableSizes: "" });

const SIGN_IN = { ok: false, message: expect.stringMatching(/sign in/i), fieldErrors: undefined };
const REFUSED = expect.objectContaining({ ok: false, message: expect.any(String) });

describe("the matrix covers exactly what the code exposes", () => {
  it('one entry per server action, in any "use server" module (a new action without an entry fails here)', () => {
    const { missing, stale } = compareWithCode([...actions.keys()], Object.keys(actionMatrix));
    expect(missing, "server actions with no entry in tests/security/action-matrix.ts").toEqual([]);
    expect(stale, "entries in action-matrix.ts for actions that no longer exist").toEqual([]);
    expect(actions.size).toBeGreaterThanOrEqual(25);
  });

  it('no function is a server action by a "use server" directive of its own (the matrix can\'t call those)', () => {
    expect(
      inlineServerActions(),
      'inline "use server" directives: move the action into a "use server" module and give it a matrix entry',
    ).toEqual([]);
  });

  it("one entry per route handler and method, in any app/**/route file", () => {
    const { missing, stale } = compareWithCode([...routes.keys()], Object.keys(routeMatrix));
    expect(missing, "route handlers with no entry in tests/security/route-matrix.ts").toEqual([]);
    expect(stale, "entries in route-matrix.ts for routes that no longer exist").toEqual([]);
    expect(routes.size).toBeGreaterThanOrEqual(12);
  });

  it("every entry open to others says why", () => {
    const open = [...Object.entries(actionMatrix), ...Object.entries(routeMatrix)].filter(
      ([, e]) => e.access !== "owner" && !e.why,
    );
    expect(open.map(([key]) => key)).toEqual([]);
  });
});

const actionKeys = Object.keys(actionMatrix);
const runAction = (key: string, ids = victim.ids) =>
  settle(() => actions.get(key)!(...argsOf(actionMatrix[key]!, ids)));

describe("server actions", () => {
  it.each(actionKeys.filter((k) => actionMatrix[k]!.access !== "public"))(
    "%s: anonymous visitors are refused and nothing changes",
    async (key) => {
      const before = await everything();
      const result = await runAction(key);
      expect(result).toEqual(actionMatrix[key]!.answers?.anonymous ?? SIGN_IN);
      expect(await everything()).toEqual(before);
    },
  );

  it.each(actionKeys.filter((k) => actionMatrix[k]!.access === "owner"))(
    "%s: another user is refused, nothing changes, and it reads like an id that doesn't exist",
    async (key) => {
      const entry = actionMatrix[key]!;
      actAs(attacker.user);
      const before = await everything();
      const result = await runAction(key);
      expect(result).toEqual(entry.answers?.stranger ?? REFUSED);
      if (entry.mixed) {
        const fields = entry.mixed(victim.ids, attacker.ids);
        const data = new FormData();
        for (const [name, value] of Object.entries(fields)) data.append(name, String(value));
        expect(await settle(() => actions.get(key)!(null, data))).toEqual(REFUSED);
      }
      expect(await everything()).toEqual(before);
      expect(await runAction(key, missingIds())).toEqual(result);
    },
  );

  it.each(actionKeys.filter((k) => actionMatrix[k]!.access !== "owner"))(
    "%s: open to others by design; another user's call leaves the owner's rows alone",
    async (key) => {
      const stranger = await fx.makeUser();
      actAs(stranger);
      const before = await victimRows();
      expect(await runAction(key, { ...victim.ids, email: stranger.email })).toMatchObject({ ok: true });
      expect(await victimRows()).toEqual(before);
    },
  );

  it.each(actionKeys)("%s: the owner may", async (key) => {
    const { user, ids } = owners.get(key)!;
    actAs(user);
    const result = await runAction(key, ids);
    const expected = actionMatrix[key]!.answers?.owner;
    if (expected !== undefined) expect(result).toEqual(expected);
    else expect(result).toMatchObject({ ok: true });
  });
});

const routeKeys = Object.keys(routeMatrix);
const request = (key: string, ids = victim.ids) =>
  callRoute(routes.get(key)!, key, routeMatrix[key]!.call(ids));

describe("route handlers", () => {
  it.each(routeKeys.filter((k) => routeMatrix[k]!.access !== "public"))(
    "%s: 401 for anonymous visitors, nothing changes",
    async (key) => {
      const before = await everything();
      const { status, body } = await request(key);
      expect({ status, body }).toEqual({ status: 401, body: SIGN_IN_BODY });
      expect(await everything()).toEqual(before);
    },
  );

  it.each(routeKeys.filter((k) => routeMatrix[k]!.access === "owner"))(
    "%s: 404 for another user, nothing changes, the same answer as for an id that doesn't exist",
    async (key) => {
      actAs(attacker.user);
      const before = await everything();
      const refused = await request(key);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual({ ok: false, message: expect.stringMatching(/doesn't exist/) });
      expect(await everything()).toEqual(before);
      const missing = await request(key, missingIds());
      expect({ status: missing.status, body: missing.body }).toEqual({ status: 404, body: refused.body });
    },
  );

  it.each(routeKeys.filter((k) => routeMatrix[k]!.access !== "owner"))(
    "%s: open to others by design; another user's call leaves the owner's rows alone",
    async (key) => {
      actAs(attacker.user);
      const before = await victimRows();
      const { status, body } = await request(key);
      expect(status).toBe(routeMatrix[key]!.ok);
      expect(JSON.stringify(body)).not.toContain(victim.user.email);
      expect(await victimRows()).toEqual(before);
    },
  );

  it.each(routeKeys.filter((k) => routeMatrix[k]!.access === "public"))(
    "%s: public, and an anonymous visitor gets nothing of anyone's",
    async (key) => {
      const before = await everything();
      const { status, body } = await request(key);
      expect(status).toBe(routeMatrix[key]!.ok);
      expect(JSON.stringify(body)).not.toContain(victim.user.email);
      expect(await everything()).toEqual(before);
    },
  );

  it.each(routeKeys)("%s: the owner may", async (key) => {
    const { user, ids } = owners.get(key)!;
    actAs(user);
    expect((await request(key, ids)).status).toBe(routeMatrix[key]!.ok);
  });
});

const SIGN_IN_BODY = { ok: false, message: expect.stringMatching(/sign in/i) };

describe("next-auth's own endpoints, as an anonymous visitor's browser calls them", () => {
  const address = fx.users.address();
  /** One call to /api/auth/<action>; answers the status, the body and the cookies set. */
  async function nextAuth(action: string, options: { form?: Record<string, string>; cookie?: string } = {}) {
    const key = `${options.form ? "POST" : "GET"} /api/auth/[...nextauth]`;
    const { status, body, headers } = await callRoute(routes.get(key)!, key, {
      params: { nextauth: action.split("/") },
      body: options.form && new URLSearchParams(options.form).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-forwarded-for": address,
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
    });
    const cookies = headers.getSetCookie().map((c) => c.split(";")[0]!);
    return { status, body, cookies, cacheControl: headers.get("cache-control") };
  }
  /** A sign-in as the sign-in page posts it: with the CSRF token it fetched, and that token's cookie. */
  async function signIn(email: string, password: string) {
    const { body, cookies } = await nextAuth("csrf");
    const { csrfToken } = body as { csrfToken: string };
    return nextAuth("callback/credentials", {
      form: { csrfToken, email, password, json: "true" },
      cookie: cookies.join("; "),
    });
  }
  const sessionCookie = (cookies: string[]) => cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));

  it("GET /api/auth/csrf: a token, with its cookie, never cached", async () => {
    const { status, body, cookies, cacheControl } = await nextAuth("csrf");
    expect(status).toBe(200);
    expect(body).toEqual({ csrfToken: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(cookies).toContainEqual(
      expect.stringMatching(/^next-auth\.csrf-token=[0-9a-f]{64}%7C[0-9a-f]{64}$/),
    );
    expect(cacheControl).toBe("private, no-store, no-transform");
  });

  it("GET /api/auth/session: an empty session and no session cookie for a visitor without one", async () => {
    const { status, body, cookies } = await nextAuth("session");
    expect({ status, body, session: sessionCookie(cookies) }).toEqual({
      status: 200,
      body: {},
      session: undefined,
    });
  });

  it("POST /api/auth/callback/credentials with a wrong password signs no one in; the right one does", async () => {
    const before = await everything();
    const wrong = await signIn(victim.ids.email, "not the victim's password 1");
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ url: expect.stringContaining("error=invalid_credentials") });
    expect(sessionCookie(wrong.cookies)).toBeUndefined();
    expect(await everything()).toEqual(before);

    // The same post with the right password opens a session: the password was all that was missing.
    const { user, ids } = owners.get("POST /api/auth/[...nextauth]")!;
    const sessions = () => db.session.count({ where: { userId: user.id } });
    const open = await sessions();
    const right = await signIn(ids.email, ids.password);
    expect(right.status).toBe(200);
    expect(sessionCookie(right.cookies)).toBeDefined();
    expect(await sessions()).toBe(open + 1);
  });
});

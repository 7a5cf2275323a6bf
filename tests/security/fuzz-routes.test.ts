// Every route handler, as the owner, fed hostile requests: bad ids, bodies that aren't JSON or
// have the wrong shape, fields out of range, prototype keys, wrong content types, bodies too large,
// and hostile text. Never a 5xx; a refusal is a 4xx in the one error shape and writes nothing.
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actAs, resetAuthz } from "@/tests/authz";
import { callRoute, type RouteCall } from "./route-matrix";
import { routeFuzz } from "./route-fuzz";
import { compareWithCode, discoverRoutes } from "./surface";
import { securityFixtures, type World } from "./world";

const { sessionMock, nextHeadersMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/headers", nextHeadersMock);

const RUNS = { invalid: 40, hostile: 20 };
const routes = new Map((await discoverRoutes()).map((r) => [r.key, r.handler]));
const fx = securityFixtures();
let owner: World;
const consoleError = vi.spyOn(console, "error");
const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});

beforeAll(async () => {
  owner = await fx.makeWorld();
});
beforeEach(() => consoleError.mockClear());
afterEach(() => {
  expect(consoleError, "no request may end in the 500 handler").not.toHaveBeenCalled();
});
afterAll(async () => {
  consoleError.mockRestore();
  consoleWarn.mockRestore();
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

const rows = () => fx.fingerprint([owner.user.id]);

/** Calls as the owner: never a 5xx; a 4xx is `{ ok: false, message }` and leaves every row alone. */
async function check(key: string, call: RouteCall, mustRefuse: boolean) {
  actAs(owner.user);
  const before = await rows();
  const { status, body } = await callRoute(routes.get(key)!, key, call);
  expect(status, JSON.stringify(body)).toBeLessThan(500);
  if (mustRefuse) expect(status).toBeGreaterThanOrEqual(400);
  if (status >= 400) {
    expect(body).toMatchObject({ ok: false, message: expect.any(String) });
    expect(await rows()).toEqual(before);
  }
}

describe("the fuzz list covers every route handler", () => {
  it("one entry per route and method (a new route must say how it is fuzzed, or why not)", () => {
    expect(compareWithCode([...routes.keys()], Object.keys(routeFuzz))).toEqual({ missing: [], stale: [] });
    for (const [key, spec] of Object.entries(routeFuzz))
      expect(spec.invalid || spec.hostile || spec.skip, key).toBeTruthy();
  });
});

describe("requests that can only be refused get a 4xx and write nothing", () => {
  const keys = Object.keys(routeFuzz).filter((k) => routeFuzz[k]!.invalid);
  it.each(keys)("%s", async (key) => {
    await fc.assert(
      fc.asyncProperty(routeFuzz[key]!.invalid!(owner.ids), (call) => check(key, call, true)),
      { numRuns: RUNS.invalid },
    );
  });
});

describe("hostile but possibly acceptable requests never crash; a refusal writes nothing", () => {
  const keys = Object.keys(routeFuzz).filter((k) => routeFuzz[k]!.hostile);
  it.each(keys)("%s", async (key) => {
    await fc.assert(
      fc.asyncProperty(routeFuzz[key]!.hostile!(owner.ids), (call) => check(key, call, false)),
      { numRuns: RUNS.hostile },
    );
  });
});

// Every server action, as its owner, fed hostile input: forms whose deciding fields can only be
// refused, things that aren't forms at all, and hostile free text. Always a handled answer (a
// refusal in the one error shape, never a thrown error), and a refusal writes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { actAs, resetAuthz } from "@/tests/authz";
import { actionFuzz } from "./action-fuzz";
import { actionMatrix, type FormFields } from "./action-matrix";
import { anyValue, extraFields, nastyString } from "./hostile";
import { compareWithCode, discoverActions } from "./surface";
import { securityFixtures, settle, type World } from "./world";

const { sessionMock, nextCacheMock, nextHeadersMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);
vi.mock("next/headers", nextHeadersMock);
vi.mock("next/navigation", async () => (await import("./world")).redirectMock());

const RUNS = { invalid: 30, notAForm: 10, text: 10 };
const actions = new Map((await discoverActions()).map((a) => [a.key, a.run]));
const fx = securityFixtures();
let owner: World;
const consoleError = vi.spyOn(console, "error");

beforeAll(async () => {
  owner = await fx.makeWorld();
});
afterAll(async () => {
  consoleError.mockRestore();
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

const rows = () => fx.fingerprint([owner.user.id]);
const REFUSAL = { ok: false, message: expect.any(String) };

/** Calls as the owner; a refusal must be in the one error shape and leave every row as it was. */
async function callExpectingRefusal(key: string, args: unknown[]) {
  actAs(owner.user);
  const before = await rows();
  const result = (await settle(() => actions.get(key)!(...args))) as Record<string, unknown>;
  expect(result).toMatchObject(REFUSAL);
  expect(Object.keys(result).filter((k) => !["ok", "message", "fieldErrors"].includes(k))).toEqual([]);
  expect(await rows()).toEqual(before);
}

function formFrom(base: FormFields, replace: Record<string, unknown>, extra: [string, string | Blob][]) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ ...base, ...replace }))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v as string | Blob);
  for (const [name, value] of extra) data.append(name, value);
  return data;
}

describe("the fuzz list covers every server action", () => {
  it("one entry per action (a new action must say how it is fuzzed, or why not)", () => {
    expect(compareWithCode([...actions.keys()], Object.keys(actionFuzz))).toEqual({ missing: [], stale: [] });
    for (const [key, spec] of Object.entries(actionFuzz))
      expect(spec.invalid || spec.anyArgs || spec.skip, key).toBeTruthy();
  });
});

const formActions = Object.keys(actionFuzz).filter((k) => actionFuzz[k]!.invalid);

describe("forms whose deciding fields are invalid are refused, and nothing is written", () => {
  it.each(formActions)("%s", async (key) => {
    const spec = actionFuzz[key]!;
    const invalid = spec.invalid!(owner.ids);
    const base = actionMatrix[key]!.fields!(owner.ids);
    const input = fc
      .subarray(Object.keys(invalid), { minLength: 1 })
      .chain((names) =>
        fc.tuple(fc.constant(names), fc.tuple(...names.map((n) => invalid[n]!)), extraFields),
      );
    await fc.assert(
      fc.asyncProperty(input, async ([names, values, extra]) => {
        const replace = Object.fromEntries(names.map((n, i) => [n, values[i]]));
        await callExpectingRefusal(key, [null, formFrom(base, replace, extra)]);
      }),
      { numRuns: RUNS.invalid },
    );
  });
});

describe("anything but a form is refused, and nothing is written", () => {
  it.each(formActions)("%s", async (key) => {
    const notAForm = anyValue.filter((v) => !(v instanceof FormData));
    await fc.assert(
      fc.asyncProperty(anyValue, notAForm, async (previous, data) =>
        callExpectingRefusal(key, [previous, data]),
      ),
      { numRuns: RUNS.notAForm },
    );
  });
});

describe("hostile free text is accepted or refused, never a crash; a refusal writes nothing", () => {
  const withText = Object.keys(actionFuzz).filter((k) => actionFuzz[k]!.text);
  it.each(withText)("%s", async (key) => {
    const names = actionFuzz[key]!.text!;
    await fc.assert(
      fc.asyncProperty(fc.tuple(...names.map(() => nastyString)), async (values) => {
        actAs(owner.user);
        const base = actionMatrix[key]!.fields!(owner.ids);
        const before = await rows();
        const replace = Object.fromEntries(names.map((n, i) => [n, values[i]]));
        const result = (await settle(() => actions.get(key)!(null, formFrom(base, replace, [])))) as {
          ok: boolean;
        };
        expect(result.ok, JSON.stringify(result)).toBeTypeOf("boolean");
        if (!result.ok) {
          expect(result).toMatchObject(REFUSAL);
          expect(await rows()).toEqual(before);
        }
      }),
      { numRuns: RUNS.text },
    );
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe("actions of plain arguments take any value without a crash or a write", () => {
  const plain = Object.keys(actionFuzz).filter((k) => actionFuzz[k]!.anyArgs);
  it.each(plain)("%s", async (key) => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyValue, { maxLength: 3 }), async (args) => {
        actAs(owner.user);
        const before = await rows();
        const result = await actions.get(key)!(...args);
        if (typeof result !== "boolean") expect(result).toMatchObject({ ok: expect.any(Boolean) });
        if (typeof result === "boolean") expect(result).toBe(false);
        expect(await rows()).toEqual(before);
      }),
      { numRuns: RUNS.invalid },
    );
  });
});

// Defects the fuzzers found, pinned with the input that found them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/actions/auth";
import { NOT_A_FORM } from "@/lib/actions/result";
import { addQuestionToSet } from "@/lib/actions/set-items";
import { createSet, saveSetDetails } from "@/lib/actions/sets";
import { updateName } from "@/lib/actions/account";
import { db } from "@/lib/db";
import { actAs, form, resetAuthz } from "@/tests/authz";
import { securityFixtures, settle, type World } from "./world";

const { sessionMock, nextCacheMock, nextHeadersMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);
vi.mock("next/headers", nextHeadersMock);
vi.mock("next/navigation", async () => (await import("./world")).redirectMock());

const fx = securityFixtures();
let owner: World;

beforeAll(async () => {
  owner = await fx.makeWorld();
});
afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

describe("a form action called with something other than a form", () => {
  // A client can send any serialisable value as an action's argument; `formData.get` used to throw.
  it.each([null, undefined, "name=Mallory", 42, ["x"], { name: "Mallory", get: "x" }])(
    "%j is refused, not a crash, and nothing changes",
    async (value) => {
      actAs(owner.user);
      const before = await fx.fingerprint([owner.user.id]);
      const call = updateName as (previous: unknown, data: unknown) => ReturnType<typeof updateName>;
      expect(await call(null, value)).toEqual({ ok: false, message: NOT_A_FORM, fieldErrors: undefined });
      const publicCall = signUp as (previous: unknown, data: unknown) => ReturnType<typeof signUp>;
      expect(await publicCall(null, value)).toEqual({
        ok: false,
        message: NOT_A_FORM,
        fieldErrors: undefined,
      });
      expect(await fx.fingerprint([owner.user.id])).toEqual(before);
    },
  );

  it('an anonymous visitor still hears "sign in" first', async () => {
    actAs(null);
    expect(await (updateName as (p: unknown, d: unknown) => Promise<unknown>)(null, null)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sign in/i),
    });
  });
});

describe("a set's title or description with NUL and other control characters", () => {
  // Postgres can't store NUL: saving one used to end in a database error instead of an answer.
  it("are stripped when saved, like a question's text", async () => {
    actAs(owner.user);
    const saved = await saveSetDetails(
      null,
      form({ setId: owner.ids.setId, title: "Back\u0000end\u0007", description: "a\u0000b\nc" }),
    );
    expect(saved).toMatchObject({ ok: true });
    const set = await db.questionSet.findUniqueOrThrow({
      where: { id: owner.ids.setId },
      select: { title: true, description: true },
    });
    expect(set).toEqual({ title: "Backend", description: "ab\nc" });
  });

  it("a title of nothing but control characters is refused as empty", async () => {
    actAs(owner.user);
    const before = await fx.fingerprint([owner.user.id]);
    const result = await settle(() => createSet(null, form({ title: "\u0000\u0000" })));
    expect(result).toMatchObject({ ok: false, fieldErrors: { title: [expect.any(String)] } });
    expect(await fx.fingerprint([owner.user.id])).toEqual(before);
  });
});

describe("adding a question to a set by a slug with NUL", () => {
  // The slug went to the database as it came, and Postgres failed on the NUL.
  it("is refused like any slug that isn't a question's, and nothing changes", async () => {
    actAs(owner.user);
    const before = await fx.fingerprint([owner.user.id]);
    const result = await addQuestionToSet(null, form({ setId: owner.ids.setId, slug: "a\u0000b" }));
    expect(result).toMatchObject({ ok: false, message: expect.any(String) });
    expect(await fx.fingerprint([owner.user.id])).toEqual(before);
  });
});

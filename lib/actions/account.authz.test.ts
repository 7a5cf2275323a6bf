// Who may run the account actions: nobody signed out, and no one on someone else's account.
// Behaviour of each action: account.test.ts.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  actAs,
  expectNoEffectForOtherUser,
  expectRefusedForAnonymous,
  form,
  resetAuthz,
} from "@/tests/authz";
import { type TestUser, userFixtures } from "@/tests/users";
import { changePassword, deleteAccount, signOutEverywhere, updateName } from "./account";
import type { ActionResult } from "./result";

const { sessionMock, nextCacheMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);

const users = userFixtures();

beforeEach(() => actAs(null));

afterAll(async () => {
  await resetAuthz();
  await users.cleanup();
  await db.$disconnect();
});

const NEW_PASSWORD = "violet harbour stepladder 31";

describe("anonymous visitors are refused, and nothing changes", () => {
  const actions: [string, (user: TestUser) => Promise<ActionResult>][] = [
    ["updateName", () => updateName(null, form({ name: "Mallory" }))],
    [
      "changePassword",
      (user) => changePassword(null, form({ currentPassword: user.password, newPassword: NEW_PASSWORD })),
    ],
    ["signOutEverywhere", () => signOutEverywhere()],
    ["deleteAccount", (user) => deleteAccount(null, form({ confirmEmail: user.email }))],
  ];

  it.each(actions)("%s", async (_name, run) => {
    const user = await users.makeUser();
    await expectRefusedForAnonymous(
      () => run(user),
      () => users.snapshot(user.id),
    );
  });

  it("a user whose session was ended is refused like a visitor", async () => {
    const user = await users.makeUser({ name: "Before" });
    await users.prisma.session.delete({ where: { sessionToken: user.sessionId } });
    actAs(user);
    expect(await updateName(null, form({ name: "After" }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sign in/i),
    });
    expect((await users.snapshot(user.id))?.name).toBe("Before");
  });
});

describe("acting as user B never changes user A", () => {
  it("updateName renames only the acting user", async () => {
    const [a, b] = [await users.makeUser({ name: "Alice" }), await users.makeUser({ name: "Bob" })];
    const result = await expectNoEffectForOtherUser({
      actingAs: b,
      victimState: () => users.snapshot(a.id),
      run: () => updateName(null, form({ name: "Bobby" })),
    });
    expect(result).toEqual({ ok: true, message: "Name saved." });
    expect((await users.snapshot(b.id))?.name).toBe("Bobby");
  });

  it("changePassword with A's password changes nothing of A's (and fails for B)", async () => {
    const a = await users.makeUser({ password: "alice's own secret 77" });
    const b = await users.makeUser();
    const result = await expectNoEffectForOtherUser({
      actingAs: b,
      victimState: () => users.snapshot(a.id),
      run: () => changePassword(null, form({ currentPassword: a.password, newPassword: NEW_PASSWORD })),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
  });

  it("signOutEverywhere ends only the acting user's sessions", async () => {
    const [a, b] = [await users.makeUser(), await users.makeUser()];
    await users.openSession(a.id);
    await expectNoEffectForOtherUser({
      actingAs: b,
      victimState: () => users.snapshot(a.id),
      run: () => signOutEverywhere(),
    });
    expect(await users.sessionTokens(b.id)).toEqual([]);
    expect(await users.sessionTokens(a.id)).toHaveLength(2);
  });

  it("deleteAccount with A's email as confirmation fails with a field error, and A still exists", async () => {
    const [a, b] = [await users.makeUser(), await users.makeUser()];
    const result = await expectNoEffectForOtherUser({
      actingAs: b,
      victimState: () => users.snapshot(a.id),
      run: () => deleteAccount(null, form({ confirmEmail: a.email })),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { confirmEmail: [expect.any(String)] } });
    expect(await users.snapshot(b.id)).not.toBeNull();
  });

  it("B's own successful changePassword and deleteAccount leave A's password, sessions and account alone", async () => {
    const [a, b] = [await users.makeUser(), await users.makeUser()];
    await users.openSession(a.id);
    const changed = await expectNoEffectForOtherUser({
      actingAs: b,
      victimState: () => users.snapshot(a.id),
      run: () => changePassword(null, form({ currentPassword: b.password, newPassword: NEW_PASSWORD })),
    });
    expect(changed).toMatchObject({ ok: true });
    const deleted = await expectNoEffectForOtherUser({
      actingAs: b,
      victimState: () => users.snapshot(a.id),
      run: () => deleteAccount(null, form({ confirmEmail: b.email })),
    });
    expect(deleted).toMatchObject({ ok: true });
    expect(await users.snapshot(b.id)).toBeNull();
  });
});

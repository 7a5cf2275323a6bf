// Account actions as their owner, against the real database. Who may run them at all:
// account.authz.test.ts.
import { revalidatePath } from "next/cache";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { actAs, form, resetAuthz } from "@/tests/authz";
import { userFixtures } from "@/tests/users";
import { changePassword, deleteAccount, signOutEverywhere, updateName } from "./account";

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

describe("updateName", () => {
  it.each([
    ["empty", ""],
    ["only spaces", "   "],
    ["81 characters", "n".repeat(81)],
    ["a newline", "Ada\nLovelace"],
    ["a NUL", "Ada\u0000"],
    ["a DEL", "Ada\u007f"],
    ["an escape sequence", "\u001b[31mAda"],
  ])("refuses a name that is %s with fieldErrors.name", async (_label, name) => {
    const user = await users.makeUser({ name: "Unchanged" });
    actAs(user);
    const result = await updateName(null, form({ name }));
    expect(result).toMatchObject({
      ok: false,
      message: expect.any(String),
      fieldErrors: { name: [expect.any(String)] },
    });
    expect((await users.snapshot(user.id))?.name).toBe("Unchanged");
  });

  it("refuses a missing field", async () => {
    const user = await users.makeUser();
    actAs(user);
    expect(await updateName(null, new FormData())).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.any(String)] },
    });
  });

  it.each([
    ["HTML", `<script>alert("x")</script>`],
    ["80 characters", "n".repeat(80)],
    ["unicode", "Zoë Ñandú 王小明 🦊"],
    ["quotes and ampersands", `O'Brien & "Sons" <b>`],
  ])("stores %s verbatim as text", async (_label, name) => {
    const user = await users.makeUser();
    actAs(user);
    expect(await updateName(null, form({ name }))).toEqual({ ok: true, message: "Name saved." });
    expect((await users.snapshot(user.id))?.name).toBe(name);
  });

  it("revalidates the layout so the header shows the new name", async () => {
    const user = await users.makeUser();
    actAs(user);
    vi.mocked(revalidatePath).mockClear();
    await updateName(null, form({ name: "Fresh Name" }));
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("trims surrounding spaces", async () => {
    const user = await users.makeUser();
    actAs(user);
    await updateName(null, form({ name: "  Ada  " }));
    expect((await users.snapshot(user.id))?.name).toBe("Ada");
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password with fieldErrors.currentPassword", async () => {
    const user = await users.makeUser();
    actAs(user);
    const before = await users.snapshot(user.id);
    const result = await changePassword(
      null,
      form({ currentPassword: "not my password", newPassword: NEW_PASSWORD }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
    expect(await users.snapshot(user.id)).toEqual(before);
  });

  it("refuses a common new password with fieldErrors.newPassword", async () => {
    const user = await users.makeUser();
    actAs(user);
    const before = await users.snapshot(user.id);
    for (const newPassword of ["Password2024!", "qwertyuiop", "1234567890"]) {
      const result = await changePassword(null, form({ currentPassword: user.password, newPassword }));
      expect(result, newPassword).toMatchObject({
        ok: false,
        fieldErrors: { newPassword: [expect.any(String)] },
      });
    }
    expect(await users.snapshot(user.id)).toEqual(before);
  });

  it.each([
    ["too short", "short1!"],
    ["too long", "x".repeat(257)],
  ])("refuses a new password that is %s", async (_label, newPassword) => {
    const user = await users.makeUser();
    actAs(user);
    const result = await changePassword(null, form({ currentPassword: user.password, newPassword }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.any(String)] } });
  });

  it("changes the password, keeps this session and ends the others", async () => {
    const user = await users.makeUser();
    const [other1, other2] = [await users.openSession(user.id), await users.openSession(user.id)];
    const before = await users.snapshot(user.id);
    actAs(user);
    const result = await changePassword(
      null,
      form({ currentPassword: user.password, newPassword: NEW_PASSWORD }),
    );
    expect(result).toMatchObject({ ok: true });
    const remaining = await users.sessionTokens(user.id);
    expect(remaining).toEqual([user.sessionId]);
    expect(remaining).not.toContain(other1);
    expect(remaining).not.toContain(other2);
    const after = await users.snapshot(user.id);
    expect(after?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(after?.passwordHash).not.toBe(before?.passwordHash);
    expect(await verifyPassword(after?.passwordHash, NEW_PASSWORD)).toBe(true);
    // The old password no longer works as the current one.
    expect(
      await changePassword(
        null,
        form({ currentPassword: user.password, newPassword: "another fine passphrase" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [expect.any(String)] },
    });
  });

  it("refuses a sixth current-password guess in 15 minutes, even the right one, and says when to retry", async () => {
    const user = await users.makeUser();
    actAs(user);
    const before = await users.snapshot(user.id);
    const guesses = Array.from({ length: 5 }, (_, i) =>
      changePassword(null, form({ currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD })),
    );
    for (const result of await Promise.all(guesses))
      expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
    const refused = await changePassword(
      null,
      form({ currentPassword: user.password, newPassword: NEW_PASSWORD }),
    );
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Too many tries\. Try again in 1[45] minutes\.$/),
      fieldErrors: { currentPassword: [expect.stringMatching(/^Too many tries/)] },
    });
    expect(await users.snapshot(user.id)).toEqual(before);
    // The limit is the user's own: another account is not affected.
    const other = await users.makeUser();
    actAs(other);
    expect(
      await changePassword(null, form({ currentPassword: other.password, newPassword: NEW_PASSWORD })),
    ).toMatchObject({ ok: true });
  });

  it("forgets earlier wrong guesses once the current password is right", async () => {
    const user = await users.makeUser();
    actAs(user);
    for (let i = 0; i < 4; i++)
      await changePassword(null, form({ currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD }));
    // Right password, refused new one: the guesses are forgotten all the same.
    expect(
      await changePassword(null, form({ currentPassword: user.password, newPassword: "qwertyuiop" })),
    ).toMatchObject({ ok: false, fieldErrors: { newPassword: [expect.any(String)] } });
    for (let i = 0; i < 4; i++)
      await changePassword(null, form({ currentPassword: `guess again ${i}`, newPassword: NEW_PASSWORD }));
    expect(
      await changePassword(null, form({ currentPassword: user.password, newPassword: NEW_PASSWORD })),
    ).toMatchObject({ ok: true });
  });

  it("refuses an account without a password (OAuth only)", async () => {
    const user = await users.makeUser({ password: null });
    actAs(user);
    const result = await changePassword(
      null,
      form({ currentPassword: "anything at all", newPassword: NEW_PASSWORD }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: [expect.any(String)] } });
    expect((await users.snapshot(user.id))?.passwordHash).toBeNull();
  });
});

describe("signOutEverywhere", () => {
  it("ends every session of the user, this one included", async () => {
    const user = await users.makeUser();
    await users.openSession(user.id);
    actAs(user);
    expect(await signOutEverywhere()).toEqual({ ok: true, message: "Signed out of all devices." });
    expect(await users.sessionTokens(user.id)).toEqual([]);
    // The browser that asked is signed out too.
    expect(await signOutEverywhere()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sign in/i),
    });
  });
});

describe("deleteAccount", () => {
  it.each([
    ["empty", ""],
    ["only spaces", "   "],
    ["a different email", "someone@example.com"],
  ])("refuses a confirmation that is %s, and deletes nothing", async (_label, confirmEmail) => {
    const user = await users.makeUser();
    actAs(user);
    const result = await deleteAccount(null, form({ confirmEmail }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { confirmEmail: [expect.any(String)] } });
    expect(await users.snapshot(user.id)).not.toBeNull();
  });

  it("deletes the account when the acting user types their own email", async () => {
    const user = await users.makeUser();
    actAs(user);
    expect(await deleteAccount(null, form({ confirmEmail: user.email }))).toMatchObject({ ok: true });
    expect(await users.snapshot(user.id)).toBeNull();
    // Its sessions went with it: the same browser is now anonymous.
    expect(await updateName(null, form({ name: "Ghost" }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sign in/i),
    });
  });

  it("deletes an account made through OAuth with capitals in its email, typed exactly", async () => {
    const email = users.email("oauth").replace(/^./, (c) => c.toUpperCase());
    const user = await users.adopt(
      await authOptions.adapter!.createUser!({ email, emailVerified: null, name: "Octo Cat" }),
    );
    actAs(user);
    expect(await deleteAccount(null, form({ confirmEmail: email }))).toMatchObject({ ok: true });
    expect(await users.snapshot(user.id)).toBeNull();
  });

  it("accepts the email typed with different case or spaces", async () => {
    const user = await users.makeUser();
    actAs(user);
    expect(await deleteAccount(null, form({ confirmEmail: ` ${user.email.toUpperCase()} ` }))).toMatchObject({
      ok: true,
    });
    expect(await users.snapshot(user.id)).toBeNull();
  });
});

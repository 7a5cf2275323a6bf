// signUp against the real database, with next/headers faked to give a client address.
import { afterAll, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { RULES, hitRateLimit, peekRateLimit } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { form, resetAuthz, useClientAddress } from "@/tests/authz";
import { userFixtures } from "@/tests/users";
import { signUp } from "./auth";

const { nextHeadersMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("next/headers", nextHeadersMock);

const users = userFixtures();

afterAll(async () => {
  await resetAuthz();
  await users.cleanup();
  await db.$disconnect();
});

const PASSWORD = "marmalade telescope 93";
const rowsWith = (email: string) =>
  users.prisma.user.findMany({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, name: true, passwordHash: true },
  });

describe("signUp", () => {
  it("creates exactly one user with an argon2id hash of the password", async () => {
    const email = users.email("new");
    expect(await signUp(null, form({ name: "Ada Lovelace", email, password: PASSWORD }))).toEqual({
      ok: true,
    });
    const rows = await rowsWith(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe("Ada Lovelace");
    expect(rows[0]!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0]!.passwordHash).not.toContain(PASSWORD);
  });

  it("stores the email trimmed and lowercased", async () => {
    const email = users.email("case");
    expect(
      await signUp(null, form({ name: "Ada", email: `  ${email.toUpperCase()} `, password: PASSWORD })),
    ).toEqual({ ok: true });
    expect(await users.prisma.user.count({ where: { email } })).toBe(1);
  });

  it.each([
    ["unicode", "Zoë Ñandú 王小明 🦊"],
    ["HTML", `<img src=x onerror="alert(1)"><script>alert(1)</script>`],
  ])("stores a %s name as given", async (_label, name) => {
    const email = users.email("name");
    expect(await signUp(null, form({ name, email, password: PASSWORD }))).toEqual({ ok: true });
    expect((await rowsWith(email))[0]?.name).toBe(name);
  });

  it.each([
    ["no name", { name: "", email: "ok@rehearse.test", password: PASSWORD }, "name"],
    ["an 81-character name", { name: "n".repeat(81), email: "ok@rehearse.test", password: PASSWORD }, "name"],
    [
      "a name with a control character",
      { name: "Ada\u0007", email: "ok@rehearse.test", password: PASSWORD },
      "name",
    ],
    ["a bad email", { name: "Ada", email: "not-an-email", password: PASSWORD }, "email"],
    [
      "an email with a space",
      { name: "Ada", email: "ada lovelace@rehearse.test", password: PASSWORD },
      "email",
    ],
    ["a 7-character password", { name: "Ada", email: "ok@rehearse.test", password: "k3#vQz!" }, "password"],
  ])("refuses %s with a field error and makes no account", async (_label, fields, field) => {
    const email = users.email("bad");
    const data = { ...fields, email: fields.email === "ok@rehearse.test" ? email : fields.email };
    const result = await signUp(null, form(data));
    expect(result).toMatchObject({
      ok: false,
      message: expect.any(String),
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect(await rowsWith(data.email)).toEqual([]);
  });

  it("refuses a post with missing fields", async () => {
    const result = await signUp(null, new FormData());
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: [expect.any(String)],
        email: [expect.any(String)],
        password: [expect.any(String)],
      },
    });
  });

  it("refuses a common password with fieldErrors.password", async () => {
    for (const password of ["password123", "Sunshine2024!", "abcdefghij"]) {
      const email = users.email("common");
      const result = await signUp(null, form({ name: "Ada", email, password }));
      expect(result, password).toMatchObject({
        ok: false,
        fieldErrors: { password: [expect.stringMatching(/common/)] },
      });
      expect(await rowsWith(email)).toEqual([]);
    }
  });

  it("refuses a 10 KB password without hashing it, and makes no account", async () => {
    const email = users.email("huge");
    const started = Date.now();
    const result = await signUp(null, form({ name: "Ada", email, password: "x".repeat(10 * 1024) }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    expect(await rowsWith(email)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses an email that already has an account, whatever its case, and keeps the existing one", async () => {
    const existing = await users.makeUser({ name: "Original" });
    const before = await users.snapshot(existing.id);
    const result = await signUp(
      null,
      form({ name: "Impostor", email: existing.email.toUpperCase(), password: PASSWORD }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/already/)] } });
    expect(await rowsWith(existing.email)).toHaveLength(1);
    expect(await users.snapshot(existing.id)).toEqual(before);
  });

  it("refuses an email that already has an OAuth account spelled with capitals", async () => {
    const email = users.email("oauth");
    const octo = email.replace(/^./, (c) => c.toUpperCase());
    await users.adopt(
      await authOptions.adapter!.createUser!({ email: octo, emailVerified: null, name: "Octo Cat" }),
    );
    const result = await signUp(null, form({ name: "Twin", email, password: PASSWORD }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [expect.any(String)] } });
    expect(await rowsWith(email)).toHaveLength(1);
  });

  it("makes one account when the same sign-up is posted twice at once", async () => {
    const email = users.email("twice");
    const data = { name: "Ada", email, password: PASSWORD };
    const results = await Promise.all([signUp(null, form(data)), signUp(null, form(data))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { email: [expect.any(String)] } });
    expect(await rowsWith(email)).toHaveLength(1);
  });

  describe("per-address limit (10 an hour)", () => {
    it("refuses the 11th sign-up from the same address with a 'Try again' message", async () => {
      const address = users.address();
      useClientAddress(address);
      try {
        // Nine earlier sign-ups from this address, counted directly: nine argon2 hashes would be slow.
        for (let i = 0; i < 9; i++) await hitRateLimit(RULES.signUpAddress, address);
        const tenth = users.email("tenth");
        expect(await signUp(null, form({ name: "Ten", email: tenth, password: PASSWORD }))).toEqual({
          ok: true,
        });
        const eleventh = users.email("eleventh");
        const result = await signUp(null, form({ name: "Eleven", email: eleventh, password: PASSWORD }));
        expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Try again") });
        expect(result).toMatchObject({ message: expect.stringMatching(/Try again in (60|59) minutes\.$/) });
        expect(await rowsWith(eleventh)).toEqual([]);
      } finally {
        useClientAddress(null);
      }
      // Another address is not affected.
      expect(
        await signUp(null, form({ name: "Elsewhere", email: users.email("else"), password: PASSWORD })),
      ).toEqual({ ok: true });
    });

    it("doesn't count posts that fail validation", async () => {
      const address = users.address();
      useClientAddress(address);
      try {
        await signUp(null, form({ name: "", email: "nope", password: "short" }));
        await signUp(null, form({ name: "Ada", email: users.email("common"), password: "password123" }));
        expect((await peekRateLimit(RULES.signUpAddress, address)).count).toBe(0);
      } finally {
        useClientAddress(null);
      }
    });
  });
});

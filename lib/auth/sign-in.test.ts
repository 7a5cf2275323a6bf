// The Credentials provider's check, against the real database and rate-limit counters.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { userFixtures } from "@/tests/users";
import { authOptions } from "./options";
import { KNOWN_ADDRESS_SECONDS, RULES, hitRateLimit, knownAddressKey, peekRateLimit } from "./rate-limit";
import { SignInRefused, authorizeWithPassword } from "./sign-in";

const users = userFixtures();

afterAll(async () => {
  await users.cleanup();
  await db.$disconnect();
});

/** Request headers from a client address of this test's own. */
const from = (address = users.address()) => ({ "x-forwarded-for": address });

/** The refusal code, or "signed in" once the session is open, as next-auth runs a sign-in. */
async function outcome(credentials: unknown, headers: Record<string, string> = from()) {
  try {
    const user = await authorizeWithPassword(credentials, headers);
    const token = await authOptions.callbacks!.jwt!({ token: {}, user, account: null, trigger: "signIn" });
    expect(token.sid).toEqual(expect.any(String));
    return "signed in";
  } catch (error) {
    expect(error).toBeInstanceOf(SignInRefused);
    return (error as Error).message;
  }
}

describe("authorizeWithPassword", () => {
  it("returns the user for the right password, without the hash", async () => {
    const user = await users.makeUser({ name: "Ada Lovelace" });
    const result = await authorizeWithPassword({ email: user.email, password: user.password }, from());
    expect(result).toEqual({
      id: user.id,
      email: user.email,
      name: "Ada Lovelace",
      isAdmin: false,
      signInCounters: { forget: expect.any(Array), remember: expect.any(String) },
    });
    expect(result).not.toHaveProperty("passwordHash");
  });

  it("gives a wrong password and an unknown email the same answer", async () => {
    const user = await users.makeUser();
    expect(await outcome({ email: user.email, password: "not the password" })).toBe("invalid_credentials");
    expect(await outcome({ email: users.email("nobody"), password: user.password })).toBe(
      "invalid_credentials",
    );
  });

  it("refuses an account without a password (OAuth only) like a wrong password", async () => {
    const user = await users.makeUser({ password: null });
    expect(await outcome({ email: user.email, password: "anything at all" })).toBe("invalid_credentials");
    expect(await outcome({ email: user.email, password: "" })).toBe("invalid_input");
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["an empty object", {}],
    ["a bad email", { email: "not-an-email", password: "x" }],
    ["an empty password", { email: "ada@example.com", password: "" }],
    ["a 257-character password", { email: "ada@example.com", password: "x".repeat(257) }],
    ["non-string fields", { email: ["ada@example.com"], password: 12345678 }],
  ])("refuses malformed input (%s) as invalid_input", async (_name, credentials) => {
    expect(await outcome(credentials)).toBe("invalid_input");
  });

  it("counts the attempt and reads the user in one statement, whether or not the email exists", async () => {
    const user = await users.makeUser();
    for (const email of [user.email, users.email("nobody")]) {
      const sent: string[] = [];
      const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
      const original = proto.query;
      proto.query = function (this: unknown, ...args: unknown[]) {
        const config = args[0] as { text?: unknown } | string;
        sent.push(typeof config === "string" ? config : String(config?.text));
        return original.apply(this, args);
      };
      try {
        await authorizeWithPassword({ email, password: user.password }, from()).catch(() => null);
      } finally {
        proto.query = original;
      }
      expect(sent.filter((text) => !/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(text))).toEqual([
        expect.stringMatching(/INSERT INTO "RateLimit"[\s\S]*LEFT JOIN "User"/),
      ]);
    }
  });

  it("matches the email case-insensitively and ignores surrounding spaces", async () => {
    const user = await users.makeUser();
    const shouted = user.email
      .replace(/^./, (c) => c.toUpperCase())
      .replace("@rehearse.test", "@Rehearse.TEST");
    expect(shouted).not.toBe(user.email);
    expect((await authorizeWithPassword({ email: shouted, password: user.password }, from())).id).toBe(
      user.id,
    );
    expect(
      (await authorizeWithPassword({ email: `  ${user.email} `, password: user.password }, from())).id,
    ).toBe(user.id);
  });

  it("locks the account after 5 wrong passwords, even against the right one, from any address", async () => {
    const user = await users.makeUser();
    // Mixed case counts against the same account.
    const spellings = [user.email, user.email.toUpperCase()];
    for (let i = 0; i < 5; i++) {
      expect(await outcome({ email: spellings[i % 2], password: `wrong ${i}` })).toBe("invalid_credentials");
    }
    const locked = await outcome({ email: user.email, password: user.password });
    expect(locked).toMatch(/^rate_limited:\d+$/);
    const seconds = Number(locked.split(":")[1]);
    expect(seconds).toBeGreaterThan(14 * 60);
    expect(seconds).toBeLessThanOrEqual(15 * 60);
    // A fresh address doesn't help: the lock is on the account.
    expect(await outcome({ email: user.email, password: user.password }, from())).toMatch(
      /^rate_limited:\d+$/,
    );
  });

  it("lets no more than 5 wrong passwords through when they arrive at once from many addresses", async () => {
    const user = await users.makeUser();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => outcome({ email: user.email, password: `parallel guess ${i}` })),
    );
    expect(answers.filter((a) => a === "invalid_credentials").length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => /^rate_limited:\d+$/.test(a)).length).toBeGreaterThanOrEqual(7);
  });

  it("does not lock another account", async () => {
    const [locked, other] = [await users.makeUser(), await users.makeUser()];
    for (let i = 0; i < 5; i++) await hitRateLimit(RULES.signInAccount, locked.email);
    expect(await outcome({ email: locked.email, password: locked.password })).toMatch(/^rate_limited:/);
    expect(await outcome({ email: other.email, password: other.password })).toBe("signed in");
  });

  it("clears the account's failures after a successful sign-in", async () => {
    const user = await users.makeUser();
    for (let i = 0; i < 4; i++)
      expect(await outcome({ email: user.email, password: `wrong ${i}` })).toBe("invalid_credentials");
    expect((await peekRateLimit(RULES.signInAccount, user.email)).count).toBe(4);
    expect(await outcome({ email: user.email, password: user.password })).toBe("signed in");
    expect((await peekRateLimit(RULES.signInAccount, user.email)).count).toBe(0);
    // So one more mistake is not the fifth.
    expect(await outcome({ email: user.email, password: "wrong again" })).toBe("invalid_credentials");
    expect(await outcome({ email: user.email, password: user.password })).toBe("signed in");
  });

  it("keeps the account open to its owner at an address they signed in from, while strangers have locked it", async () => {
    const user = await users.makeUser();
    const home = users.address();
    expect(await outcome({ email: user.email, password: user.password }, from(home))).toBe("signed in");
    for (let i = 0; i < 5; i++)
      expect(await outcome({ email: user.email, password: `stranger ${i}` })).toBe("invalid_credentials");
    // Locked for everyone else, even with the right password…
    expect(await outcome({ email: user.email, password: user.password })).toMatch(/^rate_limited:\d+$/);
    // …but not at home, and signing in there doesn't lift the strangers' lock.
    expect(await outcome({ email: user.email, password: user.password }, from(home))).toBe("signed in");
    expect(await outcome({ email: user.email, password: user.password })).toMatch(/^rate_limited:\d+$/);
    // Another account's known address is no way around the lock.
    const neighbour = await users.makeUser();
    const theirs = users.address();
    expect(await outcome({ email: neighbour.email, password: neighbour.password }, from(theirs))).toBe(
      "signed in",
    );
    expect(await outcome({ email: user.email, password: user.password }, from(theirs))).toMatch(
      /^rate_limited:\d+$/,
    );
  });

  it("counts wrong passwords from a known address apart: 5 lock that address, a success there clears them", async () => {
    const user = await users.makeUser();
    const home = users.address();
    expect(await outcome({ email: user.email, password: user.password }, from(home))).toBe("signed in");
    for (let i = 0; i < 4; i++)
      expect(await outcome({ email: user.email, password: `typo ${i}` }, from(home))).toBe(
        "invalid_credentials",
      );
    expect((await peekRateLimit(RULES.signInKnownAddress, `${user.email}|${home}`)).count).toBe(4);
    expect((await peekRateLimit(RULES.signInAccount, user.email)).count).toBe(0);
    expect(await outcome({ email: user.email, password: user.password }, from(home))).toBe("signed in");
    expect((await peekRateLimit(RULES.signInKnownAddress, `${user.email}|${home}`)).count).toBe(0);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => outcome({ email: user.email, password: `guess ${i}` }, from(home))),
    );
    expect(answers.filter((a) => a === "invalid_credentials")).toHaveLength(5);
    expect(await outcome({ email: user.email, password: user.password }, from(home))).toMatch(
      /^rate_limited:\d+$/,
    );
  });

  it("remembers an address for 30 days once a sign-in from it succeeds, and not before", async () => {
    const user = await users.makeUser();
    const address = users.address();
    const remembered = () =>
      db.rateLimit.findUnique({
        where: { key: knownAddressKey(user.email, address) },
        select: { resetAt: true },
      });
    expect(await outcome({ email: user.email, password: "not it at all" }, from(address))).toBe(
      "invalid_credentials",
    );
    expect(await remembered()).toBeNull();
    expect(await outcome({ email: user.email, password: user.password }, from(address))).toBe("signed in");
    const until = (await remembered())!.resetAt.getTime();
    expect(Math.abs(until - (Date.now() + KNOWN_ADDRESS_SECONDS * 1000))).toBeLessThan(60_000);
  });

  it("counts failures for unknown emails too, so they lock like real accounts", async () => {
    const ghost = users.email("ghost");
    for (let i = 0; i < 5; i++)
      expect(await outcome({ email: ghost, password: `guess ${i}` })).toBe("invalid_credentials");
    expect(await outcome({ email: ghost, password: "guess 6" })).toMatch(/^rate_limited:\d+$/);
  });

  it("blocks an address after 30 attempts, whatever the account and even with the right password", async () => {
    const user = await users.makeUser();
    const address = users.address();
    // 29 earlier attempts from this address (counted directly: 29 argon2 runs would be slow).
    for (let i = 0; i < 29; i++) await hitRateLimit(RULES.signInAddress, address);
    expect(await outcome({ email: user.email, password: user.password }, from(address))).toBe("signed in");
    expect(await outcome({ email: user.email, password: user.password }, from(address))).toMatch(
      /^rate_limited:\d+$/,
    );
    expect(await outcome({ email: users.email(), password: "whatever 1" }, from(address))).toMatch(
      /^rate_limited:\d+$/,
    );
    // Forged entries in front of the proxy's don't get around it.
    expect(
      await outcome(
        { email: user.email, password: user.password },
        { "x-forwarded-for": `198.51.100.1, ${address}` },
      ),
    ).toMatch(/^rate_limited:\d+$/);
    // Other addresses are unaffected.
    expect(await outcome({ email: user.email, password: user.password }, from())).toBe("signed in");
  });

  it("counts every attempt against the address, right or wrong", async () => {
    const user = await users.makeUser();
    const address = users.address();
    await outcome({ email: user.email, password: user.password }, from(address));
    await outcome({ email: user.email, password: "wrong one" }, from(address));
    expect((await peekRateLimit(RULES.signInAddress, address)).count).toBe(2);
  });

  it("reads the address from next-auth's header record, arrays included", async () => {
    const user = await users.makeUser();
    const address = users.address();
    await authorizeWithPassword(
      { email: user.email, password: user.password },
      { "x-forwarded-for": ["198.51.100.1", address] },
    );
    expect((await peekRateLimit(RULES.signInAddress, address)).count).toBe(1);
  });
});

// The user DAL and the session registry, against the real database.
import { afterAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { questionFixtures } from "@/tests/question-fixtures";
import { userFixtures } from "@/tests/users";
import {
  EmailTakenError,
  SESSION_MAX_AGE_SECONDS,
  createUser,
  deleteUser,
  endAllSessions,
  endSession,
  findUserWithPasswordHash,
  findUserWithPasswordHashAlongside,
  openSession,
  passwordHashOf,
  setPassword,
  updateUserName,
  userOfSession,
} from "./users";

const users = userFixtures();
const questions = questionFixtures();

afterAll(async () => {
  await questions.cleanup();
  await users.cleanup();
  await db.$disconnect();
});

const sessionUser = (u: { id: string; email: string; name: string | null }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  isAdmin: false,
});

describe("session registry", () => {
  it("openSession makes a random token that names the user for 30 days", async () => {
    const user = await users.makeUser({ name: "Grace" });
    const [a, b] = [await openSession(user.id), await openSession(user.id)];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(await userOfSession(a)).toEqual(sessionUser(user));
    const row = await users.prisma.session.findUnique({
      where: { sessionToken: a },
      select: { expires: true },
    });
    const days = (row!.expires.getTime() - Date.now()) / 1000;
    expect(days).toBeGreaterThan(SESSION_MAX_AGE_SECONDS - 60);
    expect(days).toBeLessThanOrEqual(SESSION_MAX_AGE_SECONDS);
  });

  it("userOfSession gives only the public user fields", async () => {
    const user = await users.makeUser();
    expect(Object.keys((await userOfSession(user.sessionId))!).sort()).toEqual([
      "email",
      "id",
      "isAdmin",
      "name",
    ]);
  });

  it("userOfSession is null for a token that never existed", async () => {
    expect(await userOfSession("no-such-session")).toBeNull();
    expect(await userOfSession("")).toBeNull();
  });

  it("endSession ends that session only", async () => {
    const user = await users.makeUser();
    const other = await openSession(user.id);
    await endSession(user.sessionId);
    expect(await userOfSession(user.sessionId)).toBeNull();
    expect(await userOfSession(other)).toEqual(sessionUser(user));
    await expect(endSession(user.sessionId)).resolves.toBeUndefined(); // twice is fine
  });

  it("an expired session names nobody", async () => {
    const user = await users.makeUser();
    await users.prisma.session.update({
      where: { sessionToken: user.sessionId },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await userOfSession(user.sessionId)).toBeNull();
  });

  it("endAllSessions ends every session of that user and no one else's", async () => {
    const [a, b] = [await users.makeUser(), await users.makeUser()];
    const a2 = await openSession(a.id);
    await endAllSessions({ userId: a.id });
    expect(await userOfSession(a.sessionId)).toBeNull();
    expect(await userOfSession(a2)).toBeNull();
    expect(await users.sessionTokens(a.id)).toEqual([]);
    expect(await userOfSession(b.sessionId)).toEqual(sessionUser(b));
  });
});

describe("setPassword", () => {
  it("stores the new hash, keeps the given session and ends the user's others", async () => {
    const [a, b] = [await users.makeUser(), await users.makeUser()];
    const [a2, a3] = [await openSession(a.id), await openSession(a.id)];
    const newHash = await hashPassword("a brand new passphrase");
    await setPassword({ userId: a.id, passwordHash: newHash, keepSessionId: a2 });
    expect(await passwordHashOf(a.id)).toBe(newHash);
    expect(await users.sessionTokens(a.id)).toEqual([a2]);
    expect(await userOfSession(a2)).toEqual(sessionUser(a));
    expect(await userOfSession(a.sessionId)).toBeNull();
    expect(await userOfSession(a3)).toBeNull();
    // Someone else's sessions and password are untouched.
    expect(await userOfSession(b.sessionId)).toEqual(sessionUser(b));
    expect(await passwordHashOf(b.id)).not.toBe(newHash);
  });

  it("can't keep another user's session alive: with a foreign keepSessionId all of the user's end", async () => {
    const [a, b] = [await users.makeUser(), await users.makeUser()];
    await setPassword({ userId: a.id, passwordHash: "$argon2id$placeholder", keepSessionId: b.sessionId });
    expect(await users.sessionTokens(a.id)).toEqual([]);
    expect(await userOfSession(b.sessionId)).toEqual(sessionUser(b));
  });
});

describe("deleteUser", () => {
  it("removes the user, their sessions and private questions, and keeps their public questions without an author", async () => {
    const [a, b] = [await users.makeUser(), await users.makeUser()];
    const a2 = await openSession(a.id);
    const mine = await questions.makeQuestion({ authorId: a.id, visibility: "PRIVATE" });
    const shared = await questions.makeQuestion({ authorId: a.id, visibility: "PUBLIC" });
    const theirs = await questions.makeQuestion({ authorId: b.id, visibility: "PRIVATE" });

    await deleteUser({ userId: a.id });

    expect(await users.prisma.user.findUnique({ where: { id: a.id }, select: { id: true } })).toBeNull();
    expect(await users.prisma.session.count({ where: { sessionToken: { in: [a.sessionId, a2] } } })).toBe(0);
    expect(await userOfSession(a2)).toBeNull();
    expect(
      await users.prisma.question.findUnique({ where: { id: mine.id }, select: { id: true } }),
    ).toBeNull();
    expect(
      await users.prisma.question.findUnique({
        where: { id: shared.id },
        select: { authorId: true, visibility: true },
      }),
    ).toEqual({
      authorId: null,
      visibility: "PUBLIC",
    });
    // The other user keeps everything.
    expect(
      await users.prisma.question.findUnique({ where: { id: theirs.id }, select: { authorId: true } }),
    ).toEqual({ authorId: b.id });
    expect(await userOfSession(b.sessionId)).toEqual(sessionUser(b));
  });

  it("throws for a user that doesn't exist and deletes nothing", async () => {
    const a = await users.makeUser();
    const mine = await questions.makeQuestion({ authorId: a.id, visibility: "PRIVATE" });
    await expect(deleteUser({ userId: "no-such-user" })).rejects.toThrow();
    expect(await users.prisma.question.count({ where: { id: mine.id } })).toBe(1);
  });
});

describe("createUser", () => {
  it("creates the user and returns only the public fields", async () => {
    const email = users.email("new");
    const created = await createUser({ email, name: "Née Zoë 名前", passwordHash: "$argon2id$x" });
    expect(created).toEqual({ id: expect.any(String), email, name: "Née Zoë 名前", isAdmin: false });
    expect(await passwordHashOf(created.id)).toBe("$argon2id$x");
  });

  it("throws EmailTakenError for an email that already has an account", async () => {
    const existing = await users.makeUser();
    await expect(
      createUser({ email: existing.email, name: "Copy", passwordHash: "$argon2id$y" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
    expect(await users.prisma.user.count({ where: { email: existing.email } })).toBe(1);
    expect(await passwordHashOf(existing.id)).not.toBe("$argon2id$y");
  });
});

describe("updateUserName", () => {
  it("renames that user only", async () => {
    const [a, b] = [await users.makeUser({ name: "Before" }), await users.makeUser({ name: "Other" })];
    expect(await updateUserName({ userId: a.id, name: "After" })).toEqual({
      ...sessionUser(a),
      name: "After",
    });
    expect((await userOfSession(b.sessionId))?.name).toBe("Other");
  });
});

describe("password hashes stay in the data layer", () => {
  it("the default client omits passwordHash from user rows", async () => {
    const user = await users.makeUser();
    const row = await db.user.findUnique({ where: { id: user.id } });
    expect(row).not.toBeNull();
    expect(row).not.toHaveProperty("passwordHash");
    const rows = await db.user.findMany({ where: { id: user.id } });
    expect(rows[0]).not.toHaveProperty("passwordHash");
    const session = await db.session.findUnique({
      where: { sessionToken: user.sessionId },
      include: { user: true },
    });
    expect(session?.user).not.toHaveProperty("passwordHash");
  });

  it("findUserWithPasswordHash and passwordHashOf are the way to read it", async () => {
    const user = await users.makeUser();
    const found = await findUserWithPasswordHash(user.email);
    expect(found).toEqual({ ...sessionUser(user), passwordHash: expect.stringMatching(/^\$argon2id\$/) });
    expect(await passwordHashOf(user.id)).toBe(found!.passwordHash);
    expect(await findUserWithPasswordHash(users.email("nobody"))).toBeNull();
    expect(await passwordHashOf("no-such-user")).toBeNull();
  });

  it("findUserWithPasswordHashAlongside reads it in the statement of a write, and that write's rows", async () => {
    const user = await users.makeUser();
    const key = `test:${users.email("alongside")}`;
    const write = Prisma.sql`INSERT INTO "RateLimit" ("key", "count", "resetAt")
      VALUES (${key}, 1, now() + interval '1 minute') RETURNING "key", "count"`;
    try {
      const found = await findUserWithPasswordHashAlongside<{ key: string; count: number }>(
        user.email,
        write,
      );
      expect(found).toEqual({
        rows: [{ key, count: 1 }],
        user: { ...sessionUser(user), passwordHash: expect.stringMatching(/^\$argon2id\$/) },
      });
      expect(found.user?.passwordHash).toBe(await passwordHashOf(user.id));
      await db.rateLimit.deleteMany({ where: { key } });
      expect(await findUserWithPasswordHashAlongside(users.email("nobody"), write)).toEqual({
        rows: [{ key, count: 1 }],
        user: null,
      });
    } finally {
      await db.rateLimit.deleteMany({ where: { key } });
    }
  });
});

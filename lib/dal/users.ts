import "server-only";
import { randomBytes } from "node:crypto";
import { KNOWN_ADDRESS_SECONDS, rememberStatement } from "@/lib/auth/rate-limit";
import { db, sql } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
}

const sessionUserSelect = { id: true, email: true, name: true, isAdmin: true } as const;

/** The only place a password hash is read. */
export async function findUserWithPasswordHash(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { ...sessionUserSelect, passwordHash: true },
  });
}

export type UserWithPasswordHash = SessionUser & { passwordHash: string | null };

/**
 * The user with their password hash, read in the same statement as `write` (an INSERT … RETURNING,
 * such as the sign-in's rate-limit hits), whose returned rows come back too: one round trip for
 * both, whether or not the email exists.
 */
export async function findUserWithPasswordHashAlongside<Row extends object>(
  email: string,
  write: Prisma.Sql,
): Promise<{ rows: Row[]; user: UserWithPasswordHash | null }> {
  const joined = await db.$queryRaw<
    (Row & {
      userId: string | null;
      userEmail: string;
      userName: string | null;
      userIsAdmin: boolean;
      userPasswordHash: string | null;
    })[]
  >`
    WITH "written" AS (${write})
    SELECT w.*, u."id" AS "userId", u."email" AS "userEmail", u."name" AS "userName",
           u."isAdmin" AS "userIsAdmin", u."passwordHash" AS "userPasswordHash"
    FROM "written" w LEFT JOIN "User" u ON u."email" = ${email}`;
  const first = joined[0];
  const user =
    first?.userId != null
      ? {
          id: first.userId,
          email: first.userEmail,
          name: first.userName,
          isAdmin: first.userIsAdmin,
          passwordHash: first.userPasswordHash,
        }
      : null;
  const rows = joined.map(
    ({ userId: _i, userEmail: _e, userName: _n, userIsAdmin: _a, userPasswordHash: _h, ...row }) =>
      row as unknown as Row,
  );
  return { rows, user };
}

export async function passwordHashOf(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user?.passwordHash ?? null;
}

export class EmailTakenError extends Error {}

export async function createUser(input: {
  email: string;
  name: string;
  passwordHash: string;
}): Promise<SessionUser> {
  try {
    return await db.user.create({ data: input, select: sessionUserSelect });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new EmailTakenError();
    throw error;
  }
}

export async function updateUserName({ userId, name }: { userId: string; name: string }) {
  return db.user.update({ where: { id: userId }, data: { name }, select: sessionUserSelect });
}

/** Sets a new password and ends every other session of the user. */
export async function setPassword({
  userId,
  passwordHash,
  keepSessionId,
}: {
  userId: string;
  passwordHash: string;
  keepSessionId: string;
}) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } }),
    db.session.deleteMany({ where: { userId, NOT: { sessionToken: keepSessionId } } }),
  ]);
}

/**
 * Deletes the account. Private questions go with it; public ones stay in the bank without an
 * author. Sessions, interviews, attempts, sets and review state cascade.
 */
export async function deleteUser({ userId }: { userId: string }) {
  await db.$transaction([
    db.question.deleteMany({ where: { authorId: userId, visibility: "PRIVATE" } }),
    db.user.delete({ where: { id: userId }, select: { id: true } }),
  ]);
}

// ───────────── Session registry: one row per signed-in browser ─────────────

/**
 * Opens a session row and returns its token. A password sign-in's `forget` clears the counters it
 * resets (attempts on the account) and `remember` marks its address as known to the account, in
 * the same statement.
 */
export async function openSession(
  userId: string,
  { forget = [], remember }: { forget?: string[]; remember?: string } = {},
): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  const id = randomBytes(16).toString("base64url");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  const remembered = remember
    ? Prisma.sql`, "remembered" AS (${rememberStatement(remember, KNOWN_ADDRESS_SECONDS)})`
    : Prisma.empty;
  await db.$executeRaw`
    WITH "forgotten" AS (DELETE FROM "RateLimit" WHERE "key" = ANY(${forget}::text[])) ${remembered}
    INSERT INTO "Session" ("id", "sessionToken", "userId", "expires")
    VALUES (${id}, ${sessionToken}, ${userId}, ${expires})`;
  return sessionToken;
}

/**
 * The user of a live session, or null when it was ended, expired or never existed. Every signed-in
 * request asks this, so it is one statement straight through the pool.
 */
export async function userOfSession(sessionToken: string): Promise<SessionUser | null> {
  const [user] = await sql<SessionUser>(Prisma.sql`
    SELECT u."id", u."email", u."name", u."isAdmin" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${sessionToken} AND s."expires" > (now() AT TIME ZONE 'UTC')`);
  return user ?? null;
}

export async function endSession(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}

export async function endAllSessions({ userId }: { userId: string }) {
  await db.session.deleteMany({ where: { userId } });
}

/** A write named its user by a session that is no longer open (signed out, ended or expired). */
export class SessionEndedError extends Error {
  constructor() {
    super("Your session has ended. Sign in again to continue.");
  }
}

/**
 * The user of a live session as a SQL expression (null when it was ended, expired or never
 * existed), so the busiest writes check the session registry in the same statement.
 */
export const sessionUserSql = (sessionToken: string) =>
  Prisma.sql`(SELECT s."userId" FROM "Session" s
              WHERE s."sessionToken" = ${sessionToken} AND s."expires" > (now() AT TIME ZONE 'UTC'))`;

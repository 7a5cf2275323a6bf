import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
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

export async function openSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await db.session.create({
    data: { sessionToken, userId, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
    select: { id: true },
  });
  return sessionToken;
}

/** The user of a live session, or null when it was ended, expired or never existed. */
export async function userOfSession(sessionToken: string): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: { expires: true, user: { select: sessionUserSelect } },
  });
  if (!session || session.expires <= new Date()) return null;
  return session.user;
}

export async function endSession(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}

export async function endAllSessions({ userId }: { userId: string }) {
  await db.session.deleteMany({ where: { userId } });
}

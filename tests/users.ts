// Users, sessions and client addresses that one test file creates for itself. Cleanup removes
// exactly them (and their rate-limit counters), nothing seeded or made by another file.
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { createTestClient, uniqueWord } from "@/tests/db";

/** The password of every fixture user made without one of its own (not a common password). */
export const TEST_PASSWORD = "quiet lantern over basalt 47";

// One argon2 hash per test file: hashing costs ~50-100 ms, so fixtures share it.
let testPasswordHash: Promise<string> | undefined;
const sharedHash = () => (testPasswordHash ??= hashPassword(TEST_PASSWORD));

/** A signed-in fixture user: what `requireActionUser()` returns, plus the password. */
export interface TestUser {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  sessionId: string;
  password: string;
}

/** A random address from the IPv6 documentation prefix, so each test has its own rate-limit counters. */
export function randomAddress(): string {
  const [a, b, c, d] = [...randomBytes(8).toString("hex").match(/.{4}/g)!];
  return `2001:db8:${a}:${b}::${c}:${d}`;
}

export function userFixtures() {
  const prisma = createTestClient();
  const userIds = new Set<string>();
  const emails = new Set<string>();
  const addresses = new Set<string>();

  /** A unique lowercase email; users later created with it (e.g. by signUp) are cleaned up too. */
  function email(prefix = "u"): string {
    const value = `${uniqueWord(prefix)}@rehearse.test`;
    emails.add(value);
    return value;
  }

  /** A unique client address whose rate-limit counters are cleaned up. */
  function address(): string {
    const value = randomAddress();
    addresses.add(value);
    return value;
  }

  /** Opens one more live session for the user, straight in the table. */
  async function openSession(userId: string, expires = new Date(Date.now() + 24 * 60 * 60 * 1000)) {
    const sessionToken = randomBytes(32).toString("base64url");
    await prisma.session.create({ data: { sessionToken, userId, expires }, select: { id: true } });
    return sessionToken;
  }

  /** A user with one live session; `password` costs one extra hash, so leave it out when you can. */
  async function makeUser(
    data: { name?: string | null; email?: string; password?: string | null } = {},
  ): Promise<TestUser> {
    const password = data.password === undefined ? TEST_PASSWORD : data.password;
    const passwordHash =
      password === null
        ? null
        : password === TEST_PASSWORD
          ? await sharedHash()
          : await hashPassword(password);
    const userEmail = data.email ?? email();
    emails.add(userEmail.toLowerCase());
    const user = await prisma.user.create({
      data: { email: userEmail, name: data.name === undefined ? "Test User" : data.name, passwordHash },
      select: { id: true, email: true, name: true, isAdmin: true },
    });
    userIds.add(user.id);
    return { ...user, sessionId: await openSession(user.id), password: password ?? "" };
  }

  /** A user made some other way (e.g. by next-auth's adapter), now cleaned up too and given a session. */
  async function adopt(user: {
    id: string;
    email: string;
    name?: string | null;
    isAdmin?: boolean;
  }): Promise<TestUser> {
    userIds.add(user.id);
    const sessionId = await openSession(user.id);
    return {
      id: user.id,
      email: user.email,
      name: user.name ?? null,
      isAdmin: user.isAdmin ?? false,
      sessionId,
      password: "",
    };
  }

  /** Everything about a user that an action could change, secrets included; null once deleted. */
  async function snapshot(userId: string) {
    const user = await prisma.user.findUnique({
      where: { id: userId },
      select: {
        email: true,
        name: true,
        passwordHash: true,
        isAdmin: true,
        updatedAt: true,
        sessions: { select: { sessionToken: true, expires: true }, orderBy: { sessionToken: "asc" } },
        questions: { select: { id: true, visibility: true }, orderBy: { id: "asc" } },
      },
    });
    return user;
  }

  /** Tokens of the user's sessions that are still in the registry. */
  async function sessionTokens(userId: string) {
    const rows = await prisma.session.findMany({ where: { userId }, select: { sessionToken: true } });
    return rows.map((r) => r.sessionToken).sort();
  }

  async function cleanup() {
    const subjects = [...emails, ...addresses];
    if (subjects.length > 0) {
      await prisma.rateLimit.deleteMany({
        where: { OR: subjects.map((s) => ({ key: { endsWith: `:${s}` } })) },
      });
    }
    await prisma.user.deleteMany({
      where: { OR: [{ id: { in: [...userIds] } }, { email: { in: [...emails] } }] },
    });
    await prisma.$disconnect();
  }

  return { prisma, email, address, makeUser, adopt, openSession, snapshot, sessionTokens, cleanup };
}

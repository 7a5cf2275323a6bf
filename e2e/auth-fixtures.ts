import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import { requireDatabaseUrl } from "../lib/env";
import { expect, test as base, uniqueSuffix } from "./fixtures";

/** The session cookie's name over http (lib/auth/cookies.ts; e2e/https-deployment.spec.ts checks the https one). */
export const SESSION_COOKIE = "rehearse.session";

// The same argon2id parameters as lib/auth/password.ts, so a seeded user signs in like a real one.
const ARGON2_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface Credentials {
  email: string;
  password: string;
  name: string;
}

export interface TestUser extends Credentials {
  id: string;
}

/** An email no other test (or earlier run) uses. */
export function uniqueEmail() {
  return `e2e-${uniqueSuffix()}${uniqueSuffix()}@example.test`;
}

/** Fresh credentials with a password that passes the common-password check. */
export function makeCredentials(): Credentials {
  const suffix = uniqueSuffix();
  return { email: uniqueEmail(), password: `quiet ${suffix} harbour lantern`, name: `Tess ${suffix}` };
}

/** A random private address, so the per-address sign-in limit never couples two tests. */
export function randomClientAddress() {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** The header's account button: the user's name, then ", account menu" (from a separate, visually hidden span). */
export function userMenuButton(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByRole("button", { name: new RegExp(`^${escaped}\\s*, account menu$`) });
}

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

export interface ApiSignIn {
  status: number;
  /** next-auth's error code (e.g. "invalid_credentials", "rate_limited:900"), or null when signed in. */
  error: string | null;
}

/**
 * Signs in through next-auth's own endpoints, without the form: the CSRF token first (its cookie
 * lands in the same jar), then the Credentials callback with `json: "true"` so the answer is JSON.
 */
export async function signInByApi(
  api: APIRequestContext,
  { email, password }: Pick<Credentials, "email" | "password">,
): Promise<ApiSignIn> {
  const csrf = await api.get("/api/auth/csrf");
  expect(csrf.ok(), "GET /api/auth/csrf").toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  const { url } = (await response.json()) as { url: string };
  return { status: response.status(), error: new URL(url, "http://base.invalid").searchParams.get("error") };
}

/** Signs `user` in for the page's (or context's) whole browser context. */
export async function loginAs(target: Page | BrowserContext, user: Pick<Credentials, "email" | "password">) {
  const context = "goto" in target ? target.context() : target;
  const result = await signInByApi(context.request, user);
  expect(result, `signing in ${user.email}`).toEqual({ status: 200, error: null });
  expect(await sessionCookie(context), "the session cookie after signing in").toBeDefined();
}

export interface AuthFixtures {
  /** This test's client address, sent as X-Forwarded-For by every context the test opens. */
  clientAddress: string;
  /** A database client without the bank lock: accounts never change what the bank lists. */
  usersDb: pg.Client;
  /** Inserts a user with an argon2id hash; deleted again after the test. */
  createUser: (credentials?: Partial<Credentials>) => Promise<TestUser>;
  /** A user of this test only. */
  newUser: TestUser;
  /** Credentials nobody has yet (for sign-up); any account made with them is deleted afterwards. */
  newCredentials: Credentials;
  /** `page`, signed in as `newUser`. */
  signedInPage: Page;
  /** A page in a browser context of its own (its own cookie jar), signed in as `user` when given. */
  openPage: (user?: Pick<Credentials, "email" | "password">) => Promise<Page>;
}

export const test = base.extend<AuthFixtures>({
  clientAddress: async ({}, provide) => {
    await provide(randomClientAddress());
  },

  extraHTTPHeaders: async ({ extraHTTPHeaders, clientAddress }, provide) => {
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": clientAddress });
  },

  usersDb: async ({}, provide) => {
    const client = new pg.Client({ connectionString: requireDatabaseUrl() });
    await client.connect();
    try {
      await provide(client);
    } finally {
      await client.end();
    }
  },

  createUser: async ({ usersDb }, provide) => {
    const emails: string[] = [];
    await provide(async (overrides = {}) => {
      const user = { id: `e2e_${uniqueSuffix()}${uniqueSuffix()}`, ...makeCredentials(), ...overrides };
      emails.push(user.email);
      await usersDb.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
        [user.id, user.email, user.name, await hash(user.password, ARGON2_PARAMS)],
      );
      return user;
    });
    await deleteAccounts(usersDb, emails);
  },

  newUser: async ({ createUser }, provide) => {
    await provide(await createUser());
  },

  newCredentials: async ({ usersDb }, provide) => {
    const credentials = makeCredentials();
    await provide(credentials);
    await deleteAccounts(usersDb, [credentials.email]);
  },

  signedInPage: async ({ page, newUser }, provide) => {
    await loginAs(page, newUser);
    await provide(page);
  },

  openPage: async ({ browser, baseURL, clientAddress }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (user) => {
      const context = await browser.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": clientAddress },
      });
      contexts.push(context);
      if (user) await loginAs(context, user);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

/** Deletes accounts (sessions cascade), their sign-in counters and their known addresses. */
async function deleteAccounts(db: pg.Client, emails: string[]) {
  if (!emails.length) return;
  await db.query(`DELETE FROM "User" WHERE email = ANY($1)`, [emails]);
  await db.query(`DELETE FROM "RateLimit" WHERE key = ANY($1) OR split_part(key, '|', 1) = ANY($2)`, [
    emails.map((email) => `sign-in:account:${email}`),
    emails.flatMap((email) => [`sign-in:known:${email}`, `sign-in:known-address:${email}`]),
  ]);
}

/** The stored user row, or undefined once it is gone. */
export async function userRow(db: pg.Client, email: string) {
  const { rows } = await db.query<{ id: string; name: string | null }>(
    `SELECT id, name FROM "User" WHERE email = $1`,
    [email],
  );
  return rows[0];
}

export async function sessionCount(db: pg.Client, userId: string) {
  const { rows } = await db.query<{ count: string }>(`SELECT count(*) FROM "Session" WHERE "userId" = $1`, [
    userId,
  ]);
  return Number(rows[0]?.count ?? 0);
}

export { expect };

// Account budgets: sign-in server time at 10 concurrent sign-ins (argon2id included), and what a
// signed-in request costs over an anonymous one (cookie decoding plus the session-row lookup).
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { log } from "../lib/database.ts";
import type { Row } from "./report.ts";
import { startNextServer } from "./server.ts";
import { percentiles, type Percentiles } from "./stats.ts";

const CONCURRENT = 10;
const SIGN_INS_EACH = 10;
const OVERHEAD_SAMPLES = 400;
const PASSWORD = "bench password with several words";

export interface AuthResult {
  signIn: Percentiles & { count: number };
  anonymous: Percentiles;
  signedIn: Percentiles;
}

let passwordHashOnce: Promise<string> | undefined;

/** The argon2id hash of the bench password, computed once: every bench user shares it. */
export function benchPasswordHash() {
  passwordHashOnce ??= hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  return passwordHashOnce;
}

export async function createUsers(databaseUrl: string, count: number, idPrefix = "bench-user") {
  const passwordHash = await benchPasswordHash();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const emails = Array.from(
      { length: count },
      (_, i) => `bench-${i}-${randomBytes(4).toString("hex")}@example.test`,
    );
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
       SELECT $3 || '-' || i, e, 'Bench user ' || i, $2, now() FROM unnest($1::text[]) WITH ORDINALITY AS t(e, i)`,
      [emails, passwordHash, idPrefix],
    );
    return emails;
  } finally {
    await client.end();
  }
}

interface Csrf {
  csrfToken: string;
  cookie: string;
}

/** next-auth's CSRF token and cookie, as the sign-in page fetches them when it loads. */
export async function fetchCsrf(origin: string, address: string): Promise<Csrf> {
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: { "x-forwarded-for": address } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { csrfToken, cookie };
}

/**
 * One sign-in through next-auth's own endpoints, as pressing "Sign in" makes it (the page has its
 * CSRF token already); returns the POST's duration and the session cookie.
 */
export async function signIn(origin: string, email: string, address: string, csrf?: Csrf) {
  const headers = { "x-forwarded-for": address };
  const { csrfToken, cookie } = csrf ?? (await fetchCsrf(origin, address));
  const body = new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" });
  const started = performance.now();
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
    body,
    redirect: "manual",
  });
  const ms = performance.now() - started;
  const session = response.headers.getSetCookie().find((c) => c.startsWith("rehearse.session="));
  if (!session) throw new Error(`Sign-in for ${email} failed with HTTP ${response.status}.`);
  return { ms, cookie: session.split(";")[0]! };
}

async function sequentialLatency(url: string, cookie: string | null, samples: number) {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: cookie ? { cookie } : {} });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return percentiles(times);
}

export async function measureAuth(databaseUrl: string): Promise<AuthResult> {
  const emails = await createUsers(databaseUrl, CONCURRENT);
  const server = await startNextServer(databaseUrl);
  try {
    log(`Sign-in: ${CONCURRENT} concurrent users × ${SIGN_INS_EACH} sign-ins…`);
    await signIn(server.origin, emails[0]!, "10.9.0.1"); // warm-up
    const times = (
      await Promise.all(
        emails.map(async (email, worker) => {
          const address = `10.9.1.${worker}`;
          const csrf = await fetchCsrf(server.origin, address); // the sign-in page loading
          const own: number[] = [];
          for (let i = 0; i < SIGN_INS_EACH; i += 1)
            own.push((await signIn(server.origin, email, address, csrf)).ms);
          return own;
        }),
      )
    ).flat();
    const { cookie } = await signIn(server.origin, emails[0]!, "10.9.2.1");
    log(`Session check: ${OVERHEAD_SAMPLES} sequential requests anonymous and signed in…`);
    const url = `${server.origin}/api/session`;
    await sequentialLatency(url, cookie, 50);
    const anonymous = await sequentialLatency(url, null, OVERHEAD_SAMPLES);
    const signedIn = await sequentialLatency(url, cookie, OVERHEAD_SAMPLES);
    return { signIn: { ...percentiles(times), count: times.length }, anonymous, signedIn };
  } finally {
    await server.stop();
  }
}

export function authRows(result: AuthResult): Row[] {
  const added = result.signedIn.p50 - result.anonymous.p50;
  return [
    {
      figure: `Sign-in p50 / p95 (${result.signIn.count} at ${CONCURRENT} concurrent, argon2id)`,
      value: `${result.signIn.p50.toFixed(0)} / ${result.signIn.p95.toFixed(0)} ms`,
      budget: "p95 < 150 ms",
      pass: result.signIn.p95 < 150,
    },
    {
      figure: "Signed-in request cost over anonymous (p50, /api/session)",
      value: `+${added.toFixed(2)} ms (${result.anonymous.p50.toFixed(2)} → ${result.signedIn.p50.toFixed(2)} ms)`,
      budget: "< 5 ms",
      pass: added < 5,
    },
  ];
}

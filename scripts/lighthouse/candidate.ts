// A signed-in candidate for the private pages: an account, a session cookie from the app's own
// sign-in endpoint, one graded interview (so Progress has data) and one in progress (the runner).
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { withPg } from "../lib/pg.ts";

const QUESTIONS = 3;

export interface Candidate {
  cookie: string;
  interviewId: string;
  remove: () => Promise<void>;
}

async function insertUser(databaseUrl: string, email: string, password: string) {
  const passwordHash = await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const id = `lighthouse_${randomBytes(6).toString("hex")}`;
  await withPg(databaseUrl, (db) =>
    db.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Lighthouse Candidate', $3, now())`,
      [id, email, passwordHash],
    ),
  );
  return id;
}

/** An interview on the first bank questions, with an hour each; the first question is running. */
async function insertInterview(databaseUrl: string, userId: string) {
  const id = `lh${randomBytes(10).toString("hex")}`;
  await withPg(databaseUrl, async (db) => {
    await db.query(`INSERT INTO "Interview" (id, "userId", "updatedAt") VALUES ($1, $2, now())`, [
      id,
      userId,
    ]);
    await db.query(
      `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", "startedAt", "deadlineAt", "updatedAt")
       SELECT $1 || '-' || q.n, $1, $2, q.id, q.n, 3600,
              CASE WHEN q.n = 0 THEN now() END, CASE WHEN q.n = 0 THEN now() + interval '1 hour' END, now()
       FROM (SELECT id, (row_number() OVER (ORDER BY slug) - 1)::int AS n FROM "Question"
             WHERE "authorId" IS NULL ORDER BY slug LIMIT $3) q`,
      [id, userId, QUESTIONS],
    );
  });
  return id;
}

async function signIn(origin: string, email: string, password: string) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("rehearse.session="));
  if (!session) throw new Error(`Signing in the Lighthouse candidate failed (HTTP ${response.status}).`);
  return session.split(";")[0]!;
}

/** Submits every answer of an interview, then grades each through the API as the candidate would. */
async function gradeInterview(origin: string, databaseUrl: string, id: string, cookie: string) {
  await withPg(databaseUrl, async (db) => {
    await db.query(
      `UPDATE "Attempt" SET "submittedAt" = now(), answer = 'Practised answer' WHERE "interviewId" = $1`,
      [id],
    );
    await db.query(`UPDATE "Interview" SET status = 'COMPLETED', "answeringEndedAt" = now() WHERE id = $1`, [
      id,
    ]);
  });
  for (let position = 0; position < QUESTIONS; position += 1) {
    const response = await fetch(`${origin}/api/interviews/${id}/grade`, {
      method: "PUT",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ position, grade: 1 + position, keyPointsCovered: [0], note: "" }),
    });
    if (!response.ok) throw new Error(`Grading question ${position} failed (HTTP ${response.status}).`);
  }
}

export async function createCandidate(origin: string, databaseUrl: string): Promise<Candidate> {
  const email = `lighthouse-${randomBytes(6).toString("hex")}@example.test`;
  const password = `lighthouse ${randomBytes(4).toString("hex")} harbour lantern`;
  const userId = await insertUser(databaseUrl, email, password);
  const remove = () =>
    withPg(databaseUrl, async (db) => {
      await db.query(`DELETE FROM "User" WHERE id = $1`, [userId]);
      await db.query(`DELETE FROM "RateLimit" WHERE key = $1`, [`sign-in:account:${email}`]);
    });
  try {
    const cookie = await signIn(origin, email, password);
    await gradeInterview(origin, databaseUrl, await insertInterview(databaseUrl, userId), cookie);
    return { cookie, interviewId: await insertInterview(databaseUrl, userId), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

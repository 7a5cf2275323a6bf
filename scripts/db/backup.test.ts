// A backup restored into a fresh database holds exactly what the original held: every table,
// every row, the migration history included.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, serverUrl, uniqueWord, withPg } from "@/tests/db";
import { backupDatabase, NotEmptyError, restoreDatabase } from "./archive";
import { findPgTools, serverMajor, tableRowCounts } from "./pg-tools";
import { applyMigrations } from "./schema-engine";

const source = uniqueWord("bksrc");
const target = uniqueWord("bkdst");
const folder = mkdtempSync(path.join(os.tmpdir(), "rehearse-backup-"));
const file = path.join(folder, "rehearse.dump");
const major = await serverMajor(serverUrl());
const tools = await findPgTools(major).catch(() => null);

async function dropDatabases() {
  await withPg(serverUrl(), async (client) => {
    for (const name of [source, target])
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** Two users, a private question, an interview with an answered and a running attempt, a session. */
async function makeData(url: string) {
  await withPg(url, async (client) => {
    await client.query(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES
      ('bkuser1', 'one@backup.test', 'Ünïcode “name”', now()), ('bkuser2', 'two@backup.test', NULL, now())`);
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ('bksession', 'bktoken', 'bkuser1', now() + interval '1 day')`,
    );
    await client.query(
      `INSERT INTO "Question" (id, slug, prompt, "whyAsked", "answerNotes", "keyPoints", tags, difficulty, "suggestedSeconds", visibility, "authorId", "updatedAt")
       VALUES ('bkq1', 'backup-question', 'What survives a crash?', 'Durability', '**WAL**', $1, $2, 'HARD', 90, 'PRIVATE', 'bkuser1', now())`,
      [["fsync", "replication"], ["durability"]],
    );
    await client.query(
      `INSERT INTO "Interview" (id, "userId", "currentPosition", "updatedAt") VALUES ('bkiv1', 'bkuser1', 1, now())`,
    );
    await client.query(
      `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", "startedAt", "deadlineAt", "submittedAt", answer, "answerRevision", grade, "keyPointsCovered", "updatedAt")
       SELECT 'bkat' || n, 'bkiv1', 'bkuser1', q, n, 120, now(), now() + interval '2 minutes',
              CASE WHEN n = 0 THEN now() END, 'Answer ' || n || E' with a newline\nand a tab\t', n + 3,
              CASE WHEN n = 0 THEN 3 END, CASE WHEN n = 0 THEN ARRAY[0, 1] ELSE ARRAY[]::int[] END, now()
       FROM (VALUES (0, 'bkq1'), (1, (SELECT id FROM "Question" WHERE "authorId" IS NULL ORDER BY slug LIMIT 1))) AS v(n, q)`,
    );
  });
}

/** Every row of every table, as JSON text in a stable order. */
async function contents(url: string) {
  const tables = [...(await tableRowCounts(url)).keys()];
  return withPg(url, async (client) => {
    const all: Record<string, string[]> = {};
    for (const name of tables) {
      const [schema, table] = name.split(".") as [string, string];
      const ref = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table)}`;
      const { rows } = await client.query<{ row: string }>(
        `SELECT to_jsonb(t)::text AS row FROM ${ref} t ORDER BY 1`,
      );
      all[name] = rows.map((r) => r.row);
    }
    return all;
  });
}

describe.skipIf(!tools)("backup and restore", () => {
  beforeAll(async () => {
    await dropDatabases();
    await withPg(serverUrl(), (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(source)}`));
    await applyMigrations(databaseUrl(source));
    await withPg(databaseUrl(source), (client) =>
      client.query(`INSERT INTO "Question" (id, slug, prompt, "whyAsked", "answerNotes", "keyPoints", tags, difficulty, "suggestedSeconds", visibility, "updatedAt")
                    VALUES ('bkpublic', 'a-public-question', 'Public?', 'Why', 'Notes', '{}', '{}', 'EASY', 60, 'PUBLIC', now())`),
    );
    await makeData(databaseUrl(source));
  });
  afterAll(async () => {
    await dropDatabases();
    rmSync(folder, { recursive: true, force: true });
  });

  it("restores every table's rows, migration history included, into a fresh database", async () => {
    const backup = await backupDatabase(databaseUrl(source), file);
    expect(backup.bytes).toBeGreaterThan(0);
    const restored = await restoreDatabase(databaseUrl(target), file);
    expect(restored.replaced).toBe(0);

    const [before, after] = [
      await tableRowCounts(databaseUrl(source)),
      await tableRowCounts(databaseUrl(target)),
    ];
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before));
    expect(before.get("public._prisma_migrations")).toBeGreaterThan(0);
    for (const table of ["User", "Session", "Question", "Interview", "Attempt"])
      expect(before.get(`public.${table}`), table).toBeGreaterThan(0);
    expect(await contents(databaseUrl(target))).toEqual(await contents(databaseUrl(source)));
  });

  it("refuses to overwrite a database that has tables, unless forced", async () => {
    await withPg(databaseUrl(target), (client) =>
      client.query(`UPDATE "Attempt" SET answer = 'changed after the backup'`),
    );
    await expect(restoreDatabase(databaseUrl(target), file)).rejects.toThrow(NotEmptyError);
    const forced = await restoreDatabase(databaseUrl(target), file, { force: true });
    expect(forced.replaced).toBeGreaterThan(0);
    expect(await contents(databaseUrl(target))).toEqual(await contents(databaseUrl(source)));
  });
});

describe.skipIf(!!tools)("backup without suitable tools", () => {
  it("says which PostgreSQL client version to install", async () => {
    await expect(backupDatabase(serverUrl(), file)).rejects.toThrow(
      new RegExp(`runs PostgreSQL ${major}.*postgresql-client-${major}`),
    );
  });
});

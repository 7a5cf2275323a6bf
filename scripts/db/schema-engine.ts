// Drives Prisma's schema engine compiled to WebAssembly through the pg driver adapter,
// so migrations work without the native engine binary (see docs/decisions/003-offline-migrations.md).
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

type DiffTarget = { tag: "empty" } | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

interface Engine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}

async function loadEngineModule() {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bindings as { SchemaEngine: { new (...args: unknown[]): never } } & {
    SchemaEngine: {
      new: (opts: unknown, log: (msg: string) => void, adapter: unknown) => Promise<Engine>;
    };
  };
}

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The pg adapter splits migration scripts on every ";", which breaks function bodies, string
// literals and comments. Postgres runs a multi-statement script itself, in one implicit transaction.
function wholeScriptAdapter(connectionString: string) {
  const base = new PrismaPg({ connectionString });
  // The engine never disposes what it connects; closing the pools ourselves releases the
  // connections and the migration advisory lock they hold.
  const opened: PgAdapter[] = [];
  const runWhole = (adapter: PgAdapter) => {
    opened.push(adapter);
    const client = adapter.underlyingDriver() as { query: (sql: string) => Promise<unknown> };
    adapter.executeScript = async (script: string) => {
      try {
        await client.query(script);
      } catch (error) {
        (adapter as unknown as { onError: (e: unknown) => never }).onError(error);
      }
    };
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => runWhole(await base.connect()),
    connectToShadowDb: async () => runWhole(await base.connectToShadowDb()),
  };
  const dispose = async () => {
    await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
  };
  return { factory, dispose };
}

let enginePromise: ReturnType<typeof loadEngineModule> | undefined;

export async function withSchemaEngine<T>(
  databaseUrl: string,
  run: (engine: Engine) => Promise<T>,
): Promise<T> {
  enginePromise ??= loadEngineModule();
  const { SchemaEngine } = await enginePromise;
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const { factory, dispose } = wholeScriptAdapter(databaseUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await dispose();
  }
}

async function readMigrationList() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (name) => {
      const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  );
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: await readFile(lockPath, "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

const NO_FILTER = { externalTables: [], externalEnums: [] };

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withSchemaEngine(databaseUrl, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
}

/** SQL that turns a database shaped like `from` into one shaped like `to`; "" when they match. */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  const target = (content: string | null): DiffTarget =>
    content === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content }] };
  return withSchemaEngine(databaseUrl, async (engine) => {
    const out = await engine.diff({
      from: target(from),
      to: target(to),
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    return out.exitCode === 2 ? (out.stdout ?? "") : "";
  });
}

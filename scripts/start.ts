// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → seed → Next.js.
import "./lib/load-dotenv.ts";
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { env } from "../lib/env.ts";
import { log, openDatabase } from "./lib/database.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";
import { resolveActionsKey, resolveAuthSecret } from "./lib/auth-secret.ts";

const dev = process.argv.includes("--dev");
const startedAt = Date.now();

function fail(error: unknown): never {
  console.error(`[rehearse] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const database = await openDatabase().catch(fail);
const secret = await resolveAuthSecret({ embedded: database.embedded, dataDir: env.DATA_DIR }).catch(
  async (error) => {
    await database.stop();
    return fail(error);
  },
);
const actionsKey = await resolveActionsKey({ embedded: database.embedded, dataDir: env.DATA_DIR }).catch(
  async (error) => {
    await database.stop();
    return fail(error);
  },
);
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database.stop().catch(() => {});
  if (database.embedded) log("Embedded Postgres stopped.");
  process.exit(code);
}

if (!dev && !existsSync(".next/BUILD_ID")) {
  log("No production build found; building once (npm run build)…");
  const built = spawnSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) {
    console.error("[rehearse] The build failed; see the output above.");
    await shutdown(1);
  }
}

await prepareDatabase(database.url).catch(async (error) => {
  console.error(`[rehearse] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});

const next = spawn(
  "node_modules/.bin/next",
  [dev ? "dev" : "start", "--port", String(env.PORT), "--hostname", env.HOST],
  {
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: secret,
      ...(actionsKey && { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionsKey }),
      // Sign-in redirects use the host the browser asked for (set NEXTAUTH_URL to pin one).
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
);
next.stdout.on("data", (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (/Ready in|✓ Ready/.test(text)) {
    log(
      `Serving on http://${env.HOST}:${env.PORT} (${database.embedded ? "embedded Postgres" : "DATABASE_URL"}; ready ${((Date.now() - startedAt) / 1000).toFixed(1)} s after start).`,
    );
  }
});
next.on("exit", (code) => void shutdown(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`Received ${signal}; stopping…`);
    if (next.exitCode === null) next.kill("SIGTERM");
    else void shutdown(0);
  });
}

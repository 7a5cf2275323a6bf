// The production server (`next start` from an existing build) on a free port: for Lighthouse, the
// bench, the load check and the fault, scale-out and https browser tests. Each may get its own
// database, secret, checkout and environment, and may be killed and started again.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { captureOutput, stopProcess, waitForHttp } from "../bench/processes.ts";
import { findFreePort } from "./embedded-postgres.ts";

const withoutUndefined = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv;

export interface AppServer {
  origin: string;
  port: number;
  child: ChildProcess;
  /** The last lines the server printed. */
  output: () => string;
  /** Ends it at once, as a crash or a power cut would (no shutdown code runs). */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

export async function startAppServer(options: {
  databaseUrl?: string;
  secret?: string;
  port?: number;
  /** The checkout whose build to serve (this one unless given). */
  cwd?: string;
  /** Further environment for the server; `undefined` removes a variable this process has. */
  env?: Record<string, string | undefined>;
  /** Options for node itself, e.g. `--cpu-prof`. */
  nodeOptions?: string[];
}): Promise<AppServer> {
  const cwd = options.cwd ?? process.cwd();
  const port = options.port ?? (await findFreePort());
  const next = path.join(cwd, "node_modules/next/dist/bin/next");
  const child = spawn(
    process.execPath,
    [...(options.nodeOptions ?? []), next, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: withoutUndefined({
        ...process.env,
        ...(options.databaseUrl && { DATABASE_URL: options.databaseUrl }),
        ...(options.secret && { AUTH_SECRET: options.secret }),
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
        ...options.env,
      }),
    },
  );
  const output = captureOutput(child, 200);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/`, child, 90_000, 200);
  } catch (error) {
    await stopProcess(child, 2_000);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output()}`);
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    origin,
    port,
    child,
    output,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
    stop: async () => void (await stopProcess(child, 5_000)),
  };
}

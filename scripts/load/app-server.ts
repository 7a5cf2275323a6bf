// The production server (`next start` from the existing build) on a free port, for the load, fault
// and multi-instance tests: each may get its own database and secret (else this process's), and
// may be killed and started again.
import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { captureOutput, stopProcess, waitForHttp } from "../bench/processes.ts";

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
  cwd?: string;
  /** Further environment for the server; `undefined` removes a variable this process has. */
  env?: Record<string, string | undefined>;
}): Promise<AppServer> {
  const port = options.port ?? (await findFreePort());
  const child = spawn(
    "node_modules/.bin/next",
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: options.cwd,
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

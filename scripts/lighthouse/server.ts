// The production build (`next start`) on a free port, for Lighthouse to load.
import { spawn } from "node:child_process";
import path from "node:path";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { captureOutput, stopProcess, waitForHttp } from "../bench/processes.ts";

export interface AppServer {
  origin: string;
  stop: () => Promise<void>;
}

/** `cwd`: the checkout whose build to serve (this one unless given). */
export async function startApp(appEnv: Record<string, string>, cwd = process.cwd()): Promise<AppServer> {
  const port = await findFreePort();
  const child = spawn(
    path.join(cwd, "node_modules/.bin/next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...appEnv, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    },
  );
  const output = captureOutput(child);
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/`, child, 60_000);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output()}`);
  }
  return { origin, stop: async () => void (await stopProcess(child)) };
}

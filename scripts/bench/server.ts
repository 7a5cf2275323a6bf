// The production server (`next start`) on a free port, pointed at the bench database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { onCleanup } from "./cleanup.ts";
import { captureOutput, stopProcess, waitForHttp } from "./processes.ts";

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

export async function startNextServer(databaseUrl: string): Promise<RunningServer> {
  const port = await findFreePort();
  const child = spawn(
    "node_modules/.bin/next",
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_ENV: "production",
      },
    },
  );
  const output = captureOutput(child);
  const forget = onCleanup("the Next.js server", async () => void (await stopProcess(child)));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/`, child, 60_000);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output()}`);
  }
  return {
    origin,
    stop: async () => {
      forget();
      await stopProcess(child);
    },
  };
}

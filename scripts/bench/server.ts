// The production server (`next start`) on a free port, pointed at the bench database.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { startAppServer } from "../lib/app-server.ts";
import { onCleanup } from "./cleanup.ts";

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
  /** CPU time (user + system, ms) the server process has used so far; null where /proc can't tell. */
  cpuMs: () => number | null;
}

/** Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux). */
function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function startNextServer(databaseUrl: string): Promise<RunningServer> {
  // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (node --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF;
  const server = await startAppServer({
    databaseUrl,
    secret: randomBytes(32).toString("base64url"),
    nodeOptions: profile ? ["--cpu-prof", "--cpu-prof-dir", profile] : [],
  });
  const forget = onCleanup("the Next.js server", server.stop);
  return {
    origin: server.origin,
    cpuMs: () => processCpuMs(server.child.pid),
    stop: async () => {
      forget();
      await server.stop();
    },
  };
}

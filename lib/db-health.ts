// The server's view of the database. Once a request or an idle connection finds it unreachable,
// page requests answer 503 at once (proxy.ts) instead of each failing the same way, and a probe
// asks the database every quarter second until it answers again, so pages come back within
// moments of it. Shared through globalThis, because the proxy and the pages are separate bundles
// in one process.

/** How long one failure counts without a probe to renew it (tests, and before the probe exists). */
const HOLD_MS = 1_000;
const PROBE_EVERY_MS = 250;

interface Health {
  downUntil: number;
  /** Resolves once the database answers; rejects while it can't be reached. */
  probe?: () => Promise<unknown>;
  probing?: boolean;
}
const KEY = Symbol.for("rehearse.databaseHealth");
const globalState = globalThis as typeof globalThis & { [KEY]?: Health };
const health = (globalState[KEY] ??= { downUntil: 0 });

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

/** Asks the database until it answers; each failure keeps it marked down. */
async function watch() {
  health.probing = true;
  try {
    for (;;) {
      await pause(PROBE_EVERY_MS);
      if (!health.probe) return;
      try {
        await health.probe();
        health.downUntil = 0;
        return;
      } catch {
        health.downUntil = Date.now() + HOLD_MS;
      }
    }
  } finally {
    health.probing = false;
  }
}

/** How to ask the database whether it is back (lib/db.ts sets it). */
export function setDatabaseProbe(probe: () => Promise<unknown>) {
  health.probe = probe;
}

/** Records that the database could not be reached just now, and starts asking until it can. */
export function markDatabaseDown(now = Date.now()) {
  health.downUntil = Math.max(health.downUntil, now + HOLD_MS);
  if (health.probe && !health.probing) void watch();
}

/** Forgets any failure: the database answered. */
export function markDatabaseUp() {
  health.downUntil = 0;
}

/** True while the database is known to be unreachable. */
export function databaseRecentlyDown(now = Date.now()) {
  return health.downUntil > now;
}

/** The page a browser gets meanwhile: plain HTML, no script, the same words as the error page. */
export const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Rehearse</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917;background:#fafaf9}a{color:#3730a3}</style>
</head><body><main><h1>Rehearse is temporarily unavailable</h1>
<p>We could not load this page just now. Nothing you saved is lost; try again in a few seconds.</p>
<p><a href="">Try again</a></p></main></body></html>`;

// Recognises "the database can't be reached right now" among the errors Prisma and pg throw, so
// callers answer 503 (try again shortly) instead of 500 (something is broken).

/**
 * Prisma's codes for an unreachable, closed, timed-out or saturated database connection, and for
 * a transaction that could not start or finish in time (rolled back: trying again is safe).
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2037"]);
/** Socket errors from Node's net module while connecting or mid-query. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);
/** SQLSTATEs: connection exceptions (08…), server shutting down or starting (57P01–57P03), too many connections. */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
/** Driver adapter error kinds (@prisma/driver-adapter-utils) for the same conditions. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const MESSAGES =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Connection closed|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Timed out fetching a new connection/i;

function matches(value: unknown): boolean {
  if (!value || typeof value !== "object") return false;
  const error = value as { code?: unknown; kind?: unknown; message?: unknown; name?: unknown };
  if (typeof error.code === "string" && (PRISMA_CODES.has(error.code) || SOCKET_CODES.has(error.code)))
    return true;
  if (typeof error.code === "string" && SQLSTATE.test(error.code)) return true;
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  if (error.name === "PrismaClientInitializationError") return true;
  return typeof error.message === "string" && MESSAGES.test(error.message);
}

/** True when `error` (or anything it wraps) says the database is unreachable or going away. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || !error || typeof error !== "object") return false;
  if (matches(error)) return true;
  const wrapper = error as { cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
  if (isDatabaseUnavailable(wrapper.cause, depth + 1)) return true;
  if (isDatabaseUnavailable(wrapper.meta?.driverAdapterError, depth + 1)) return true;
  return Array.isArray(wrapper.errors) && wrapper.errors.some((e) => isDatabaseUnavailable(e, depth + 1));
}

/** What a visitor reads while the database is away, and how soon to try again. */
export const UNAVAILABLE_MESSAGE =
  "Rehearse is temporarily unavailable. Nothing you saved is lost; try again in a few seconds.";
export const RETRY_AFTER_SECONDS = 5;

/** A busy server rather than an absent one: no free connection in time, or a transaction that ran out of time. */
const SATURATION_CODES = new Set(["P2024", "P2028", "P2037", "53300"]);
const SATURATION =
  /Timed out fetching a new connection|timeout exceeded when trying to connect|Transaction already closed/i;

function saturated(error: unknown, depth = 0): boolean {
  if (depth > 6 || !error || typeof error !== "object") return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof e.code === "string" && SATURATION_CODES.has(e.code)) return true;
  if (typeof e.message === "string" && SATURATION.test(e.message)) return true;
  return saturated(e.cause, depth + 1) || saturated(e.meta?.driverAdapterError, depth + 1);
}

/**
 * True when the database itself can't be reached (refused, closed, shutting down), as opposed to
 * a busy server whose pool had no connection free in time: only the first makes every page wait
 * for a second (lib/db-health.ts); the second is answered request by request.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  return isDatabaseUnavailable(error) && !saturated(error);
}

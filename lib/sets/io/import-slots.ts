import "server-only";
import os from "node:os";
import { NextResponse } from "next/server";

// An import holds up to IMPORT_LIMITS.bytes of upload and, for a zip, up to unpackedBytes while it
// is read: memory on this instance. So each user runs one import at a time here, and the instance
// runs at most one per core; the rest are told to try again shortly instead of queueing in memory.

export const IMPORT_SLOTS = {
  perUser: 1,
  perInstance: Math.max(1, os.availableParallelism()),
  retryAfterSeconds: 5,
} as const;

const running = new Map<string, number>();
let total = 0;

/** Takes a slot for the user, or returns why not; `release` must be called exactly once. */
export function takeImportSlot(userId: string): { release: () => void } | { refusal: Response } {
  const mine = running.get(userId) ?? 0;
  if (mine >= IMPORT_SLOTS.perUser)
    return busy(429, "An import of yours is still running. Try again when it has finished.");
  if (total >= IMPORT_SLOTS.perInstance)
    return busy(503, "Imports are busy right now. Try again in a few seconds.");
  running.set(userId, mine + 1);
  total += 1;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      total -= 1;
      const left = (running.get(userId) ?? 1) - 1;
      if (left > 0) running.set(userId, left);
      else running.delete(userId);
    },
  };
}

/** Runs an import step in a slot of the user's, or answers 429/503 with Retry-After. */
export async function inImportSlot(userId: string, run: () => Promise<Response>): Promise<Response> {
  const slot = takeImportSlot(userId);
  if ("refusal" in slot) return slot.refusal;
  try {
    return await run();
  } finally {
    slot.release();
  }
}

function busy(status: 429 | 503, message: string) {
  return {
    refusal: NextResponse.json(
      { ok: false, message },
      {
        status,
        headers: { "Retry-After": String(IMPORT_SLOTS.retryAfterSeconds), "Cache-Control": "no-store" },
      },
    ),
  };
}

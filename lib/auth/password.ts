import "server-only";
import os from "node:os";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id recommendation: 19 MiB of memory, 2 iterations, 1 lane.
// (@node-rs/argon2 hashes with argon2id unless told otherwise.)
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// argon2 runs on libuv's worker threads (4 by default). Letting all of them hash at once on a
// small machine starves the thread that serves requests; one hash per core keeps it responsive.
const SLOTS = Math.max(1, os.availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return withSlot(() => hash(password, PARAMS));
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown email, or an OAuth-only account) it still
 * does the same work against a throw-away hash, so timing does not reveal which emails exist.
 */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("a password nobody has");
    const throwAway = await dummyHash;
    await withSlot(() => verify(throwAway, password)).catch(() => false);
    return false;
  }
  return withSlot(() => verify(storedHash, password)).catch(() => false);
}

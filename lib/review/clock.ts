import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

/** Browser tests set this cookie (an ISO time) to move "now" for review scheduling. */
export const TEST_NOW_COOKIE = "rehearse-test-now";

/**
 * The time the test cookie asks for, when test hooks are on and it holds a valid time; otherwise
 * the real time. Only `E2E_TEST_HOOKS=1` (set by playwright.config.ts) turns the cookie on.
 */
export function testNowOr(real: Date, hooks: string | undefined, cookie: string | undefined): Date {
  if (hooks !== "1" || !cookie) return real;
  const asked = new Date(cookie);
  return Number.isNaN(asked.getTime()) ? real : asked;
}

/** "Now" for review scheduling and the due queue. Pages and actions pass it to the DAL. */
export async function reviewNow(): Promise<Date> {
  const real = new Date();
  if (env.E2E_TEST_HOOKS !== "1") return real; // no cookie read at all in production
  return testNowOr(real, env.E2E_TEST_HOOKS, (await cookies()).get(TEST_NOW_COOKIE)?.value);
}

// The test clock: only E2E_TEST_HOOKS=1 lets the cookie move "now". lib/env.ts parses process.env
// when imported, so each case imports fresh copies.
import { afterEach, describe, expect, it, vi } from "vitest";

const cookieJar = vi.hoisted(() => ({ value: undefined as string | undefined, reads: 0 }));
vi.mock("next/headers", () => ({
  cookies: async () => {
    cookieJar.reads += 1;
    return {
      get: (name: string) =>
        name === "rehearse-test-now" && cookieJar.value ? { value: cookieJar.value } : undefined,
    };
  },
}));

async function loadClock(hooks: string | undefined) {
  vi.resetModules();
  vi.stubEnv("E2E_TEST_HOOKS", hooks);
  return import("./clock");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  cookieJar.value = undefined;
  cookieJar.reads = 0;
});

const real = new Date("2030-03-02T10:00:00Z");

describe("testNowOr", () => {
  it("answers the cookie's time only with hooks on and a valid time", async () => {
    const { testNowOr } = await loadClock(undefined);
    expect(testNowOr(real, "1", "2030-03-05T08:00:00.000Z")).toEqual(new Date("2030-03-05T08:00:00Z"));
    expect(testNowOr(real, undefined, "2030-03-05T08:00:00.000Z")).toBe(real);
    expect(testNowOr(real, "1", "not a time")).toBe(real);
    expect(testNowOr(real, "1", undefined)).toBe(real);
  });
});

describe("reviewNow", () => {
  it("is the real time, without reading cookies, when hooks are off", async () => {
    cookieJar.value = "2031-01-01T00:00:00.000Z";
    const { reviewNow } = await loadClock(undefined);
    const before = Date.now();
    const now = await reviewNow();
    expect(now.getTime()).toBeGreaterThanOrEqual(before);
    expect(now.getTime()).toBeLessThanOrEqual(Date.now());
    expect(cookieJar.reads).toBe(0);
  });

  it("follows the cookie when E2E_TEST_HOOKS=1", async () => {
    cookieJar.value = "2031-01-01T00:00:00.000Z";
    const { reviewNow } = await loadClock("1");
    expect(await reviewNow()).toEqual(new Date("2031-01-01T00:00:00Z"));
  });
});

describe("E2E_TEST_HOOKS in lib/env", () => {
  it('accepts only "1"', async () => {
    await expect(loadClock("true")).rejects.toThrow(/^\s*E2E_TEST_HOOKS: must be "1" or unset/m);
    await expect(loadClock("0")).rejects.toThrow(/E2E_TEST_HOOKS/);
  });

  it("refuses to start a deployed (https) site with it", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://rehearse.example");
    await expect(loadClock("1")).rejects.toThrow(/^\s*E2E_TEST_HOOKS: must not be set on a deployed/m);
  });
});

// While the database is away, page requests answer 503 with a plain page at once, until a probe
// finds it back.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { databaseRecentlyDown, markDatabaseDown, markDatabaseUp, setDatabaseProbe } from "./db-health";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  setDatabaseProbe(async () => {}); // the test database is up
  await sleep(300); // any probe loop a test started sees it and stops
  markDatabaseUp();
});

describe("database health as the proxy sees it", () => {
  it("holds 'down' for a second after a failure when nothing probes, then lets requests through", () => {
    const now = Date.now() + 60_000;
    markDatabaseDown(now);
    expect(databaseRecentlyDown(now + 900)).toBe(true);
    expect(databaseRecentlyDown(now + 1_001)).toBe(false);
  });

  it("stays down for as long as the probe fails, and comes back within moments of it answering", async () => {
    let answering = false;
    let probes = 0;
    setDatabaseProbe(async () => {
      probes += 1;
      if (!answering) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
    });
    markDatabaseDown();
    await sleep(2_000); // twice the hold: only the failing probes keep it down
    expect(databaseRecentlyDown()).toBe(true);
    expect(probes).toBeGreaterThanOrEqual(4);
    expect(probes).toBeLessThanOrEqual(9);

    answering = true;
    const back = Date.now();
    await expect.poll(() => databaseRecentlyDown(), { timeout: 2_000, interval: 20 }).toBe(false);
    expect(Date.now() - back).toBeLessThan(600);
    const settled = probes;
    await sleep(600);
    expect(probes).toBe(settled); // no probing once it is back
  });

  it("answers page requests 503 with the friendly page and Retry-After while it is down", async () => {
    markDatabaseDown();
    const response = proxy(new NextRequest("http://127.0.0.1/questions/some-question"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await response.text();
    expect(html).toContain("<h1>Rehearse is temporarily unavailable</h1>");
    expect(html).not.toContain("<script");
    markDatabaseUp();
    expect(proxy(new NextRequest("http://127.0.0.1/questions/some-question")).status).toBe(200);
  });
});

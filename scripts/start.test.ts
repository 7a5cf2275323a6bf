import { spawnSync } from "node:child_process";
import net from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedPostgres } from "./lib/embedded-postgres";

function runStart(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("npm start refuses to start without a usable database", () => {
  it("names the unreachable host in one sentence and exits non-zero", async () => {
    const port = await findFreePort();
    const result = runStart({ DATABASE_URL: `postgresql://rehearse@127.0.0.1:${port}/rehearse` });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Cannot reach the database at 127.0.0.1:${port}`);
    expect(result.stderr).toContain("unset DATABASE_URL to use the embedded one");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("explains a malformed DATABASE_URL", () => {
    const result = runStart({ DATABASE_URL: "mysql://root@127.0.0.1/app" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL: must be a postgres:// or postgresql:// connection URL");
  });
});

describe("embedded Postgres", () => {
  let blocker: net.Server;
  let port: number;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "rehearse-port-"));
    port = await findFreePort();
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    await rm(dataDir, { recursive: true, force: true });
  });

  it("says clearly when its port is taken", async () => {
    await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
      new RegExp(`Port ${port} for the embedded Postgres is already in use.*EMBEDDED_PG_PORT`),
    );
  });
});

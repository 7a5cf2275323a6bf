// lib/env.ts parses process.env when it is imported, so each case imports a fresh copy.
import { afterEach, describe, expect, it, vi } from "vitest";

async function loadEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  return import("@/lib/env");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("lib/env", () => {
  it.each(["mysql://x", "http://127.0.0.1:5432/db", "127.0.0.1:5432/db", "file:./dev.db"])(
    "rejects DATABASE_URL=%j with a sentence naming it",
    async (value) => {
      await expect(loadEnv({ DATABASE_URL: value })).rejects.toThrow(
        /Invalid environment:\n\s*DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ connection URL/,
      );
    },
  );

  it("names every bad variable, and only those", async () => {
    const error = await loadEnv({ DATABASE_URL: "mysql://x", PORT: "not-a-port", NODE_ENV: "test" }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^\s*DATABASE_URL: /m);
    expect(message).toMatch(/^\s*PORT: /m);
    expect(message).not.toMatch(/NODE_ENV|HOST|DATA_DIR/);
  });

  it.each([
    ["PORT", "70000"],
    ["EMBEDDED_PG_PORT", "0"],
    ["DATABASE_POOL_SIZE", "1.5"],
    ["NODE_ENV", "staging"],
  ])("rejects %s=%j", async (name, value) => {
    await expect(loadEnv({ [name]: value })).rejects.toThrow(new RegExp(`^\\s*${name}: `, "m"));
  });

  it("treats an empty value (`DATABASE_URL=` in .env) as unset", async () => {
    const { env } = await loadEnv({ DATABASE_URL: "", DATA_DIR: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
  });

  it("accepts postgres:// and postgresql:// URLs and coerces numbers", async () => {
    for (const url of ["postgres://u:p@127.0.0.1:5432/db", "postgresql://u:p@localhost/db?sslmode=disable"]) {
      const { env, requireDatabaseUrl } = await loadEnv({
        DATABASE_URL: url,
        PORT: "4000",
        DATABASE_POOL_SIZE: "3",
      });
      expect(env.DATABASE_URL).toBe(url);
      expect(env.PORT).toBe(4000);
      expect(env.DATABASE_POOL_SIZE).toBe(3);
      expect(requireDatabaseUrl()).toBe(url);
    }
  });

  it("applies defaults, and requireDatabaseUrl explains a missing DATABASE_URL", async () => {
    const { env, requireDatabaseUrl } = await loadEnv({
      DATABASE_URL: undefined,
      PORT: undefined,
      HOST: undefined,
      DATA_DIR: undefined,
      EMBEDDED_PG_PORT: undefined,
      DATABASE_POOL_SIZE: undefined,
    });
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: "127.0.0.1",
      DATA_DIR: ".data",
      EMBEDDED_PG_PORT: 54329,
      DATABASE_POOL_SIZE: 10,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(() => requireDatabaseUrl()).toThrow(/DATABASE_URL is not set/);
  });
});

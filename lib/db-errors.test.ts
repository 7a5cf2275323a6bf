import pg from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "./db-errors";

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection from pg, however it is wrapped", async () => {
    const client = new pg.Client({ connectionString: "postgresql://nobody@127.0.0.1:1/none" });
    const refused = await client.connect().then(
      () => null,
      (error: unknown) => error,
    );
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error("query failed", { cause: refused }))).toBe(true);
  });

  it("recognises Prisma's codes and Postgres shutting down", () => {
    const known = new Prisma.PrismaClientKnownRequestError("Can't reach database server", {
      code: "P1001",
      clientVersion: "7",
    });
    expect(isDatabaseUnavailable(known)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("leaves other failures alone", () => {
    const unique = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
      code: "P2002",
      clientVersion: "7",
    });
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

describe("isDatabaseUnreachable", () => {
  it("is true for an absent server and false for a busy one", async () => {
    const { isDatabaseUnreachable } = await import("./db-errors");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const poolTimeout = Object.assign(
      new Error("Timed out fetching a new connection from the connection pool"),
      {
        code: "P2024",
      },
    );
    expect(isDatabaseUnreachable(refused)).toBe(true);
    expect(isDatabaseUnreachable(Object.assign(new Error("wrapped"), { cause: refused }))).toBe(true);
    expect(isDatabaseUnreachable(poolTimeout)).toBe(false);
    expect(isDatabaseUnreachable(new Error("timeout exceeded when trying to connect"))).toBe(false);
    expect(isDatabaseUnreachable(new TypeError("a bug"))).toBe(false);
  });
});

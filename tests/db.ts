// Integration-test helpers: their own Prisma client and pg connections to the database that
// `npm test` prepared (tests/setup.ts has already refused a missing or non-local DATABASE_URL).
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the tests through `npm run test:unit`.");
  return url;
}

/** The same server's maintenance database, for CREATE/DROP DATABASE. */
export function serverUrl(): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = "/postgres";
  return url.toString();
}

export function databaseUrl(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

// Consonants without s, l and y: no English suffix can end the word, so the stemmer leaves it
// (and every prefix of it) alone, and prefix searches on it are deterministic.
const CONSONANTS = "bcdfghjkmnpqrtvwxz";

/** A random lowercase word: one token to Postgres' text-search parser, and a valid tag. */
export function uniqueWord(prefix = "w"): string {
  const tail = [...randomBytes(8)].map((b) => CONSONANTS[b % CONSONANTS.length]).join("");
  return `${prefix}${tail}`;
}

export function createTestClient(url = testDatabaseUrl()) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

export { withPg } from "../scripts/lib/pg";

import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import pg from "pg";
import { requireDatabaseUrl } from "../lib/env";
import { assertLocalDatabase } from "../scripts/lib/local-url";

// Tests write to this database, so they refuse anything that is not on this machine.
const databaseUrl = requireDatabaseUrl();
assertLocalDatabase(databaseUrl);

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

// Tests that add rows hold this lock exclusively; tests that assert on the whole seeded bank
// (counts, pages) hold it shared, so they never see another test's rows mid-flight.
const BANK_LOCK = 7_301_917;

async function connect() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}

export interface Fixtures {
  /** Runs axe (WCAG 2.1 A/AA) on the page and fails on serious or critical violations. */
  expectNoA11yViolations: (page?: Page) => Promise<void>;
  /** A database client for tests that make their own data; they delete it again. */
  db: pg.Client;
  /** Holds the bank steady: no other test's rows appear while this test runs. */
  seededBank: void;
}

// Playwright calls the second argument `use`; it is named `provide` here so the React hooks lint rule leaves it alone.
export const test = base.extend<Fixtures>({
  expectNoA11yViolations: async ({ page: fixturePage }, provide) => {
    await provide(async (page = fixturePage) => {
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const blocking = violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""));
      const report = blocking
        .map((v) => {
          const targets = v.nodes.map(
            (n) =>
              `    ${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`,
          );
          return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${targets.join("\n")}`;
        })
        .join("\n");
      expect(blocking, `Accessibility violations on ${page.url()}:\n${report}`).toHaveLength(0);
    });
  },

  db: async ({}, provide) => {
    const client = await connect();
    await client.query("SELECT pg_advisory_lock($1)", [BANK_LOCK]);
    try {
      await provide(client);
    } finally {
      await client.end(); // ending the session releases the lock
    }
  },

  seededBank: async ({}, provide) => {
    const client = await connect();
    await client.query("SELECT pg_advisory_lock_shared($1)", [BANK_LOCK]);
    try {
      await provide();
    } finally {
      await client.end();
    }
  },
});

export { expect };

/** A short random suffix for slugs and tags that must not collide between parallel tests. */
export function uniqueSuffix() {
  return randomBytes(4).toString("hex");
}

export interface NewQuestion {
  slug: string;
  prompt: string;
  whyAsked: string;
  answerNotes: string;
  keyPoints: string[];
  tags: string[];
  difficulty?: "EASY" | "MEDIUM" | "HARD";
  suggestedSeconds?: number;
}

/** Inserts a public bank question straight into the table and returns its id. */
export async function insertQuestion(db: pg.Client, question: NewQuestion) {
  const id = `e2e_${uniqueSuffix()}${uniqueSuffix()}`;
  await db.query(
    `INSERT INTO "Question" (id, slug, prompt, "whyAsked", "answerNotes", "keyPoints", tags, difficulty, "suggestedSeconds", visibility, "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"Difficulty", $9, 'PUBLIC', now())`,
    [
      id,
      question.slug,
      question.prompt,
      question.whyAsked,
      question.answerNotes,
      question.keyPoints,
      question.tags,
      question.difficulty ?? "MEDIUM",
      question.suggestedSeconds ?? 120,
    ],
  );
  return id;
}

export async function deleteQuestion(db: pg.Client, id: string) {
  await db.query(`DELETE FROM "Question" WHERE id = $1`, [id]);
}

/** Client components ignore clicks until React has hydrated them; wait for that first. */
export async function waitForHydration(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber"))))
    .toBe(true);
}

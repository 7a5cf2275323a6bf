import type { Page } from "@playwright/test";
import type pg from "pg";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, test } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";

/** lib/review/clock.ts: with E2E_TEST_HOOKS=1 (playwright.config.ts) this cookie moves "now". */
const TEST_NOW_COOKIE = "rehearse-test-now";
const DAY_MS = 24 * 60 * 60 * 1000;

const question = (slug: string) => awsLambdaQuestions.find((q) => q.slug === slug)!;
const COLD = question("lambda-cold-and-warm-starts");
const SYNC = question("lambda-sync-vs-async-invocation");
const DRAWBACKS = question("lambda-drawbacks");
const QUESTIONS = [COLD, SYNC, DRAWBACKS];

/** A finished, ungraded interview of the three questions, answered minutes ago; the second timed out. */
async function insertFinishedInterview(db: pg.Client, userId: string) {
  const id = `e2e${uniqueSuffix()}${uniqueSuffix()}`;
  await db.query(
    `INSERT INTO "Interview" (id, "userId", status, "currentPosition", "startedAt", "answeringEndedAt", "updatedAt")
     VALUES ($1, $2, 'COMPLETED', 3, now() - interval '10 minutes', now(), now())`,
    [id, userId],
  );
  for (const [position, q] of QUESTIONS.entries()) {
    await db.query(
      `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", answer,
         "answerRevision", "startedAt", "deadlineAt", "submittedAt", "timedOut", "updatedAt")
       SELECT $1 || 'a' || $4::int, $1, $2, q.id, $4::int, 120, 'An answer', 1,
         now() - interval '10 minutes' + make_interval(mins => $4::int * 2),
         now() - interval '8 minutes' + make_interval(mins => $4::int * 2),
         now() - interval '9 minutes' + make_interval(mins => $4::int * 2), $5, now()
       FROM "Question" q WHERE q.slug = $3`,
      [id, userId, q.slug, position, position === 1],
    );
  }
  return id;
}

/** Review states as if the questions had been reviewed days ago and fell due yesterday. */
async function insertDueStates(db: pg.Client, userId: string) {
  await db.query(
    `INSERT INTO "ReviewState" ("userId", "questionId", due, stability, difficulty, reps, phase, "lastReviewAt", "updatedAt")
     SELECT $1, q.id, now() - interval '1 day', 3, 5, 1, 'REVIEW', now() - interval '4 days', now()
     FROM "Question" q WHERE q.slug = ANY($2)`,
    [userId, QUESTIONS.map((q) => q.slug)],
  );
}

const dueCard = (page: Page) => page.getByRole("region", { name: "Due for review" });
const dateCard = (page: Page) => page.getByRole("region", { name: "Your interview date" });

/** Grades each question through the review screen with the grade's key (1–4), then lands on the summary. */
async function gradeThroughReview(page: Page, interviewId: string, keys: string[]) {
  await page.goto(`/interviews/${interviewId}/review`);
  for (const [i, key] of keys.entries()) {
    await expect(page.getByText(`Graded ${i} of ${keys.length}`)).toBeVisible();
    const reveal = page.getByRole("button", { name: "Reveal model answer" });
    await waitForHydration(reveal);
    await reveal.click();
    await page.keyboard.press(key);
    await expect(page.getByRole("radio", { name: new RegExp(`^${key} `) })).toBeChecked();
    await page.getByRole("button", { name: "Save and next" }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/interviews/${interviewId}/summary$`));
}

/** YYYY-MM-DD (UTC) `days` from now, as the date input takes it. */
const dateInput = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const longDate = (days: number) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.now() + days * DAY_MS));

test("graded questions leave the due queue, come back three days later and can be practised", async ({
  signedInPage: page,
  newUser,
  usersDb,
  baseURL,
  expectNoA11yViolations,
}) => {
  await insertDueStates(usersDb, newUser.id);
  const interviewId = await insertFinishedInterview(usersDb, newUser.id);

  await page.goto("/practice");
  const due = dueCard(page);
  await expect(due).toContainText("3 questions due today");
  for (const q of QUESTIONS) await expect(due.getByRole("link", { name: q.prompt })).toBeVisible();
  await waitForHydration(due.getByRole("button", { name: "Practise due questions" }));
  await expectNoA11yViolations();

  // Solid (back in 3 days); Partial, but it timed out, so missed (1 day); Nailed it (8 days).
  await gradeThroughReview(page, interviewId, ["3", "2", "4"]);
  await page.goto("/practice");
  await expect(due).toContainText("Nothing is due today.");
  await expect(due.getByRole("link")).toHaveCount(0);

  // Three days on (the test clock), the missed one and the solid one are due again, most overdue first.
  await page
    .context()
    .addCookies([
      { name: TEST_NOW_COOKIE, value: new Date(Date.now() + 3 * DAY_MS).toISOString(), url: baseURL! },
    ]);
  await page.goto("/practice");
  await expect(due).toContainText("2 questions due today");
  await expect(due.getByRole("listitem").getByRole("link")).toHaveText([SYNC.prompt, COLD.prompt]);

  const practise = due.getByRole("button", { name: "Practise due questions" });
  await waitForHydration(practise);
  await expect(due.getByLabel("How many questions")).toHaveValue("10");
  await due.getByLabel("How many questions").fill("2"); // only the due ones, no unseen top-up
  await practise.click();
  await expect(page).toHaveURL(/\/interviews\/[a-z0-9]+$/);
  const started = new URL(page.url()).pathname.split("/").pop()!;
  const { rows } = await usersDb.query<{ slug: string }>(
    `SELECT q.slug FROM "Attempt" a JOIN "Question" q ON q.id = a."questionId"
     WHERE a."interviewId" = $1 AND a."userId" = $2 ORDER BY a.position`,
    [started, newUser.id],
  );
  expect(rows.map((row) => row.slug)).toEqual([SYNC.slug, COLD.slug]);
});

test("the interview date is set with its tags, a bad date is explained under the field, then cleared", async ({
  signedInPage: page,
  expectNoA11yViolations,
}) => {
  await page.goto("/practice");
  const card = dateCard(page);
  const save = card.getByRole("button", { name: "Save interview date" });
  await waitForHydration(save);
  const date = card.getByLabel("Interview date");
  const layers = card.getByRole("checkbox", { name: "Interview tag layers" });

  await date.fill(dateInput(-1));
  await save.click();
  await expect(card.getByRole("alert")).toHaveText("Check the highlighted fields.");
  await expect(date).toHaveAccessibleDescription(/Choose today or a later date\./);
  await expect(date).toHaveValue(dateInput(-1));
  await date.fill(dateInput(800));
  await save.click();
  await expect(date).toHaveAccessibleDescription(/Choose a date within 2 years from today\./);

  // Three questions tagged layers over the 30 days left: one review a day.
  await date.fill(dateInput(30));
  await layers.check();
  await save.click();
  await expect(card.getByRole("status")).toHaveText(`Saved: your interview is on ${longDate(30)}.`);
  await expect(card).toContainText(`1 review per day until ${longDate(30)}`);
  await expect(card).toContainText("0 of 3 questions in layers reviewed at least once");
  await expect(layers).toBeChecked();
  await expectNoA11yViolations();

  await page.reload();
  await expect(date).toHaveValue(dateInput(30));
  await expect(layers).toBeChecked();
  const clear = card.getByRole("button", { name: "Clear interview date" });
  await waitForHydration(clear);
  await clear.click();
  await expect(card.getByRole("status")).toHaveText("Interview date cleared.");
  await expect(date).toHaveValue("");
  await expect(layers).not.toBeChecked();
  await expect(card).not.toContainText("per day until");
  await expect(clear).toHaveCount(0);
  await expectNoA11yViolations();
});

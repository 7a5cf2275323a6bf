import type { Page } from "@playwright/test";
import type pg from "pg";
import { expect, test } from "./auth-fixtures";
import { waitForHydration } from "./fixtures";

const RUNNER_URL = /\/interviews\/([a-z0-9]+)$/;

interface StartOptions {
  count?: number;
  tag?: string;
  mode?: "STRICT" | "PRACTICE";
  gradeEachQuestion?: boolean;
}

/** Starts an interview through the Practice form, as a candidate would; returns its id. */
async function startFromForm(
  page: Page,
  { count = 3, tag = "layers", mode = "STRICT", gradeEachQuestion = false }: StartOptions = {},
) {
  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  const start = page.getByRole("button", { name: "Start interview" });
  await waitForHydration(start);
  await page.getByRole("checkbox", { name: new RegExp(`^${tag}\\b`) }).check();
  await page.getByLabel("Number of questions").fill(String(count));
  await page.getByRole("radio", { name: "Fixed (the bank's order)" }).check();
  if (mode === "PRACTICE") await page.getByRole("radio", { name: "Practice — may pause" }).check();
  if (gradeEachQuestion) await page.getByRole("checkbox", { name: "Grade after each question" }).check();
  await start.click();
  await expect(page).toHaveURL(RUNNER_URL);
  return RUNNER_URL.exec(page.url())![1]!;
}

async function prompts(db: pg.Client, interviewId: string) {
  const { rows } = await db.query<{ prompt: string }>(
    `SELECT q.prompt FROM "Attempt" a JOIN "Question" q ON q.id = a."questionId"
     WHERE a."interviewId" = $1 ORDER BY a.position`,
    [interviewId],
  );
  return rows.map((row) => row.prompt);
}

/** Every question gets `seconds`; the current (first) one's deadline is `seconds` from now. */
async function shortenTo(db: pg.Client, interviewId: string, seconds: number) {
  await db.query(`UPDATE "Attempt" SET "allowedSeconds" = $2 WHERE "interviewId" = $1`, [
    interviewId,
    seconds,
  ]);
  await db.query(
    `UPDATE "Attempt" SET "deadlineAt" = now() + make_interval(secs => $2) WHERE "interviewId" = $1 AND position = 0`,
    [interviewId, seconds],
  );
}

const announcer = (page: Page) => page.getByRole("main").locator('[aria-live="polite"]');
const timeLeft = (page: Page) => page.getByRole("progressbar", { name: "Time left" });
const answerBox = (page: Page) => page.getByRole("textbox", { name: "Your answer" });

async function secondsLeft(page: Page) {
  return Number(await timeLeft(page).getAttribute("aria-valuenow"));
}

/** The runner, hydrated (its textarea is controlled: typing before hydration would be lost). */
async function runnerReady(page: Page, position: number, total: number) {
  await expect(page.getByText(`Question ${position} of ${total}`)).toBeVisible();
  await waitForHydration(answerBox(page));
}

test("the Practice form starts an interview; the runner shows the question and the clock", async ({
  signedInPage: page,
  expectNoA11yViolations,
  usersDb,
}) => {
  await page.goto("/practice");
  await waitForHydration(page.getByRole("button", { name: "Start interview" }));
  await expectNoA11yViolations();

  // A refused start keeps what was chosen and says why, under the field.
  await page.getByRole("checkbox", { name: /^layers\b/ }).check();
  await page.getByLabel("Number of questions").fill("40");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  await expect(page.getByLabel("Number of questions")).toHaveAccessibleDescription(/at most 30 questions/);
  await expect(page.getByLabel("Number of questions")).toHaveValue("40");
  await expect(page.getByRole("checkbox", { name: /^layers\b/ })).toBeChecked();

  const id = await startFromForm(page, { count: 3 });
  const [first] = await prompts(usersDb, id);
  await runnerReady(page, 1, 3);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!);
  await expect(timeLeft(page)).toBeVisible();
  await expect(page.getByText(/^\d\d:\d\d$/)).toBeVisible();
  expect(await secondsLeft(page)).toBeGreaterThan(60);
  // Strict mode: the clock can't be stopped.
  await expect(page.getByRole("button", { name: "Pause" })).toHaveCount(0);
  await expectNoA11yViolations();
});

test("answers are saved, survive a reload, time out on the server's clock and move on", async ({
  signedInPage: page,
  usersDb,
}) => {
  test.setTimeout(60_000);
  const id = await startFromForm(page, { count: 3 });
  await shortenTo(usersDb, id, 12);
  const questions = await prompts(usersDb, id);
  await page.reload();
  await runnerReady(page, 1, 3);
  expect(await secondsLeft(page)).toBeLessThanOrEqual(12);
  // Screen readers hear the clock only at one minute and ten seconds left, not every tick.
  await expect(announcer(page)).toHaveText("10 seconds left");

  // Q1: answered and submitted with Ctrl+Enter; focus follows to the next question.
  await answerBox(page).fill("Layers share code between functions.");
  await answerBox(page).press("Control+Enter");
  await expect(page.getByText("Question 2 of 3")).toBeVisible();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(questions[1]!);
  await expect(heading).toBeFocused();
  await expect(answerBox(page)).toHaveValue("");
  const before = await secondsLeft(page);
  await expect(announcer(page)).toHaveText("");

  // Q2: autosaved, then a reload brings back the text and the server's (smaller) time left.
  const draft = "A draft that must not be lost.";
  await answerBox(page).fill(draft);
  await expect(page.getByText(/^Saved at \d\d:\d\d:\d\d$/)).toBeVisible();
  await page.reload();
  await runnerReady(page, 2, 3);
  await expect(answerBox(page)).toHaveValue(draft);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  expect(await secondsLeft(page)).toBeLessThan(before);

  // Q2 runs out without a submit: the runner asks the server and moves on by itself.
  await expect(page.getByText("Question 3 of 3")).toBeVisible({ timeout: 20_000 });
  await expect(heading).toHaveText(questions[2]!);
  await expect(page.getByRole("alert").filter({ hasText: "Time ran out on question 2" })).toBeVisible();
  await expect(answerBox(page)).toHaveValue("");
  const { rows } = await usersDb.query<{ position: number; answer: string; timedOut: boolean }>(
    `SELECT position, answer, "timedOut" FROM "Attempt" WHERE "interviewId" = $1 ORDER BY position`,
    [id],
  );
  expect(rows.slice(0, 2)).toEqual([
    { position: 0, answer: "Layers share code between functions.", timedOut: false },
    { position: 1, answer: draft, timedOut: true },
  ]);

  // Q3, the last: submitting ends answering and opens the review.
  await answerBox(page).fill("Last one.");
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${id}/review$`));
});

test("practice mode pauses: the question is hidden and the server moves the deadline on", async ({
  signedInPage: page,
  expectNoA11yViolations,
  usersDb,
}) => {
  const id = await startFromForm(page, { count: 1, mode: "PRACTICE" });
  const [prompt] = await prompts(usersDb, id);
  await runnerReady(page, 1, 1);
  await answerBox(page).fill("Typed before the pause.");

  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Paused" })).toBeVisible();
  // Scoped to main: Next's route announcer (outside it) still holds the heading read on arrival.
  await expect(page.getByRole("main").getByText(prompt!)).toHaveCount(0);
  await expect(answerBox(page)).toBeDisabled();
  await expect(answerBox(page)).toHaveValue("Typed before the pause.");
  await expectNoA11yViolations();
  const atPause = await secondsLeft(page);
  await page.waitForTimeout(3_000);
  expect(await secondsLeft(page)).toBe(atPause);

  await page.getByRole("button", { name: "Resume" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(prompt!);
  await expect(answerBox(page)).toBeEnabled();
  // Without the server moving the deadline, three seconds would be gone.
  expect(await secondsLeft(page)).toBeGreaterThanOrEqual(atPause - 1);
  const { rows } = await usersDb.query<{ ended: boolean }>(
    `SELECT "endedAt" IS NOT NULL AS ended FROM "InterviewPause" WHERE "interviewId" = $1`,
    [id],
  );
  expect(rows).toEqual([{ ended: true }]);
});

test("a failed save keeps the text and retries until it lands", async ({ signedInPage: page }) => {
  await startFromForm(page, { count: 1 });
  await runnerReady(page, 1, 1);
  await page.route("**/api/interviews/*/answer", (route) => route.abort("internetdisconnected"));
  await answerBox(page).fill("Written while offline.");
  await expect(page.getByText("Not saved — retrying")).toBeVisible();
  await page.unroute("**/api/interviews/*/answer");
  await expect(page.getByText(/^Saved at /)).toBeVisible({ timeout: 10_000 });
  await page.reload();
  await runnerReady(page, 1, 1);
  await expect(answerBox(page)).toHaveValue("Written while offline.");
});

test("another user's interview is not found", async ({ signedInPage: page, createUser, openPage }) => {
  const id = await startFromForm(page, { count: 1 });
  const stranger = await openPage(await createUser());
  const response = await stranger.goto(`/interviews/${id}`);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const api = await stranger.request.get(`/api/interviews/${id}`);
  expect(api.status()).toBe(404);
});

test("with grading after each question, a submit opens the grading of that question", async ({
  signedInPage: page,
}) => {
  const id = await startFromForm(page, { count: 2, gradeEachQuestion: true });
  await runnerReady(page, 1, 2);
  await answerBox(page).fill("Graded straight away.");
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${id}/review\\?position=0$`));
});

test("the ticking countdown moves nothing on the page (no layout shift)", async ({ signedInPage: page }) => {
  await startFromForm(page, { count: 1 });
  await expect(timeLeft(page)).toBeVisible();
  // The header's account area fills in after load; this test is about the countdown alone.
  await expect(page.getByRole("button", { name: /account menu/ })).toBeVisible();
  // Sum every layout shift over a few seconds of ticking, typing included.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: false });
        setTimeout(() => resolve(total), 3500);
      }),
  );
  expect(shift).toBe(0);
});

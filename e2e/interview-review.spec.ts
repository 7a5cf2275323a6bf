import type { Page } from "@playwright/test";
import type pg from "pg";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, test } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";

const question = (slug: string) => awsLambdaQuestions.find((q) => q.slug === slug)!;
const COLD = question("lambda-cold-and-warm-starts");
const SYNC = question("lambda-sync-vs-async-invocation");
const DRAWBACKS = question("lambda-drawbacks");

/** The three answers: seconds used of seconds allowed; the second ran out of time. */
const ANSWERS = [
  {
    q: COLD,
    allowed: 210,
    used: 95,
    timedOut: false,
    answer: "INIT runs code outside the handler.\n\n  Warm starts skip it.",
  },
  { q: SYNC, allowed: 180, used: 180, timedOut: true, answer: "Sync waits for the result; async queues" },
  { q: DRAWBACKS, allowed: 180, used: 130, timedOut: false, answer: "15-minute limit, harder debugging" },
];

/** A finished, ungraded interview of three questions, made directly in the database. */
async function insertFinishedInterview(db: pg.Client, userId: string) {
  const id = `e2e${uniqueSuffix()}${uniqueSuffix()}`;
  await db.query(
    `INSERT INTO "Interview" (id, "userId", status, "currentPosition", "startedAt", "answeringEndedAt", "updatedAt")
     VALUES ($1, $2, 'COMPLETED', $3, now() - interval '10 minutes', now(), now())`,
    [id, userId, ANSWERS.length],
  );
  let offset = 0;
  for (const [position, a] of ANSWERS.entries()) {
    await db.query(
      `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", answer,
         "answerRevision", "startedAt", "deadlineAt", "submittedAt", "timedOut", "updatedAt")
       SELECT $1 || 'a' || $4::int, $1, $2, q.id, $4::int, $5::int, $6, 1,
         b.base + make_interval(secs => $7::int), b.base + make_interval(secs => $7::int + $5::int),
         b.base + make_interval(secs => $7::int + $8::int), $9, now()
       FROM "Question" q, (SELECT now() - interval '10 minutes' AS base) b
       WHERE q.slug = $3`,
      [id, userId, a.q.slug, position, a.allowed, a.answer, offset, a.used, a.timedOut],
    );
    offset += a.used;
  }
  return id;
}

/** Presses Tab until a key point checkbox has focus (the notes may hold focusable code first). */
async function tabToKeyPoint(page: Page) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const type = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    if (type === "checkbox") return;
  }
  throw new Error("Tab never reached a key point");
}

const keyPoint = (page: Page, text: string) =>
  page.getByRole("checkbox", { name: `I covered this: ${text}` });
const promptHeading = (page: Page, prompt: string) => page.getByRole("heading", { level: 2, name: prompt });

test("a finished interview is graded with the keyboard, then summarised, listed and shown on the question", async ({
  signedInPage: page,
  newUser,
  usersDb,
  expectNoA11yViolations,
}) => {
  const id = await insertFinishedInterview(usersDb, newUser.id);

  await page.goto(`/interviews/${id}/review`);
  await expect(page.getByRole("heading", { level: 1, name: "Review your answers" })).toBeVisible();
  await expect(page.getByText("Graded 0 of 3")).toBeVisible();
  await expect(promptHeading(page, COLD.prompt)).toBeVisible();
  // The answer keeps its line breaks and indentation.
  await expect(page.getByText("INIT runs code outside the handler.")).toHaveCSS("white-space", "pre-wrap");
  await waitForHydration(page.getByRole("button", { name: "Reveal model answer" }));

  // 1: Space reveals; one key point of five suggests Partial; 3 picks Solid; Enter saves.
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Why interviewers ask this" })).toBeVisible();
  await expect(page.getByText("Suggested: Missed it")).toBeVisible();
  await expectNoA11yViolations();
  await tabToKeyPoint(page);
  await expect(keyPoint(page, COLD.keyPoints[0]!)).toBeFocused();
  await page.keyboard.press("Space");
  await expect(keyPoint(page, COLD.keyPoints[0]!)).toBeChecked();
  await expect(page.getByText("Suggested: Partial")).toBeVisible();
  await expect(page.getByRole("radio", { name: "2 Partial" })).toBeChecked();
  await page.keyboard.press("3");
  await expect(page.getByRole("radio", { name: "3 Solid" })).toBeChecked();
  await page.keyboard.press("Enter");

  // 2 (timed out): three of five points is Solid, one step lower for the timeout.
  await expect(page.getByText("Graded 1 of 3")).toBeVisible();
  await expect(promptHeading(page, SYNC.prompt)).toBeFocused();
  await expect(page.getByText("Timed out", { exact: true })).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByText("Suggested: Missed it")).toBeVisible();
  await tabToKeyPoint(page);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
  }
  await expect(page.getByText("Suggested: Partial")).toBeVisible();
  await page.keyboard.press("2");
  await expect(page.getByRole("radio", { name: "2 Partial" })).toBeChecked();
  await page.keyboard.press("Enter");

  // 3: the last one leads to the summary.
  await expect(page.getByText("Graded 2 of 3")).toBeVisible();
  await expect(promptHeading(page, DRAWBACKS.prompt)).toBeFocused();
  await page.keyboard.press("Space");
  await tabToKeyPoint(page);
  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await expect(page.getByRole("radio", { name: "4 Nailed it" })).toBeChecked();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/interviews/${id}/summary$`));
  await expect(page.getByRole("heading", { level: 1, name: "Interview summary" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Questions in this interview" }).getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: COLD.prompt })).toContainText("3 Solid");
  await expect(rows.filter({ hasText: COLD.prompt })).toContainText("1:35");
  await expect(rows.filter({ hasText: COLD.prompt })).toContainText("3:30");
  await expect(rows.filter({ hasText: SYNC.prompt })).toContainText("2 Partial");
  await expect(rows.filter({ hasText: SYNC.prompt })).toContainText("Timed out");
  await expect(rows.filter({ hasText: DRAWBACKS.prompt })).toContainText("4 Nailed it");
  await expect(page.getByRole("link", { name: COLD.prompt })).toHaveAttribute(
    "href",
    `/questions/${COLD.slug}`,
  );
  const totals = page.getByRole("region", { name: "Totals" });
  await expect(totals).toContainText("3.0 of 4 (Solid)");
  await expect(totals).toContainText("3 of 3 graded");
  await expect(totals.getByRole("definition").filter({ hasText: /^1$/ })).toBeVisible();
  await expect(totals).toContainText("6:45");
  await expect(totals).toContainText("of 9:30 allowed");
  await expect(page.getByText("Completed", { exact: true })).toBeVisible();
  await expectNoA11yViolations();

  const { rows: stored } = await usersDb.query<{ grade: number; keyPointsCovered: number[] }>(
    `SELECT grade, "keyPointsCovered" FROM "Attempt" WHERE "interviewId" = $1 ORDER BY position`,
    [id],
  );
  expect(stored).toEqual([
    { grade: 3, keyPointsCovered: [0] },
    { grade: 2, keyPointsCovered: [0, 1, 2] },
    { grade: 4, keyPointsCovered: [0] },
  ]);

  await page.getByRole("main").getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  const historyRow = page
    .getByRole("table", { name: /Your interviews/ })
    .getByRole("row")
    .nth(1);
  await expect(historyRow).toContainText("3.0 of 4 (Solid)");
  await expect(historyRow).toContainText("Completed");
  await expectNoA11yViolations();
  await historyRow.getByRole("link", { name: /^Summary/ }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${id}/summary$`));

  await page.goto(`/questions/${COLD.slug}`);
  const attempts = page.getByRole("region", { name: "Your attempts" });
  await expect(attempts).toContainText("Solid");
  await attempts.getByText("Your answer").click();
  await expect(attempts.getByText("Warm starts skip it.")).toBeVisible();
  await expect(attempts.getByRole("link", { name: /^Interview summary/ })).toHaveAttribute(
    "href",
    `/interviews/${id}/summary`,
  );
});

test("another user gets 404 for someone else's interview and sees no attempts of theirs", async ({
  newUser,
  createUser,
  usersDb,
  openPage,
}) => {
  const id = await insertFinishedInterview(usersDb, newUser.id);
  const other = await openPage(await createUser());

  for (const path of [`/interviews/${id}/review`, `/interviews/${id}/summary`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await other.goto(`/questions/${COLD.slug}`);
  await expect(
    other.getByRole("region", { name: "Your attempts" }).getByText("You haven't answered this question yet"),
  ).toBeVisible();

  const response = await other.request.put(`/api/interviews/${id}/grade`, {
    data: { position: 0, grade: 3, keyPointsCovered: [], note: "" },
  });
  expect(response.status()).toBe(404);
});

test("signed-out visitors see no attempts section and cannot grade", async ({ page, newUser, usersDb }) => {
  const id = await insertFinishedInterview(usersDb, newUser.id);
  const attemptsAsked: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(`/api/questions/${COLD.slug}/attempts`)) attemptsAsked.push(r.url());
  });
  await page.goto(`/questions/${COLD.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: COLD.prompt })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your attempts" })).toHaveCount(0);
  // The page does not ask for a signed-out visitor's attempts, and the endpoint refuses them.
  expect(attemptsAsked).toEqual([]);
  expect((await page.request.get(`/api/questions/${COLD.slug}/attempts`)).status()).toBe(401);

  const response = await page.request.put(`/api/interviews/${id}/grade`, {
    data: { position: 0, grade: 3, keyPointsCovered: [], note: "" },
  });
  expect(response.status()).toBe(401);
});

test("the grade endpoint refuses a grade outside 1–4 and a key point the question doesn't have", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  const id = await insertFinishedInterview(usersDb, newUser.id);
  const grade = (data: object) => page.request.put(`/api/interviews/${id}/grade`, { data });

  const seven = await grade({ position: 0, grade: 7, keyPointsCovered: [], note: "" });
  expect(seven.status()).toBe(422);
  expect(await seven.json()).toMatchObject({ ok: false, message: "Grade with 1 to 4." });

  const outOfRange = await grade({
    position: 0,
    grade: 3,
    keyPointsCovered: [COLD.keyPoints.length],
    note: "",
  });
  expect(outOfRange.status()).toBe(422);
  expect(await outOfRange.json()).toMatchObject({
    ok: false,
    message: "That key point isn't one of this question's.",
  });

  const { rows } = await usersDb.query(
    `SELECT grade FROM "Attempt" WHERE "interviewId" = $1 AND grade IS NOT NULL`,
    [id],
  );
  expect(rows).toHaveLength(0);

  const ok = await grade({ position: 0, grade: 3, keyPointsCovered: [1, 0, 1], note: "" });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toEqual({ ok: true });
});

test("history starts with a designed empty state and ignores bad filters", async ({
  signedInPage: page,
  expectNoA11yViolations,
}) => {
  const response = await page.goto("/history?status=bogus&page=-3&tag=%3Cscript%3E");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start your first interview" })).toHaveAttribute(
    "href",
    "/practice",
  );
  await expectNoA11yViolations();
});

import type { Page } from "@playwright/test";
import type pg from "pg";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, test } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";

const question = (slug: string) => awsLambdaQuestions.find((q) => q.slug === slug)!;
const SECRETS = question("lambda-environment-variables-and-secrets"); // tags: secrets
const LAYER = question("lambda-delete-layer-version"); // tags: layers
const DRAWBACKS = question("lambda-drawbacks"); // tags: architecture, limits

interface Graded {
  slug: string;
  /** Whole UTC days before today; the answer is graded at 00:30 UTC that day. */
  daysAgo: number;
  grade: number;
  allowed: number;
  used: number;
  timedOut?: boolean;
}

/** Four graded answers on the last three days and five days ago: a streak of three. */
const HISTORY: Graded[] = [
  { slug: SECRETS.slug, daysAgo: 0, grade: 1, allowed: 120, used: 60 },
  { slug: SECRETS.slug, daysAgo: 1, grade: 2, allowed: 120, used: 90 },
  { slug: LAYER.slug, daysAgo: 2, grade: 4, allowed: 120, used: 120 },
  { slug: DRAWBACKS.slug, daysAgo: 5, grade: 3, allowed: 180, used: 180, timedOut: true },
];

/** One finished, graded interview per answer, made directly in the database. */
async function insertHistory(db: pg.Client, userId: string, history = HISTORY) {
  for (const a of history) {
    const id = `e2e${uniqueSuffix()}${uniqueSuffix()}`;
    await db.query(
      `WITH t AS (SELECT date_trunc('day', now() AT TIME ZONE 'UTC') + interval '30 minutes' - make_interval(days => $3::int) AS graded),
            i AS (INSERT INTO "Interview" (id, "userId", status, "currentPosition", "startedAt", "answeringEndedAt", "completedAt", "updatedAt")
                  SELECT $1, $2, 'COMPLETED', 1, t.graded - interval '1 hour', t.graded, t.graded, now() FROM t RETURNING id)
       INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", "startedAt", "deadlineAt",
                              "submittedAt", "timedOut", grade, "gradedAt", "createdAt", "updatedAt")
       SELECT $1 || 'a', i.id, $2, q.id, 0, $5::int, t.graded - make_interval(secs => $6::int + 60),
              t.graded - make_interval(secs => $6::int + 60) + make_interval(secs => $5::int),
              t.graded - interval '1 minute', $7, $4::int, t.graded, t.graded - interval '1 hour', now()
       FROM t, i, "Question" q WHERE q.slug = $8`,
      [id, userId, a.daysAgo, a.grade, a.allowed, a.used, a.timedOut ?? false, a.slug],
    );
  }
}

/** The ISO week (Monday, UTC) a day some days ago falls in, as YYYY-MM-DD. */
function mondayOf(daysAgo: number) {
  const day = new Date();
  day.setUTCHours(0, 0, 0, 0);
  day.setUTCDate(day.getUTCDate() - daysAgo);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function showData(page: Page, sectionName: string, caption: string | RegExp) {
  await section(page, sectionName).getByText("Show data").click();
  return page.getByRole("table", { name: caption });
}

test("the dashboard shows each chart with its data for a user with graded answers", async ({
  signedInPage: page,
  newUser,
  usersDb,
  expectNoA11yViolations,
}) => {
  await insertHistory(usersDb, newUser.id);
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();

  const stat = (term: string) => page.locator("dl > div", { hasText: term });
  await expect(stat("Current streak")).toContainText("3 days");
  await expect(stat("Longest streak")).toContainText("3 days");
  await expect(stat("Graded answers")).toContainText("4In the last 12 months");
  await expect(stat("Average grade")).toContainText("2.5 of 4 (Solid)");

  // The calendar: drawn on the server, summarised for screen readers, one cell per day.
  const calendar = section(page, "Practice calendar");
  await expect(
    calendar.getByRole("img", { name: /^Practice calendar: 4 graded answers on 4 days/ }),
  ).toBeVisible();
  // All four days have the most answers (one each): the top level's path draws them.
  await expect(calendar.locator("path[data-level='4']")).toHaveAttribute("data-days", "4");
  await expect(calendar.locator("path[data-level]")).toHaveCount(1);
  const days = await showData(page, "Practice calendar", /^Graded answers per day/);
  await expect(days.getByRole("row")).toHaveCount(5);
  await expect(days.getByRole("row").nth(1).getByRole("cell")).toHaveText("1");

  // Grade trend: a recharts line with a dot per week that has grades, and 26 weeks in its table.
  // The four answers fall in one week or two, depending on the weekday the test runs on; one week is
  // a lone dot (its curve has no length), so the dots are what is checked.
  const trend = section(page, "Grade trend");
  await expect(trend.locator("svg.recharts-surface")).toBeVisible();
  const gradedWeeks = new Set(HISTORY.map((a) => mondayOf(a.daysAgo))).size;
  const dots = trend.locator(".recharts-line-dots circle");
  await expect(dots).toHaveCount(gradedWeeks);
  for (const dot of await dots.all()) await expect(dot).toBeVisible();
  if (gradedWeeks > 1) await expect(trend.locator(".recharts-line-curve")).toBeVisible();
  const weeks = await showData(page, "Grade trend", "Average grade per week, oldest first");
  await expect(weeks.getByRole("row")).toHaveCount(27);
  const thisWeek = HISTORY.filter((a) => mondayOf(a.daysAgo) === mondayOf(0));
  const mean = thisWeek.reduce((sum, a) => sum + a.grade, 0) / thisWeek.length;
  await expect(weeks.getByRole("row").last().getByRole("cell")).toHaveText([
    `${mean.toFixed(1)} of 4`,
    String(thisWeek.length),
  ]);

  // Strength per tag: horizontal recharts bars, weakest tag first.
  const tags = section(page, "Strength per tag");
  await expect(tags.locator("svg.recharts-surface")).toBeVisible();
  await expect(tags.locator(".recharts-label-list text")).toHaveText(["0%", "100%", "100%", "100%"]);
  const tagTable = await showData(page, "Strength per tag", /^Share of recent answers graded Solid/);
  const tagRows = tagTable.getByRole("row");
  await expect(tagRows).toHaveCount(5);
  await expect(tagTable.getByRole("rowheader")).toHaveText(["secrets", "architecture", "layers", "limits"]);
  await expect(tagRows.nth(1).getByRole("cell")).toHaveText(["0% (0)", "2"]);
  await expect(tagRows.nth(2).getByRole("cell")).toHaveText(["100% (1)", "1"]);

  // Time: answers in time used 1:30 of 2:00 on average; the timeout is counted apart.
  const time = section(page, "Time used against time allowed");
  await expect(time).toContainText("On average you used 1:30 of 2:00 allowed (75%), over 3 answers");
  await expect(time).toContainText("Timed out: 1 of 4 graded answers (25%)");

  // Weakest questions: lowest mean of the last three grades first.
  const weakest = section(page, "Weakest questions").getByRole("table");
  await expect(weakest.getByRole("rowheader")).toHaveText([SECRETS.prompt, DRAWBACKS.prompt, LAYER.prompt]);
  await expect(weakest.getByRole("row").nth(1)).toContainText("1.5 of 4");
  await expect(weakest.getByRole("row").nth(1).getByRole("listitem")).toHaveText(["Partial", "Missed it"]);

  await expectNoA11yViolations();
});

test("the dashboard passes the accessibility checks in dark mode with every table open", async ({
  signedInPage: page,
  newUser,
  usersDb,
  expectNoA11yViolations,
}) => {
  await insertHistory(usersDb, newUser.id);
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.goto("/progress");
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.locator("svg.recharts-surface")).toHaveCount(2);
  for (const summary of await page.getByText("Show data").all()) await summary.click();
  await expect(page.getByRole("table")).toHaveCount(5);
  await expectNoA11yViolations();
});

test("Practise these starts a strict interview of exactly the weakest questions", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  await insertHistory(usersDb, newUser.id);
  await page.goto("/progress");
  const button = page.getByRole("button", { name: "Practise these" });
  await waitForHydration(button);
  await button.click();
  await expect(page).toHaveURL(/\/interviews\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SECRETS.prompt);

  const id = new URL(page.url()).pathname.split("/").at(-1);
  const { rows } = await usersDb.query<{ slug: string; mode: string }>(
    `SELECT q.slug, i.mode FROM "Attempt" a JOIN "Interview" i ON i.id = a."interviewId"
     JOIN "Question" q ON q.id = a."questionId" WHERE i.id = $1 AND i."userId" = $2 ORDER BY a.position`,
    [id, newUser.id],
  );
  expect(rows).toEqual([SECRETS, DRAWBACKS, LAYER].map((q) => ({ slug: q.slug, mode: "STRICT" })));
});

test("a new user sees a friendly empty state, in light and dark mode", async ({
  signedInPage: page,
  expectNoA11yViolations,
}) => {
  await page.goto("/progress");
  await expect(
    page.getByRole("heading", { name: "Grade your first interview to see progress here" }),
  ).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Start an interview" })).toHaveAttribute(
    "href",
    "/practice",
  );
  await expect(page.getByRole("main").locator("svg")).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("NaN");
  await expectNoA11yViolations();

  await page.evaluate(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectNoA11yViolations();
});

test("with an interview date set, the dashboard shows the review plan's pace", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  await insertHistory(usersDb, newUser.id);
  const { rows } = await usersDb.query<{ at: Date }>(
    `UPDATE "User" SET "targetInterviewAt" = date_trunc('day', now() AT TIME ZONE 'UTC') + interval '10 days 9 hours',
       "targetTags" = ARRAY['layers'] WHERE id = $1 RETURNING "targetInterviewAt" AS at`,
    [newUser.id],
  );
  const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(rows[0]!.at);
  await page.goto("/progress");
  await expect(page.getByText(/^Your interview on/)).toHaveText(
    new RegExp(`^Your interview on ${day}: \\d+ reviews? per day$`),
  );
});

test("the header links to Progress, and signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/questions");
  await expect(
    page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }),
  ).toHaveAttribute("href", "/progress");
  await page.goto("/progress");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprogress$/);
});

test("the question page shows the next review date and the grade history", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  await insertHistory(usersDb, newUser.id);
  await usersDb.query(
    `INSERT INTO "ReviewState" ("userId", "questionId", due, stability, difficulty, "updatedAt")
     SELECT $1, id, '2030-01-15T12:00:00', 2.5, 5, now() FROM "Question" WHERE slug = $2`,
    [newUser.id, SECRETS.slug],
  );
  await page.goto(`/questions/${SECRETS.slug}`);
  const attempts = page.getByRole("region", { name: "Your attempts" });
  await expect(attempts.locator("p", { hasText: "Next review:" })).toContainText("2030");
  await expect(attempts.locator("time[datetime='2030-01-15T12:00:00.000Z']")).toBeVisible();
  await expect(
    attempts.getByRole("list", { name: "Grade history, oldest first" }).getByRole("listitem"),
  ).toHaveText(["Partial", "Missed it"]);

  // Without a review state there is no date to show.
  await page.goto(`/questions/${LAYER.slug}`);
  await expect(
    page.getByRole("region", { name: "Your attempts" }).getByRole("list", { name: /Grade history/ }),
  ).toHaveText("Nailed it");
  await expect(page.locator("p", { hasText: "Next review:" })).toHaveCount(0);
});

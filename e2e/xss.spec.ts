// Stored XSS in a real browser: payloads go in through every field users write and are read back
// on every page that shows them. A payload that ran would set window.__xss, open a dialog or trip
// the Content-Security-Policy; page-guard.ts fails the test on any of those.
import type { Page } from "@playwright/test";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, test, userMenuButton } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";
import { guardPage } from "./page-guard";
import {
  insertHostileWorld,
  insertPayloadAttempts,
  insertPayloadQuestions,
  insertPublicHostileQuestion,
} from "./xss-data";
import { ALL_PAYLOADS_MARKDOWN, SHORT_LINE, SHORT_PAYLOADS, XSS_PAYLOADS } from "./xss-payloads";

const NAME = '"><img src=x onerror=window.__xss=1><svg onload=alert(2)>';
const TITLE = "<script>window.__xss=3</script>{{constructor.constructor('alert(4)')()}}";

/** As many payloads as fit under `max` characters, one paragraph each. */
const fitting = (max: number) =>
  XSS_PAYLOADS.reduce((text, p) => (text.length + p.length + 2 <= max ? `${text}${p}\n\n` : text), "");

async function visit(page: Page, guard: Awaited<ReturnType<typeof guardPage>>, path: string, text: string) {
  await page.goto(path);
  await expect(page.getByRole("main").getByText(text, { exact: false }).first()).toBeVisible();
  await guard.expectClean(path);
}

test("each payload alone, in every field of a question, stays inert where its author reads it", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  test.setTimeout(90_000);
  const tag = `e2e-xss-${uniqueSuffix()}`;
  const slugs = await insertPayloadQuestions(usersDb, tag, newUser.id);
  try {
    const guard = await guardPage(page);
    for (const slug of slugs) {
      await page.goto(`/my-questions/${slug}`);
      await expect(page.getByRole("region", { name: "Model answer notes" })).toBeVisible();
      await guard.expectClean(slug);
    }
    await visit(page, guard, "/my-questions", XSS_PAYLOADS[0]!);
  } finally {
    await usersDb.query(`DELETE FROM "Question" WHERE $1 = ANY(tags)`, [tag]);
  }
});

test("every payload stays inert on the public question page, the bank list and its search", async ({
  page,
  db,
}) => {
  const tag = `e2e-xss-${uniqueSuffix()}`;
  const slug = await insertPublicHostileQuestion(db, tag);
  try {
    const guard = await guardPage(page);
    const first = SHORT_PAYLOADS[0]!;
    await visit(page, guard, `/questions/${slug}`, first);
    await visit(page, guard, `/questions?tags=${tag}`, first);
    await visit(page, guard, `/questions?q=${encodeURIComponent(first)}`, "Question bank");
  } finally {
    await db.query(`DELETE FROM "Question" WHERE $1 = ANY(tags)`, [tag]);
  }
});

test("payload answers and grade notes stay inert in Your attempts on the question page, shown as text", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  // A seeded public question: the attempts are this user's own, so the bank stays as it is.
  const slug = awsLambdaQuestions.find((q) => q.slug === "lambda-sync-vs-async-invocation")!.slug;
  // Each answer also has a payload grade note, shown under it.
  const { answers, note } = await insertPayloadAttempts(usersDb, newUser.id, slug);
  const guard = await guardPage(page);
  await page.goto(`/questions/${slug}`);
  const panel = page.getByRole("region", { name: "Your attempts" });
  await expect(
    panel.getByRole("list", { name: "Grade history, oldest first" }).getByRole("listitem"),
  ).toHaveText(answers.map(() => "Partial"));
  const shown = panel.locator("details");
  await expect(shown).toHaveCount(answers.length);
  await guard.expectClean("your attempts");
  // Opening each answer (a <details>, whose toggle a payload might listen for) shows it verbatim, as text.
  for (const details of await shown.all()) await details.getByText("Your answer and grading note").click();
  const texts = panel.locator("details > p");
  await expect(texts).toHaveCount(answers.length);
  expect((await texts.allTextContents()).sort()).toEqual([...answers].sort());
  const notes = panel.locator("details > div > p:last-child");
  await expect(notes).toHaveCount(answers.length);
  expect(await notes.allTextContents()).toEqual(answers.map(() => note));
  await expect(panel.locator("details p *")).toHaveCount(0);
  await expect(panel.getByText(SHORT_PAYLOADS[1]!, { exact: true })).toBeVisible();
  await guard.expectClean("your attempts, answers open");
});

test("every payload in everything a user writes stays inert on every page that shows it", async ({
  signedInPage: owner,
  newUser,
  createUser,
  openPage,
  usersDb: db,
}) => {
  test.setTimeout(120_000);
  const tag = `e2e-xss-${uniqueSuffix()}`;
  await db.query(`UPDATE "User" SET name = $2 WHERE id = $1`, [newUser.id, SHORT_LINE]);
  const candidate = await createUser({ name: SHORT_LINE });
  const world = await insertHostileWorld(db, { ownerId: newUser.id, candidateId: candidate.id, tag });
  try {
    const guard = await guardPage(owner);
    const first = SHORT_PAYLOADS[0]!;
    await visit(owner, guard, "/my-questions", first);
    await visit(owner, guard, `/my-questions/${world.questionSlug}`, first);
    await visit(owner, guard, `/questions/${world.questionSlug}/edit`, "Preview");
    await visit(owner, guard, "/sets", first);
    await visit(owner, guard, `/sets/${world.setId}`, first);
    await visit(owner, guard, `/sets/${world.setId}/results`, XSS_PAYLOADS[0]!);
    await visit(owner, guard, "/sets/browse", first);
    await visit(owner, guard, `/sets/browse/${world.setId}`, first);
    await visit(owner, guard, `/s/${world.shareToken}`, first);
    await visit(owner, guard, "/account", "Account");
    await userMenuButton(owner, SHORT_LINE).click();
    await guard.expectClean("user menu");

    const page = await openPage(candidate);
    const seen = await guardPage(page);
    await visit(page, seen, `/interviews/${world.liveInterviewId}`, first);
    await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue(ALL_PAYLOADS_MARKDOWN);
    await visit(page, seen, `/interviews/${world.doneInterviewId}/review`, first);
    await visit(page, seen, `/interviews/${world.doneInterviewId}/summary`, first);
    await visit(page, seen, "/history", "History");
    await visit(page, seen, "/progress", "Progress");
    await visit(page, seen, "/practice", "Practice");
  } finally {
    await db.query(`DELETE FROM "Question" WHERE $1 = ANY(tags)`, [tag]);
  }
});

test("payloads typed into the question editor, with its live preview, stay inert", async ({
  signedInPage: page,
  db,
}) => {
  test.setTimeout(60_000);
  const tag = `e2e-xss-${uniqueSuffix()}`;
  try {
    const guard = await guardPage(page);
    await page.goto("/questions/new");
    await waitForHydration(page.getByRole("button", { name: "Add key point" }));
    await page.getByRole("textbox", { name: "Question" }).fill(SHORT_LINE);
    await page.getByRole("textbox", { name: "Why it's asked" }).fill(fitting(1_500));
    await page.getByRole("textbox", { name: "Answer notes" }).fill(ALL_PAYLOADS_MARKDOWN);
    await page.getByRole("textbox", { name: "Key point 1" }).fill(SHORT_PAYLOADS[1]!);
    await page.getByRole("button", { name: "Add key point" }).click();
    await page.getByRole("textbox", { name: "Key point 2" }).fill(SHORT_PAYLOADS[2]!);
    for (const value of [tag, SHORT_PAYLOADS[0]!]) {
      await page.getByRole("combobox", { name: "Tag to add" }).fill(value);
      await page.getByRole("combobox", { name: "Tag to add" }).press("Enter");
    }
    await expect(page.getByRole("region", { name: "Preview" })).toContainText("window.__xss=42");
    await guard.expectClean("editor preview");
    await page.getByRole("radio", { name: /^Public/ }).check();
    await page.getByRole("button", { name: "Create question" }).click();
    await expect(page).toHaveURL(/\/questions\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SHORT_LINE);
    await guard.expectClean("new question");
    await visit(page, guard, `/questions?tags=${tag}`, SHORT_PAYLOADS[0]!);
  } finally {
    await db.query(`DELETE FROM "Question" WHERE $1 = ANY(tags)`, [tag]);
  }
});

test("payloads typed as a name, a set, a question written in place, an answer and a grade note stay inert", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  test.setTimeout(90_000);
  const guard = await guardPage(page);
  try {
    await page.goto("/account");
    await waitForHydration(page.getByRole("button", { name: "Save name" }));
    await page.getByRole("textbox", { name: "Name" }).fill(NAME);
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(userMenuButton(page, NAME)).toBeVisible();
    await userMenuButton(page, NAME).click();
    await guard.expectClean("account");

    await page.goto("/sets");
    await waitForHydration(page.getByRole("button", { name: "Create set" }));
    await page.getByLabel("Title").fill(TITLE);
    await page.getByLabel("Description").fill(fitting(1_500));
    await page.getByRole("button", { name: "Create set" }).click();
    await expect(page).toHaveURL(/\/sets\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await page.getByLabel("Question", { exact: true }).fill(SHORT_LINE);
    await page.getByLabel("Answer notes").fill(ALL_PAYLOADS_MARKDOWN);
    await page.getByLabel("Key points").fill(SHORT_PAYLOADS.join("\n"));
    await page.getByRole("button", { name: "Write and add" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Question written and added" })).toBeVisible();
    await guard.expectClean("set editor");
    await visit(page, guard, "/sets", TITLE);

    await page.goto("/practice");
    const start = page.getByRole("button", { name: "Start from set" });
    await waitForHydration(start);
    await start.click();
    await expect(page).toHaveURL(/\/interviews\/[a-z0-9]+$/);
    const answer = page.getByRole("textbox", { name: "Your answer" });
    await waitForHydration(answer);
    await answer.fill(fitting(5_000));
    await expect(page.getByText(/Saved/).first()).toBeVisible({ timeout: 15_000 });
    await page.reload();
    await expect(answer).toHaveValue(fitting(5_000), { timeout: 10_000 });
    await guard.expectClean("runner");
    await answer.press("Control+Enter");
    await expect(page).toHaveURL(/\/review$/);
    const reveal = page.getByRole("button", { name: "Reveal model answer" });
    await waitForHydration(reveal);
    await reveal.click();
    await page.keyboard.press("2"); // keys 1–4 pick a grade, as on the review page
    await expect(page.getByRole("radio", { name: "2 Partial" })).toBeChecked();
    await page.getByRole("textbox", { name: /Note/ }).fill(fitting(1_500));
    await page.getByRole("button", { name: "Save and next" }).click();
    await expect(page).toHaveURL(/\/summary$/);
    await expect(page.getByRole("main")).toContainText(SHORT_LINE);
    await guard.expectClean("summary");
    await visit(page, guard, "/history", "History");
  } finally {
    await usersDb.query(`DELETE FROM "Question" WHERE "authorId" = $1`, [newUser.id]);
  }
});

test("a CSV whose cells are payloads previews and imports inert", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const rows = SHORT_PAYLOADS.map((p, i) =>
    [`Question ${i}: ${p}`, ALL_PAYLOADS_MARKDOWN, `${p}|plain point`, p, "medium", "120"]
      .map(cell)
      .join(","),
  );
  const csv = ["Question,Answer,Key points,Tags,Difficulty,Seconds", ...rows].join("\n");
  const guard = await guardPage(page);
  try {
    await page.goto("/sets/import");
    await page.getByLabel("Set file").setInputFiles({
      name: `${TITLE.replace(/[/\\]/g, "")}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByRole("heading", { name: "Preview: CSV file" })).toBeVisible();
    await guard.expectClean("import preview");
    await page.getByRole("button", { name: /^Import \d+ questions?$/ }).click();
    await page.waitForURL(/\/sets\/(?!import$)[a-z0-9]+$/);
    await expect(page.getByRole("main")).toContainText(`Question 0: ${SHORT_PAYLOADS[0]}`);
    await guard.expectClean("imported set");
    await visit(page, guard, "/my-questions", `Question 1: ${SHORT_PAYLOADS[1]}`);
  } finally {
    await usersDb.query(`DELETE FROM "Question" WHERE "authorId" = $1`, [newUser.id]);
  }
});

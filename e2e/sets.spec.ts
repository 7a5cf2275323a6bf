// The interviewer's flow: build a set, reorder it by keyboard, share it by link; a candidate runs it
// and shares results; another candidate doesn't and stays invisible; the link is revoked.
import type { Page } from "@playwright/test";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, test } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";

const COLD = awsLambdaQuestions.find((q) => q.slug === "lambda-cold-and-warm-starts")!;
const SYNC = awsLambdaQuestions.find((q) => q.slug === "lambda-sync-vs-async-invocation")!;
const WRITTEN = "How would you roll back a bad deploy of a queue consumer?";

const items = (page: Page) => page.getByRole("list", { name: "Questions in this set" }).getByRole("listitem");
const itemPrompt = (page: Page, prompt: string) => items(page).filter({ hasText: prompt });
const answerBox = (page: Page) => page.getByRole("textbox", { name: "Your answer" });

async function addFromBank(page: Page, search: string, prompt: string) {
  await page.getByLabel("Search the question bank").fill(search);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const add = page.getByRole("button", { name: `Add to set: ${prompt}` });
  await waitForHydration(add);
  await add.click();
  await expect(itemPrompt(page, prompt)).toBeVisible();
}

/** Answers every question with Ctrl+Enter, then grades each one Solid on the review page. */
async function runAndGrade(page: Page, total: number, answer: string) {
  for (let n = 1; n <= total; n++) {
    await expect(page.getByText(`Question ${n} of ${total}`)).toBeVisible();
    await waitForHydration(answerBox(page));
    await answerBox(page).fill(`${answer} ${n}`);
    await answerBox(page).press("Control+Enter");
  }
  await expect(page).toHaveURL(/\/interviews\/[a-z0-9]+\/review$/);
  for (let n = 0; n < total; n++) {
    const reveal = page.getByRole("button", { name: "Reveal model answer" });
    await waitForHydration(reveal);
    await reveal.click();
    // Keys 1–4 pick a grade and Enter saves, as on the review page.
    await page.keyboard.press("3");
    await expect(page.getByRole("radio", { name: "3 Solid" })).toBeChecked();
    await page.keyboard.press("Enter");
    if (n < total - 1) await expect(page.getByText(`Graded ${n + 1} of ${total}`)).toBeVisible();
  }
  await expect(page).toHaveURL(/\/summary$/);
}

test("an interviewer builds and shares a set; only candidates who opt in show up in the results", async ({
  signedInPage: page,
  newUser,
  createUser,
  openPage,
  expectNoA11yViolations,
}) => {
  test.setTimeout(120_000);
  const title = `Serverless screen ${uniqueSuffix()}`;

  // A creates a set.
  await page.goto("/sets");
  await expect(page.getByRole("heading", { level: 1, name: "My sets" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import a set" })).toHaveAttribute("href", "/sets/import");
  await expectNoA11yViolations();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Lambda basics for backend candidates.");
  const create = page.getByRole("button", { name: "Create set" });
  await waitForHydration(create);
  await create.click();
  await expect(page).toHaveURL(/\/sets\/[a-z0-9]+$/);
  const setUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Anki export" })).toHaveAttribute(
    "href",
    /export\?format=apkg$/,
  );

  // Two bank questions, and one written in place.
  await addFromBank(page, "cold start", COLD.prompt);
  await addFromBank(page, "synchronous invocation", SYNC.prompt);
  await page.getByLabel("Question", { exact: true }).fill(WRITTEN);
  await page.getByLabel("Answer notes").fill("Pause the consumer, redeploy the last good version, replay.");
  await page.getByLabel("Key points").fill("pause consumption\nredeploy previous version");
  await page.getByRole("button", { name: "Write and add" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Question written and added" })).toBeVisible();
  await expect(items(page)).toHaveCount(3);
  await expectNoA11yViolations();

  // Keyboard reordering: the written question moves to the top; focus follows; the move is announced.
  const moveUp = itemPrompt(page, WRITTEN).getByRole("button", { name: "Move up" });
  await waitForHydration(moveUp);
  await moveUp.focus();
  await page.keyboard.press("Enter");
  await expect(items(page).nth(1)).toContainText(WRITTEN);
  await expect(itemPrompt(page, WRITTEN).getByRole("button", { name: "Move up" })).toBeFocused();
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: "Moved to position 2 of 3" }),
  ).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(items(page).first()).toContainText(WRITTEN);
  // At the top "Move up" no longer works, so focus moves to "Move down".
  await expect(itemPrompt(page, WRITTEN).getByRole("button", { name: "Move down" })).toBeFocused();
  await expect(page.getByText("Saving…")).toHaveCount(0);
  await page.reload();
  await expect(items(page)).toHaveText([new RegExp(WRITTEN.slice(0, 20)), /cold start/, /synchronous/]);

  // Dragging works too: the last question dropped on the first takes its place, and stays there.
  await waitForHydration(itemPrompt(page, WRITTEN).getByRole("button", { name: "Move down" }));
  await items(page).nth(2).dragTo(items(page).first());
  await expect(items(page)).toHaveText([/synchronous/, new RegExp(WRITTEN.slice(0, 20)), /cold start/]);
  await expect(page.getByText("Saving…")).toHaveCount(0);
  await page.reload();
  await expect(items(page)).toHaveText([/synchronous/, new RegExp(WRITTEN.slice(0, 20)), /cold start/]);
  // And back: the first dropped on the last.
  await waitForHydration(itemPrompt(page, WRITTEN).getByRole("button", { name: "Move down" }));
  await items(page).first().dragTo(items(page).nth(2));
  await expect(items(page)).toHaveText([new RegExp(WRITTEN.slice(0, 20)), /cold start/, /synchronous/]);
  await expect(page.getByText("Saving…")).toHaveCount(0);
  await page.reload();
  await expect(items(page)).toHaveText([new RegExp(WRITTEN.slice(0, 20)), /cold start/, /synchronous/]);

  // Share by link.
  await page.getByRole("radio", { name: /Anyone with the link/ }).check();
  await page.getByRole("button", { name: "Save sharing" }).click();
  await expect(page.getByLabel("Share link")).toHaveValue(/\/s\/[A-Za-z0-9_-]{43}$/);
  const link = new URL(await page.getByLabel("Share link").inputValue()).pathname;

  // B opens the link, opts in, runs and grades the interview.
  const candidate = await createUser();
  const b = await openPage(candidate);
  await b.goto(link);
  await expect(b.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(b.getByText(`A question set by ${newUser.name}`)).toBeVisible();
  const share = b.getByRole("checkbox", { name: `Share my results with ${newUser.name}` });
  await expect(share).not.toBeChecked();
  await expectNoA11yViolations(b);
  await waitForHydration(share);
  await share.check();
  await b.getByRole("button", { name: "Start interview" }).click();
  await expect(b.getByRole("heading", { level: 1 })).toHaveText(WRITTEN);
  await runAndGrade(b, 3, "Shared answer");

  // B2 runs it without sharing.
  const quiet = await createUser();
  const b2 = await openPage(quiet);
  await b2.goto(link);
  await waitForHydration(b2.getByRole("button", { name: "Start interview" }));
  await b2.getByRole("button", { name: "Start interview" }).click();
  await runAndGrade(b2, 3, "Private answer");

  // A sees B, and nothing of B2.
  await page.goto(`${setUrl}/results`);
  await expect(page.getByRole("heading", { level: 1, name: `Shared results: ${title}` })).toBeVisible();
  await expect(page.getByText("1 shared interview")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: candidate.name })).toBeVisible();
  await expect(page.getByText("Shared answer 1")).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(quiet.name);
  await expect(page.getByRole("main")).not.toContainText("Private answer");
  const statsRow = page.getByRole("row", { name: new RegExp(WRITTEN.slice(0, 20)) });
  await expect(statsRow).toContainText("3.0 of 4 (Solid)");
  await expectNoA11yViolations();

  // B can't open A's editor or results.
  for (const path of [new URL(setUrl).pathname, `${new URL(setUrl).pathname}/results`])
    expect((await b.goto(path))?.status(), path).toBe(404);

  // A revokes the link; B's copy of it is dead.
  await page.goto(setUrl);
  const revoke = page.getByRole("button", { name: "Revoke link" });
  await waitForHydration(revoke);
  await revoke.click();
  await expect(page.getByRole("status").filter({ hasText: "The link no longer works." })).toBeVisible();
  const response = await b.goto(link);
  expect(response?.status()).toBe(404);
  await expect(b.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
  await expectNoA11yViolations(b);
});

import type { Locator, Page } from "@playwright/test";
import type pg from "pg";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, test as authTest, type TestUser } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";

// Each test tags its questions with a word of its own and deletes them afterwards (authors'
// questions outlive their accounts). Public questions change the bank, so tests hold `db`'s lock.
const test = authTest.extend<{ tag: string }>({
  tag: async ({ db }, provide) => {
    const tag = `e2e-authoring-${uniqueSuffix()}`;
    await provide(tag);
    await db.query(`DELETE FROM "Question" WHERE $1 = ANY(tags)`, [tag]);
  },
});

interface OwnQuestion {
  slug?: string;
  visibility?: "PUBLIC" | "PRIVATE";
  keyPoints?: string[];
  /** Besides the test's own tag. */
  tags?: string[];
}

async function insertOwnQuestion(
  db: pg.Client,
  author: TestUser,
  tag: string,
  prompt: string,
  more: OwnQuestion = {},
) {
  const id = `e2e_${uniqueSuffix()}${uniqueSuffix()}`;
  await db.query(
    `INSERT INTO "Question" (id, slug, prompt, "whyAsked", "answerNotes", "keyPoints", tags, difficulty, "suggestedSeconds", visibility, "authorId", "updatedAt")
     VALUES ($1, $2, $3, '', 'Notes', $4, $5, 'EASY', 60, $6::"QuestionVisibility", $7, now())`,
    [
      id,
      more.slug ?? `${tag}-${uniqueSuffix()}`,
      prompt,
      more.keyPoints ?? ["One"],
      [tag, ...(more.tags ?? [])],
      more.visibility ?? "PUBLIC",
      author.id,
    ],
  );
  return id;
}

async function insertAttempt(db: pg.Client, userId: string, questionId: string) {
  const interviewId = `e2e_${uniqueSuffix()}${uniqueSuffix()}`;
  await db.query(`INSERT INTO "Interview" (id, "userId", "updatedAt") VALUES ($1, $2, now())`, [
    interviewId,
    userId,
  ]);
  await db.query(
    `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", "updatedAt")
     VALUES ($1, $2, $3, $4, 0, 60, now())`,
    [`e2e_${uniqueSuffix()}${uniqueSuffix()}`, interviewId, userId, questionId],
  );
}

async function fillQuestion(page: Page, fields: { prompt: string; notes?: string; tag: string }) {
  await page.getByRole("textbox", { name: "Question" }).fill(fields.prompt);
  await page.getByRole("textbox", { name: "Answer notes" }).fill(fields.notes ?? "Say what matters.");
  await page.getByRole("textbox", { name: "Key point 1" }).fill("The first thing");
  await page.getByRole("combobox", { name: "Tag to add" }).fill(fields.tag);
  await page.getByRole("combobox", { name: "Tag to add" }).press("Enter");
  await expect(page.getByRole("list", { name: "Chosen tags" })).toContainText(fields.tag);
}

test("writing a private question: live preview, keyboard reordering, the author's own page", async ({
  signedInPage: page,
  tag,
  expectNoA11yViolations,
}) => {
  test.slow();
  await page.goto("/questions/new");
  await expect(page.getByRole("heading", { level: 1, name: "New question" })).toBeVisible();
  await waitForHydration(page.getByRole("button", { name: "Add key point" }));
  await expectNoA11yViolations();
  // Markdown is typed in a monospace font; its label and hint read like every other field's.
  const font = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).fontFamily);
  const notesField = page.getByRole("textbox", { name: "Answer notes" });
  const bodyFont = await font(page.locator("body"));
  expect(await font(notesField)).toMatch(/mono/i);
  expect(await font(page.locator("label", { hasText: "Answer notes" }))).toBe(bodyFont);
  expect(await font(page.getByText(/^Markdown: /))).toBe(bodyFont);

  const notes =
    '<script>window.__xss=1</script>\n<img src=x onerror="window.__xss=2">\n\n```ts\nconst answer = 42;\n```';
  await fillQuestion(page, { prompt: `How would you shard <b>${tag}</b>?`, notes, tag });

  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("code.hljs.language-ts .hljs-keyword")).toHaveText("const");
  await expect(preview.locator("script, img, [onerror]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();

  // Add two more key points: focus moves into each new field.
  for (const text of ["The second thing", "The third thing"]) {
    await page.getByRole("button", { name: "Add key point" }).click();
    await expect(page.getByRole("textbox", { name: /^Key point \d$/ }).last()).toBeFocused();
    await page.keyboard.type(text);
  }
  const points = () =>
    page
      .getByRole("textbox", { name: /^Key point \d$/ })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  await page.getByRole("button", { name: "Move up key point 3" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(points).toEqual(["The first thing", "The third thing", "The second thing"]);
  await expect(page.getByRole("button", { name: "Move up key point 2" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(points).toEqual(["The third thing", "The first thing", "The second thing"]);
  // At the top, "Move up" is disabled: focus stays with the point, on its "Move down".
  await expect(page.getByRole("button", { name: "Move down key point 1" })).toBeFocused();

  await page.getByRole("button", { name: "Create question" }).click();
  await expect(page).toHaveURL(/\/my-questions\/how-would-you-shard-b-e2e-authoring-/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`How would you shard <b>${tag}</b>?`);
  await expect(page.getByText("Private", { exact: true })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Key points a strong answer covers" }).getByRole("listitem"),
  ).toHaveText([/The third thing/, /The first thing/, /The second thing/]);
  await expect(page.locator("code.hljs .hljs-keyword").first()).toHaveText("const");
  await expectNoA11yViolations();

  // Private: the cached bank page doesn't have it.
  const bankPage = await page.request.get(page.url().replace("/my-questions/", "/questions/"));
  expect(bankPage.status()).toBe(404);

  await page.goto("/my-questions");
  const mine = page.getByRole("list", { name: "My questions" });
  await expect(mine.getByRole("listitem")).toHaveCount(1);
  await expect(mine).toContainText("Private");
  await expectNoA11yViolations();
});

test("bad input keeps what was typed and says what to fix", async ({ signedInPage: page }) => {
  await page.goto("/questions/new");
  await waitForHydration(page.getByRole("button", { name: "Create question" }));
  await page.getByRole("textbox", { name: "Question" }).fill("Hm");
  await page.getByRole("spinbutton", { name: "Suggested time (minutes)" }).fill("0.1");
  await page.getByRole("button", { name: "Create question" }).click();
  await expect(page.getByRole("alert").first()).toHaveText("Check the highlighted fields.");
  await expect(page.getByRole("textbox", { name: "Question" })).toBeFocused();
  await expect(page.getByRole("textbox", { name: "Question" })).toHaveValue("Hm");
  await expect(page.getByText("Write the answer notes.")).toBeVisible();
  await expect(page.getByText("Add at least one key point.")).toBeVisible();
  await expect(page.getByText("Allow at least 30 seconds.")).toBeVisible();
  await expect(page).toHaveURL(/\/questions\/new$/);
});

test("a public question is in the bank search at once; only its author may edit it", async ({
  signedInPage: page,
  tag,
  createUser,
  openPage,
  expectNoA11yViolations,
}) => {
  test.slow();
  // Visit the search first, so its cached page exists without the question.
  const word = `kw${uniqueSuffix()}`;
  await page.goto(`/questions?q=${word}`);
  await expect(page.getByRole("heading", { name: "No questions match" })).toBeVisible();

  await page.goto("/questions/new");
  await waitForHydration(page.getByRole("button", { name: "Create question" }));
  await fillQuestion(page, { prompt: `When is ${word} the right tool?`, tag });
  await page.getByRole("radio", { name: /^Public/ }).check();
  await page.getByRole("button", { name: "Create question" }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/when-is-${word}-the-right-tool-`));
  const questionUrl = new URL(page.url()).pathname;

  await page.goto(`/questions?q=${word}`);
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("link")).toHaveText([
    `When is ${word} the right tool?`,
  ]);

  // The author edits through the question page; the change shows at once.
  await page.goto(questionUrl);
  await page.getByRole("link", { name: "Edit question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit question" })).toBeVisible();
  await waitForHydration(page.getByRole("button", { name: "Save changes" }));
  await expectNoA11yViolations();
  await page.getByRole("textbox", { name: "Question" }).fill(`When is ${word} the wrong tool?`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(questionUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`When is ${word} the wrong tool?`);

  const stranger = await openPage(await createUser());
  await stranger.goto(questionUrl);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText(`When is ${word} the wrong tool?`);
  const response = await stranger.goto(`${questionUrl}/edit`);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "Question not found" })).toBeVisible();
  // The page asks after load whether this reader may edit; wait for that answer.
  const permission = stranger.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === questionUrl,
  );
  await stranger.goto(questionUrl);
  await permission;
  await expect(stranger.getByRole("link", { name: "Edit question" })).toHaveCount(0);
});

test("deleting is refused while someone else has answered; making it private is offered", async ({
  signedInPage: page,
  newUser,
  createUser,
  db,
  tag,
  expectNoA11yViolations,
}) => {
  test.slow();
  const shared = await insertOwnQuestion(db, newUser, tag, `Answered by others ${tag}`);
  const alone = await insertOwnQuestion(db, newUser, tag, `Answered by me only ${tag}`);
  await insertAttempt(db, (await createUser()).id, shared);
  await insertAttempt(db, newUser.id, alone);

  await page.goto("/my-questions");
  const mine = page.getByRole("list", { name: "My questions" });
  await waitForHydration(mine.getByRole("button", { name: /^Delete/ }).first());
  await expectNoA11yViolations();

  await mine.getByRole("button", { name: `Delete “Answered by others ${tag}”` }).click();
  const refusal = page.getByRole("dialog", { name: "Delete this question?" });
  await expect(refusal.getByRole("alert")).toContainText("deleting it would delete their history");
  await expect(refusal.getByRole("button", { name: "Delete question" })).toHaveCount(0);
  await refusal.getByRole("button", { name: "Make it private instead" }).click();
  await expect(refusal.getByRole("status")).toHaveText("The question is now private: only you can see it.");
  const { rows } = await db.query(`SELECT visibility FROM "Question" WHERE id = $1`, [shared]);
  expect(rows).toEqual([{ visibility: "PRIVATE" }]);
  await refusal.getByRole("button", { name: "Close" }).click();

  await mine.getByRole("button", { name: `Delete “Answered by me only ${tag}”` }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this question?" });
  await expect(confirm).toContainText("with your own 1 answer to it");
  await confirm.getByRole("button", { name: "Delete question" }).click();
  await expect(mine.getByRole("listitem")).toHaveCount(1);
  await expect(mine).toContainText(`Answered by others ${tag}`);
  const left = await db.query(`SELECT id FROM "Question" WHERE id = ANY($1)`, [[shared, alone]]);
  expect(left.rows).toEqual([{ id: shared }]);
});

test("tag suggestions are the bank's tags and the author's own; a removed key point is gone once saved", async ({
  signedInPage: page,
  newUser,
  createUser,
  db,
  tag,
}) => {
  test.slow();
  const slug = `${tag}-points`;
  await insertOwnQuestion(db, newUser, tag, `Which points matter for ${tag}?`, {
    slug,
    visibility: "PRIVATE",
    keyPoints: ["Alpha point", "Beta point", "Gamma point"],
    tags: [`${tag}-mine`],
  });
  await insertOwnQuestion(db, await createUser(), tag, `Someone else's ${tag}`, {
    visibility: "PRIVATE",
    tags: [`${tag}-theirs`],
  });

  await page.goto(`/questions/${slug}/edit`);
  await waitForHydration(page.getByRole("button", { name: "Save changes" }));
  // The tag field suggests through its <datalist>: every tag of the seeded bank, and the author's
  // own private tag, never another user's private one.
  const tagInput = page.getByRole("combobox", { name: "Tag to add" });
  const listId = await tagInput.getAttribute("list");
  expect(listId).toBeTruthy();
  const offered = await page
    .locator(`datalist[id="${listId}"] option`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const seeded = [...new Set(awsLambdaQuestions.flatMap((q) => q.tags))];
  expect(seeded.length).toBeGreaterThan(5);
  expect(offered).toEqual(expect.arrayContaining([...seeded, `${tag}-mine`]));
  expect(offered).not.toContain(`${tag}-theirs`);
  expect(new Set(offered).size).toBe(offered.length);

  // Remove the middle key point by keyboard: focus moves to the point that took its place.
  const points = () =>
    page
      .getByRole("textbox", { name: /^Key point \d$/ })
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect.poll(points).toEqual(["Alpha point", "Beta point", "Gamma point"]);
  await page.getByRole("button", { name: "Remove key point 2" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(points).toEqual(["Alpha point", "Gamma point"]);
  await expect(page.getByRole("textbox", { name: "Key point 2" })).toBeFocused();

  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/my-questions/${slug}$`));
  await expect(
    page.getByRole("region", { name: "Key points a strong answer covers" }).getByRole("listitem"),
  ).toHaveText([/Alpha point/, /Gamma point/]);
  const { rows } = await db.query(`SELECT "keyPoints" FROM "Question" WHERE slug = $1`, [slug]);
  expect(rows).toEqual([{ keyPoints: ["Alpha point", "Gamma point"] }]);
  await page.goto(`/questions/${slug}/edit`);
  await expect.poll(points).toEqual(["Alpha point", "Gamma point"]);
});

import type { Page } from "@playwright/test";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, test } from "./fixtures";

const COLD_START = awsLambdaQuestions.find((q) => q.slug === "lambda-cold-and-warm-starts")!;

const questionList = (page: Page) => page.getByRole("list", { name: "Questions" });
const questionLinks = (page: Page) => questionList(page).getByRole("link");
const tagChip = (page: Page, tag: string) =>
  page.getByRole("group", { name: "Filter by tag" }).getByRole("link", { name: new RegExp(`^${tag}\\s*,`) });

async function slugsOn(page: Page) {
  const hrefs = await questionLinks(page).evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? ""),
  );
  return hrefs.map((href) => href.replace("/questions/", ""));
}

test("the landing page introduces the app and links to the bank", async ({
  page,
  expectNoA11yViolations,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoA11yViolations();

  await page.getByRole("link", { name: "Browse the question bank" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
});

test("the bank lists the 18 seeded questions over two pages", async ({
  page,
  seededBank: _,
  expectNoA11yViolations,
}) => {
  await page.goto("/questions");
  await expect(page.getByText("18 questions · page 1 of 2")).toBeVisible();
  await expect(questionLinks(page)).toHaveCount(12);
  const firstPage = await slugsOn(page);
  await expectNoA11yViolations();

  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(page.getByText("18 questions · page 2 of 2")).toBeVisible();
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(questionLinks(page)).toHaveCount(6);
  const secondPage = await slugsOn(page);

  expect([...firstPage, ...secondPage].sort()).toEqual(awsLambdaQuestions.map((q) => q.slug).sort());
});

test("searching ranks the matching question first", async ({ page, expectNoA11yViolations }) => {
  await page.goto("/questions");
  await page.getByRole("searchbox", { name: "Search questions" }).fill("cold start");
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page).toHaveURL(/[?&]q=cold\+start\b/);
  await expect(questionLinks(page).first()).toHaveText(COLD_START.prompt);
  await expect(page.getByRole("searchbox", { name: "Search questions" })).toHaveValue("cold start");
  await expectNoA11yViolations();
});

test("a search with no results shows the empty state", async ({ page, expectNoA11yViolations }) => {
  await page.goto("/questions");
  await page.getByRole("searchbox", { name: "Search questions" }).fill("xylophonezebra");
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page.getByRole("heading", { name: "No questions match" })).toBeVisible();
  await expect(page.getByText("Nothing matches “xylophonezebra”")).toBeVisible();
  await expect(questionList(page)).toHaveCount(0);
  await expectNoA11yViolations();

  await page.getByRole("link", { name: "Clear the search" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(questionLinks(page).first()).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search questions" })).toHaveValue("");
});

test("a tag chip narrows the list and a second click removes it", async ({
  page,
  expectNoA11yViolations,
}) => {
  const withLayers = awsLambdaQuestions.filter((q) => q.tags.includes("layers")).map((q) => q.slug);
  await page.goto("/questions");

  await tagChip(page, "layers").click();
  await expect(page).toHaveURL(/[?&]tags=layers\b/);
  await expect(questionLinks(page)).toHaveCount(withLayers.length);
  await expect(page.getByText(`${withLayers.length} questions match`, { exact: true })).toBeVisible();
  expect((await slugsOn(page)).sort()).toEqual(withLayers.sort());
  await expect(tagChip(page, "layers")).toHaveAttribute("aria-current", "true");
  await expectNoA11yViolations();

  await tagChip(page, "layers").click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(tagChip(page, "layers")).not.toHaveAttribute("aria-current");
  await expect(questionLinks(page)).toHaveCount(12);
});

test("the difficulty select filters, and Clear all filters resets", async ({ page }) => {
  const hard = awsLambdaQuestions.filter((q) => q.difficulty === "HARD").map((q) => q.slug);
  await page.goto("/questions?tags=cold-start");

  await page.getByLabel("Difficulty").selectOption({ label: "Hard" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]difficulty=HARD\b/);
  await expect(page).toHaveURL(/[?&]tags=cold-start\b/);
  const hardColdStart = awsLambdaQuestions.filter(
    (q) => q.difficulty === "HARD" && q.tags.includes("cold-start"),
  );
  await expect(questionLinks(page)).toHaveCount(hardColdStart.length);
  expect(hardColdStart).toHaveLength(1); // so the count line uses the singular
  await expect.soft(page.getByText("1 question matches", { exact: true })).toBeVisible();

  await tagChip(page, "cold-start").click();
  await expect(page).toHaveURL(/difficulty=HARD/);
  await expect(questionLinks(page)).toHaveCount(hard.length);
  expect((await slugsOn(page)).sort()).toEqual(hard.sort());
  await expect(questionList(page).getByText("Hard", { exact: true })).toHaveCount(hard.length);

  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  // The form must not keep the old filter: submitting it next would silently re-apply Hard.
  await expect.soft(page.getByLabel("Difficulty")).toHaveValue("");
  await expect(page.getByRole("link", { name: "Clear all filters" })).toHaveCount(0);
  await expect(questionLinks(page)).toHaveCount(12);
});

test("a question page shows the prompt, why it is asked, key points and highlighted notes", async ({
  page,
  expectNoA11yViolations,
}) => {
  await page.goto("/questions?q=cold+start");
  await questionLinks(page).filter({ hasText: COLD_START.prompt }).click();

  await expect(page).toHaveURL(`/questions/${COLD_START.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COLD_START.prompt);
  await expect(page.getByRole("heading", { name: "Why interviewers ask this" })).toBeVisible();
  await expect(page.getByText(COLD_START.whyAsked)).toBeVisible();

  const keyPoints = page
    .getByRole("region", { name: "Key points a strong answer covers" })
    .getByRole("listitem");
  await expect(keyPoints).toContainText(COLD_START.keyPoints); // each item also shows its number
  expect(await keyPoints.count()).toBeGreaterThanOrEqual(3);
  expect(await keyPoints.count()).toBeLessThanOrEqual(6);

  const notes = page.getByRole("region", { name: "Model answer notes" });
  await expect(notes.getByText("The lifecycle", { exact: true })).toBeVisible(); // **bold** became <strong>
  await expect(notes.locator("strong").first()).toBeVisible();
  const code = notes.locator("pre code.hljs");
  await expect(code).toHaveCount(1);
  expect(await code.locator("span[class^=hljs-]").count()).toBeGreaterThan(0);
  await expect(code).toContainText("DynamoDBDocumentClient.from");
  await expectNoA11yViolations();
});

test("a signed-out visit to a question page asks the server only who is signed in", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "fetch" || request.method() === "POST")
      requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  await page.goto(`/questions/${COLD_START.slug}`);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The author's edit link and the reader's own attempts wait for a signed-in viewer.
  expect(requests).toEqual(["GET /api/session"]);
  await expect(page.getByRole("link", { name: "Edit question" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your attempts" })).toHaveCount(0);
});

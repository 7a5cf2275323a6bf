import { expect, test } from "./fixtures";

test("an unknown question is a designed 404", async ({ page, expectNoA11yViolations }) => {
  const response = await page.goto("/questions/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Question not found/);
  await expect(page.getByRole("heading", { name: "Question not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the question bank" })).toHaveAttribute(
    "href",
    "/questions",
  );
  await expectNoA11yViolations();
});

test("a slug that could never exist is a 404 too, not an error", async ({ page }) => {
  const response = await page.goto(`/questions/${encodeURIComponent("<script>alert(1)</script>")}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Question not found" })).toBeVisible();
});

test("malformed filters fall back to the normal list", async ({ page, seededBank: _ }) => {
  const response = await page.goto("/questions?page=abc&difficulty=NOPE&tags=%3Cscript%3E");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("18 questions · page 1 of 2")).toBeVisible();
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("link")).toHaveCount(12);
  await expect(page.getByLabel("Difficulty")).toHaveValue("");
  await expect(page.getByRole("link", { name: "Clear all filters" })).toHaveCount(0);
});

test("a page past the end offers a way back to the first page", async ({
  page,
  seededBank: _,
  expectNoA11yViolations,
}) => {
  const response = await page.goto("/questions?page=999");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "This page is past the end" })).toBeVisible();
  await expect(page.getByText("There are 18 matching questions, on 2 pages.")).toBeVisible();
  await expectNoA11yViolations();

  await page.getByRole("link", { name: "Go to the first page" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("link")).toHaveCount(12);
});

test("a very long search query does not break the page", async ({ page }) => {
  const response = await page.goto(`/questions?q=${"a".repeat(5000)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Question bank" })).toBeVisible();
});

test("searches with characters that are special in paths and URLs still show the list", async ({
  request,
}) => {
  for (const query of [
    "q=100%25",
    "q=a%2Fb",
    "q=c%2B%2B",
    "q=%2F%2E%2E%2F",
    "q=caf%C3%A9%20%26%20co",
    "q=%23hash%3F",
    "tags=sqs%2Clayers%2F",
  ]) {
    const response = await request.get(`/questions?${query}`);
    expect(response.status(), query).toBe(200);
    expect(await response.text(), query).toContain("Question bank");
  }
  // The query is what is searched for: "100%" is shown back in the box, not a mangled value.
  const body = await (await request.get("/questions?q=100%25")).text();
  expect(body).toContain('value="100%"');
});

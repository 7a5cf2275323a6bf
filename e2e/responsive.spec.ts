import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Phone layouts only; the desktop project covers the same pages elsewhere.
test.skip(({ isMobile }) => !isMobile, "phone layout checks");

async function expectNoHorizontalOverflow(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide on a ${innerWidth}px screen`).toBeLessThanOrEqual(
    innerWidth,
  );
}

test("the bank list fits a phone screen", async ({ page }) => {
  await page.goto("/questions");
  await expect(page.getByRole("searchbox", { name: "Search questions" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Questions" }).getByRole("link").first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
});

test("a question page with code fits a phone screen", async ({ page }) => {
  await page.goto("/questions/lambda-cold-and-warm-starts");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Model answer notes" }).locator("pre")).toBeVisible();
  await expectNoHorizontalOverflow(page);
});

test("the theme toggle stays reachable on a phone", async ({ page }) => {
  await page.goto("/questions");
  await expect(page.getByRole("button", { name: /^Theme:/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Question bank" })).toBeVisible();
});

import type { Page } from "@playwright/test";
import { expect, test, waitForHydration } from "./fixtures";

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
  await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("on a phone the main links are behind Menu: by keyboard, Escape returns focus; a link closes it", async ({
  page,
  expectNoA11yViolations,
}) => {
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await waitForHydration(menu);

  await menu.focus();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText([
    "Question bank",
    "Practice",
    "Sets",
    "History",
    "Progress",
  ]);
  for (const link of await nav.getByRole("link").all()) await expect(link).toBeInViewport();
  await expectNoHorizontalOverflow(page);
  await expectNoA11yViolations();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Question bank" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav).toHaveCount(0);
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole("link", { name: "Question bank" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/questions");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toHaveCount(0);
});

import { test as authTest } from "./auth-fixtures";
import { expect, test, waitForHydration } from "./fixtures";

const QUESTION = "/questions/lambda-cold-and-warm-starts";

test("the first Tab reaches Skip to content, which moves focus to the main content", async ({ page }) => {
  await page.goto("/questions");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // Soft, so a missing tabindex on main is reported without hiding the check below.
  await expect.soft(page.getByRole("main")).toBeFocused();

  // The next Tab continues inside main, past the header links.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Search questions" })).toBeFocused();
});

test("the theme toggle cycles System, Light, Dark and remembers the choice", async ({ page }) => {
  await page.goto(QUESTION);
  const html = page.locator("html");
  const toggle = page.getByRole("button", { name: /^Theme:/ });
  await waitForHydration(toggle);

  await expect(toggle).toHaveAccessibleName(/^Theme: System\b/);
  await expect(html).not.toHaveClass(/\bdark\b/);

  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Theme: Light\b/);
  await expect(html).not.toHaveClass(/\bdark\b/);

  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Theme: Dark\b/);
  await expect(html).toHaveClass(/\bdark\b/);

  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAccessibleName(/^Theme: Dark\b/);

  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Theme: System\b/);
  await expect(html).not.toHaveClass(/\bdark\b/);
});

test("System follows the operating system's dark preference", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(QUESTION);
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("button", { name: /^Theme: System\b/ })).toBeVisible();
});

test("dark mode passes the accessibility checks", async ({ page, expectNoA11yViolations }) => {
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  // The question page has highlighted code; the filtered list has cards, chips and a selected chip.
  for (const path of [QUESTION, "/questions?tags=layers"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectNoA11yViolations();
  }
});

authTest(
  "the header's theme toggle stays put while the account area fills in, signed in or out",
  async ({ createUser, openPage }) => {
    const longName = await createUser({ name: "Maximiliana Featherstonehaugh-Cholmondeley" });
    const sizes = [
      { width: 375, height: 800 },
      { width: 1280, height: 800 },
    ];
    for (const user of [undefined, longName]) {
      const page = await openPage(user);
      // Hold the header's one session request, to see the page before the account area fills in.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/api/session", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto("/questions");
      const toggle = page.getByRole("button", { name: /^Theme:/ });
      await waitForHydration(toggle);
      const before = [];
      for (const size of sizes) {
        await page.setViewportSize(size);
        before.push(await toggle.boundingBox());
      }

      release();
      const filled = user
        ? page.getByRole("button", { name: /, account menu$/ })
        : page.getByRole("link", { name: "Sign in", exact: true });
      await expect(filled).toBeVisible();
      for (const [i, size] of sizes.entries()) {
        await page.setViewportSize(size);
        await expect(filled).toBeVisible();
        expect(await toggle.boundingBox(), `theme toggle at ${size.width}px`).toEqual(before[i]);
      }
    }
  },
);

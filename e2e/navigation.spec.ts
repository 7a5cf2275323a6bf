import { expect, test } from "./auth-fixtures";

test("the header reaches every part of the app, and the account menu reaches what the user wrote", async ({
  signedInPage: page,
}) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, path] of [
    ["Question bank", "/questions"],
    ["Practice", "/practice"],
    ["Sets", "/sets"],
    ["History", "/history"],
    ["Progress", "/progress"],
  ] as const) {
    await nav.getByRole("link", { name: label, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  for (const [label, path] of [
    ["My questions", "/my-questions"],
    ["My sets", "/sets"],
    ["Account", "/account"],
  ] as const) {
    const menu = page.getByRole("button", { name: /account menu/ });
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("link", { name: label, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});

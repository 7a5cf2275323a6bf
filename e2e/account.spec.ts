import type { Page } from "@playwright/test";
import { waitForHydration } from "./fixtures";
import {
  expect,
  sessionCookie,
  sessionCount,
  signInByApi,
  test,
  userMenuButton,
  userRow,
} from "./auth-fixtures";

const SIGN_IN_TO_ACCOUNT = /\/sign-in\?next=%2Faccount$/;

async function openAccount(page: Page) {
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
}

/** Clicks a button once React has hydrated it: these forms run client-side actions. */
async function press(page: Page, name: string) {
  const button = page.getByRole("button", { name, exact: true });
  await waitForHydration(button);
  await button.click();
}

test("Sign out of all devices ends every session on the server, not only this browser's cookie", async ({
  openPage,
  newUser: user,
  usersDb,
  baseURL,
}) => {
  const a = await openPage(user);
  const b = await openPage(user);
  await openAccount(a);
  await openAccount(b);
  expect(await sessionCount(usersDb, user.id)).toBe(2);

  await press(a, "Sign out of all devices");
  await expect(a).toHaveURL(`${new URL(baseURL!).origin}/`);
  expect(await sessionCookie(a.context())).toBeUndefined();
  expect(await sessionCount(usersDb, user.id)).toBe(0);
  await a.goto("/account");
  await expect(a).toHaveURL(SIGN_IN_TO_ACCOUNT);

  // B still holds a well-formed cookie; only the server knows it has been revoked.
  expect(await sessionCookie(b.context())).toBeDefined();
  await b.reload();
  await expect(b).toHaveURL(SIGN_IN_TO_ACCOUNT);
  await expect(userMenuButton(b, user.name)).toHaveCount(0);
});

test("changing the password signs out other devices and keeps this one", async ({
  openPage,
  newUser: user,
}) => {
  const newPassword = `${user.password} and a fresh tide`;
  const a = await openPage(user);
  const b = await openPage(user);
  await openAccount(b);
  await openAccount(a);

  await a.getByLabel("Current password").fill(user.password);
  await a.getByLabel("New password").fill(newPassword);
  await press(a, "Change password");
  await expect(a.getByRole("status")).toHaveText("Password changed. Other devices have been signed out.");

  await a.reload();
  await expect(a.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await b.reload();
  await expect(b).toHaveURL(SIGN_IN_TO_ACCOUNT);

  const anonymous = (await openPage()).request;
  expect(await signInByApi(anonymous, user)).toEqual({ status: 401, error: "invalid_credentials" });
  expect(await signInByApi(anonymous, { email: user.email, password: newPassword })).toEqual({
    status: 200,
    error: null,
  });
});

test("a wrong current password or a common new one is refused on its field", async ({
  signedInPage: page,
  newUser: user,
  openPage,
}) => {
  await openAccount(page);
  const current = page.getByLabel("Current password");
  const next = page.getByLabel("New password");

  await current.fill(`${user.password} typo`);
  await next.fill("a perfectly fine new passphrase");
  await press(page, "Change password");
  await expect(current).toHaveAccessibleDescription("That isn't your current password.");
  await expect(current).toHaveAttribute("aria-invalid", "true");

  await current.fill(user.password);
  await next.fill("Password2024!");
  await press(page, "Change password");
  await expect(next).toHaveAccessibleDescription(/one of the most common ones/);
  await expect(next).toHaveAttribute("aria-invalid", "true");

  expect(await signInByApi((await openPage()).request, user)).toEqual({ status: 200, error: null });
});

test("a new name shows in the header, and markup in a name stays text", async ({
  signedInPage: page,
  newUser: user,
  usersDb,
  expectNoA11yViolations,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openAccount(page);
  await expectNoA11yViolations();

  for (const name of [`Renamed ${user.name}`, "<script>alert(1)</script>"]) {
    await page.getByLabel("Name").fill(name);
    await press(page, "Save name");
    await expect(page.getByRole("status")).toHaveText("Name saved.");
    await page.reload();
    await expect(userMenuButton(page, name)).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(name);
    expect((await userRow(usersDb, user.email))?.name).toBe(name);
  }
  await expect(page.getByRole("banner").locator("script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("deleting the account needs the exact email, then removes the user and their sessions", async ({
  signedInPage: page,
  newUser: user,
  usersDb,
  baseURL,
  expectNoA11yViolations,
}) => {
  await openAccount(page);
  await press(page, "Delete account…");
  const confirm = page.getByLabel(`Type ${user.email} to confirm`);
  await expect(confirm).toBeFocused();
  await expectNoA11yViolations();

  await confirm.fill(`someone-else-${user.email}`);
  await press(page, "Delete my account");
  await expect(confirm).toHaveAccessibleDescription(
    /Type your account's email address exactly to confirm\.$/,
  );
  expect(await userRow(usersDb, user.email)).toBeDefined();

  await confirm.fill(user.email);
  await press(page, "Delete my account");
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/`);
  expect(await userRow(usersDb, user.email)).toBeUndefined();
  expect(await sessionCount(usersDb, user.id)).toBe(0);
  expect(await sessionCookie(page.context())).toBeUndefined();
});

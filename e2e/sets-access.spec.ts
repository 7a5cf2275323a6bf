// Deleting a set, and who may open a set's pages: signed-out visitors are sent to sign in, other
// users get a 404; neither sees anything of the set, its title least of all.
import type pg from "pg";
import { expect, SESSION_COOKIE, test } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";
import { expectNothingOf, expectNotFoundWithout, makeSet } from "./set-helpers";

const setRows = async (db: pg.Client, id: string) =>
  (await db.query(`SELECT 1 FROM "QuestionSet" WHERE id = $1`, [id])).rowCount;

test("deleting a set asks first, by keyboard: Cancel keeps it and returns focus, Yes removes it", async ({
  signedInPage: page,
  usersDb,
  expectNoA11yViolations,
}) => {
  test.slow();
  const kept = `Kept set ${uniqueSuffix()}`;
  const title = `Doomed set ${uniqueSuffix()}`;
  await makeSet(page, kept, /^Private/);
  const url = await makeSet(page, title, /^Private/);
  const path = new URL(url).pathname;
  const id = path.split("/").pop()!;
  const mySets = page.getByRole("region", { name: "Your sets" });

  const deleteButton = page.getByRole("button", { name: "Delete set" });
  const confirmation = page.getByRole("group", { name: new RegExp(`^Delete “${title}” for good\\?`) });
  const yes = confirmation.getByRole("button", { name: "Yes, delete this set" });
  await waitForHydration(deleteButton);
  await deleteButton.focus();
  await page.keyboard.press("Enter");
  // The confirmation names the set and takes focus on its choice.
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText("Its questions stay in the bank");
  await expect(yes).toBeFocused();
  await expect(deleteButton).toHaveCount(0);
  await expectNoA11yViolations();

  // Cancel by keyboard: the set stays, and focus is back on "Delete set".
  await page.keyboard.press("Tab");
  await expect(confirmation.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(confirmation).toHaveCount(0);
  await expect(deleteButton).toBeFocused();
  expect(await setRows(usersDb, id)).toBe(1);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Confirm by keyboard: the set is gone, the other one stays.
  await waitForHydration(deleteButton);
  await deleteButton.focus();
  await page.keyboard.press("Enter");
  await expect(yes).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sets$/);
  await expect(page.getByRole("heading", { level: 1, name: "My sets" })).toBeVisible();
  await expect(mySets.getByRole("link", { name: kept })).toBeVisible();
  await expect(mySets.getByRole("link", { name: title })).toHaveCount(0);
  expect(await setRows(usersDb, id)).toBe(0);
  // A fresh load of My sets agrees, and the set's own page is a 404 that names nothing of it.
  await page.reload();
  await expect(mySets.getByRole("link", { name: kept })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(title);
  await expectNotFoundWithout(page, path, title);
});

test("signed-out visitors of a set, its results and its live link are sent to sign in and see none of it", async ({
  signedInPage: page,
  openPage,
  baseURL,
}) => {
  test.slow();
  const title = `Secret screen ${uniqueSuffix()}`;
  const url = await makeSet(page, title, /Anyone with the link/);
  const link = new URL(await page.getByLabel("Share link").inputValue()).pathname;
  const path = new URL(url).pathname;
  // The link is live: its owner opens it.
  expect((await page.goto(link))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // No session cookie at all (the proxy redirects), and a cookie of no session (the page does).
  const anonymous = await openPage();
  const stale = await openPage();
  await stale.context().addCookies([{ name: SESSION_COOKIE, value: "no-such-session", url: baseURL! }]);
  for (const visitor of [anonymous, stale])
    for (const target of [path, `${path}/results`, link]) {
      const response = await visitor.goto(target);
      const landed = new URL(visitor.url());
      expect(landed.pathname, target).toBe("/sign-in");
      expect(landed.searchParams.get("next"), target).toBe(target);
      await expect(visitor.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await expectNothingOf(visitor, response, title);
    }
});

test("another user gets a 404 naming nothing of a private set, on its browse entry and its pages", async ({
  signedInPage: page,
  createUser,
  openPage,
}) => {
  test.slow();
  const title = `Private plans ${uniqueSuffix()}`;
  const path = new URL(await makeSet(page, title, /^Private/)).pathname;
  const id = path.split("/").pop()!;
  // Its owner can open the browse entry: the 404 below is the other user's, not a missing page.
  await page.goto(`/sets/browse/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const other = await openPage(await createUser());
  for (const target of [`/sets/browse/${id}`, path, `${path}/results`])
    await expectNotFoundWithout(other, target, title);
});

// Public sets: listed on Browse sets, cloned with credit, started from their entry; History filters
// by set. Also: a regenerated link replaces the old one.
import { expect, test } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";
import { COLD, expectNotFoundWithout, makeSet } from "./set-helpers";

test("a public set is browsed, cloned with credit, run from its entry and filtered in History", async ({
  signedInPage: page,
  newUser,
  createUser,
  openPage,
  expectNoA11yViolations,
}) => {
  test.setTimeout(90_000);
  const title = `Public lambda ${uniqueSuffix()}`;
  await makeSet(page, title, /^Public/);

  const b = await openPage(await createUser());
  await b.goto("/sets/browse");
  await expect(b.getByRole("heading", { level: 1, name: "Browse sets" })).toBeVisible();
  await b.getByLabel("Search by title").fill(title);
  await b.getByRole("button", { name: "Search", exact: true }).click();
  await expect(b.getByRole("link", { name: title })).toHaveCount(1);
  await expect(b.getByText(`by ${newUser.name}`)).toBeVisible();
  await expectNoA11yViolations(b);

  await b.getByRole("link", { name: title }).click();
  await expect(b.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectNoA11yViolations(b);
  const clone = b.getByRole("button", { name: "Clone into my sets" });
  await waitForHydration(clone);
  await clone.click();
  await expect(b).toHaveURL(/\/sets\/[a-z0-9]+$/);
  await expect(b.getByText(`Based on ${title} by ${newUser.name}`)).toBeVisible();
  await expect(b.getByRole("list", { name: "Questions in this set" })).toContainText(COLD.prompt);

  // Started from the browse entry, then found in History by its set.
  await b.goBack();
  const start = b.getByRole("button", { name: "Start interview" });
  await waitForHydration(start);
  await start.click();
  await expect(b.getByRole("heading", { level: 1 })).toHaveText(COLD.prompt);
  await b.goto("/history");
  await b.getByLabel("Set").selectOption({ label: title });
  await b.getByRole("button", { name: "Filter" }).click();
  await expect(b).toHaveURL(/[?&]set=/);
  const rows = b.getByRole("table", { name: /Your interviews/ }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(title);
  await expectNoA11yViolations(b);
});

test("a regenerated link replaces the old one; link-only sets are 404 to others, naming nothing of them", async ({
  signedInPage: page,
  createUser,
  openPage,
}) => {
  const title = `Linked ${uniqueSuffix()}`;
  const url = await makeSet(page, title, /Anyone with the link/);
  const oldLink = new URL(await page.getByLabel("Share link").inputValue()).pathname;
  await page.getByRole("button", { name: "Regenerate link" }).click();
  await expect(page.getByLabel("Share link")).not.toHaveValue(new RegExp(`${oldLink}$`));
  const newLink = new URL(await page.getByLabel("Share link").inputValue()).pathname;

  const b = await openPage(await createUser());
  expect((await b.goto(oldLink))?.status()).toBe(404);
  await expect(b.getByRole("heading", { name: "This link is no longer valid" })).toBeVisible();
  expect((await b.goto(newLink))?.status()).toBe(200);
  await expect(b.getByRole("button", { name: "Start interview" })).toBeVisible();
  // Link sets are not public: neither the editor nor the browse entry opens for others.
  const id = new URL(url).pathname.split("/").pop();
  await expectNotFoundWithout(b, `/sets/${id}`, title);
  await expectNotFoundWithout(b, `/sets/browse/${id}`, title);
});

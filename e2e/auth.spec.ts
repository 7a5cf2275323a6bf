import type { Page } from "@playwright/test";
import { waitForHydration } from "./fixtures";
import {
  expect,
  makeCredentials,
  randomClientAddress,
  sessionCookie,
  signInByApi,
  test,
  userMenuButton,
  userRow,
  type Credentials,
} from "./auth-fixtures";

const NO_MATCH = "That email and password don't match an account.";

/** Fills and submits the sign-in form once React owns it (before that, a submit would be a plain GET). */
async function submitSignIn(page: Page, { email, password }: Pick<Credentials, "email" | "password">) {
  const button = page.getByRole("button", { name: "Sign in", exact: true });
  await waitForHydration(button);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await button.click();
}

async function submitSignUp(page: Page, { name, email, password }: Credentials) {
  const button = page.getByRole("button", { name: "Create account" });
  await waitForHydration(button);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await button.click();
}

const formAlert = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

test("sign up, sign out from the menu, and sign in again to the page you asked for", async ({
  page,
  newCredentials: user,
  usersDb,
  expectNoA11yViolations,
}) => {
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  await expectNoA11yViolations();

  await submitSignUp(page, user);
  await expect(page).toHaveURL(/\/questions$/);
  const menu = userMenuButton(page, user.name);
  // Soft: the header must follow the sign-in without a reload; the rest of the flow is checked either way.
  await expect.soft(menu, "the header shows the new user right after signing up").toBeVisible();
  await page.reload();
  await expect(menu).toBeVisible();
  expect(await userRow(usersDb, user.email)).toMatchObject({ name: user.name });

  await waitForHydration(menu);
  await menu.click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(menu).toHaveCount(0);
  expect(await sessionCookie(page.context())).toBeUndefined();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoA11yViolations();

  await submitSignIn(page, user);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  await expectNoA11yViolations();
});

test("sign-up refusals explain the field, keep what was typed and create nothing", async ({
  page,
  newUser: existing,
  usersDb,
}) => {
  const fresh = makeCredentials();
  const password = page.getByLabel("Password", { exact: true });
  const email = page.getByLabel("Email");
  await page.goto("/sign-up");

  await submitSignUp(page, { ...fresh, password: "password123" });
  await expect(password).toHaveAccessibleDescription(/one of the most common ones/);
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Name")).toHaveValue(fresh.name);
  await expect(email).toHaveValue(fresh.email);

  await submitSignUp(page, { ...fresh, email: "not-an-email" });
  await expect(email).toHaveAccessibleDescription("Enter a valid email address, like name@example.com.");
  await expect(email).toHaveAttribute("aria-invalid", "true");

  await submitSignUp(page, { ...fresh, email: existing.email });
  await expect(email).toHaveAccessibleDescription(/already exists/);
  await expect(page).toHaveURL(/\/sign-up$/);

  expect(await userRow(usersDb, fresh.email)).toBeUndefined();
  const { rows } = await usersDb.query(`SELECT name FROM "User" WHERE email = ANY($1)`, [
    ["not-an-email", existing.email],
  ]);
  expect(rows).toEqual([{ name: existing.name }]);
  expect(await sessionCookie(page.context())).toBeUndefined();
});

test("a wrong password and an unknown email get the same answer", async ({
  page,
  newUser: user,
  expectNoA11yViolations,
}) => {
  await page.goto("/sign-in");
  await submitSignIn(page, { email: user.email, password: `${user.password} typo` });
  await expect(formAlert(page, NO_MATCH)).toHaveText(NO_MATCH);
  await expectNoA11yViolations();

  await submitSignIn(page, { email: `nobody-${user.email}`, password: user.password });
  await expect(formAlert(page, NO_MATCH)).toHaveText(NO_MATCH);
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await sessionCookie(page.context())).toBeUndefined();
});

test("after five wrong passwords even the right one is refused for a while", async ({
  page,
  newUser: user,
  usersDb,
  clientAddress,
}) => {
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect(
      await signInByApi(page.request, { email: user.email, password: `wrong ${attempt}` }),
      `attempt ${attempt}`,
    ).toEqual({
      status: 401,
      error: "invalid_credentials",
    });
  }
  await page.goto("/sign-in");
  await submitSignIn(page, user);
  await expect(formAlert(page, "Too many")).toHaveText(
    /^Too many sign-in attempts\. Try again in \d+ minutes\.$/,
  );
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await sessionCookie(page.context())).toBeUndefined();

  // All six attempts were counted against this test's own address, so no other test shares the budget.
  const { rows } = await usersDb.query(`SELECT count FROM "RateLimit" WHERE key = $1`, [
    `sign-in:address:${clientAddress}`,
  ]);
  expect(rows).toEqual([{ count: 6 }]);
});

test("strangers' wrong passwords lock the account for them, not for its owner where they signed in before", async ({
  browser,
  baseURL,
  newUser: user,
  clientAddress: home,
}) => {
  const contextAt = (address: string) =>
    browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  const [earlier, stranger, later] = await Promise.all([
    contextAt(home),
    contextAt(randomClientAddress()),
    contextAt(home),
  ]);
  try {
    expect(await signInByApi(earlier.request, user)).toEqual({ status: 200, error: null });
    for (let attempt = 1; attempt <= 5; attempt++)
      expect(
        await signInByApi(stranger.request, { email: user.email, password: `guess ${attempt}` }),
      ).toEqual({
        status: 401,
        error: "invalid_credentials",
      });
    expect(await signInByApi(stranger.request, user)).toEqual({
      status: 401,
      error: expect.stringMatching(/^rate_limited:\d+$/),
    });

    // A new browser at the owner's address signs in through the form as usual.
    const page = await later.newPage();
    await page.goto("/sign-in?next=/account");
    await submitSignIn(page, user);
    await expect(page).toHaveURL((url) => url.pathname === "/account");
    await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
    expect(await sessionCookie(later)).toBeDefined();
  } finally {
    await Promise.all([earlier.close(), stranger.close(), later.close()]);
  }
});

const FOREIGN_NEXTS = [
  "//evil.example",
  "https://evil.example",
  "/\\evil.example",
  "javascript:alert(1)",
  " //evil.example",
  "/\t/evil.example",
];

test("a `next` that leaves the site is ignored, on the form and when already signed in", async ({
  page,
  newUser: user,
  baseURL,
}) => {
  test.slow(); // six sign-ins, each with its argon2 check, and twelve page loads
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const origin = new URL(baseURL!).origin;
  for (const next of FOREIGN_NEXTS) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await submitSignIn(page, user);
    await expect(page, `next=${next} via the form`).toHaveURL(`${origin}/questions`);

    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await expect(page, `next=${next} when signed in`).toHaveURL(`${origin}/questions`);
  }
  expect(dialogs).toEqual([]);
});

test("a `next` on this site is followed, query included", async ({ page, newUser: user, baseURL }) => {
  await page.goto(`/sign-in?next=${encodeURIComponent("/account?tab=1")}`);
  await submitSignIn(page, user);
  await expect(page).toHaveURL(`${new URL(baseURL!).origin}/account?tab=1`);
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
});

test("pressing Sign in makes one request: the CSRF token came with the page", async ({
  page,
  newUser: user,
}) => {
  const authRequests: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/api/auth/")) authRequests.push(`${request.method()} ${pathname}`);
  });
  await page.goto("/sign-in?next=/account");
  // The page asks for the token on its own once it has hydrated, however long that takes here.
  await expect.poll(() => authRequests, { timeout: 15_000 }).toEqual(["GET /api/auth/csrf"]);
  await page.waitForLoadState("networkidle");
  authRequests.length = 0;
  await submitSignIn(page, user);
  await expect(page).toHaveURL((url) => url.pathname === "/account");
  expect(authRequests).toEqual(["POST /api/auth/callback/credentials"]);
  expect(await sessionCookie(page.context())).toBeDefined();
});

test("a stale CSRF token is replaced and the sign-in still goes through", async ({ page, newUser: user }) => {
  await page.goto("/sign-in?next=/account");
  await page.waitForLoadState("networkidle");
  // As if the browser dropped next-auth's CSRF cookie after the page loaded.
  const cookies = await page.context().cookies();
  await page.context().clearCookies();
  await page.context().addCookies(cookies.filter((c) => !c.name.includes("csrf-token")));
  await submitSignIn(page, user);
  await expect(page).toHaveURL((url) => url.pathname === "/account");
  expect(await sessionCookie(page.context())).toBeDefined();
});

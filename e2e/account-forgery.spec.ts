import type { APIRequestContext, Page } from "@playwright/test";
import { waitForHydration } from "./fixtures";
import { SESSION_COOKIE, expect, sessionCookie, signInByApi, test, userRow } from "./auth-fixtures";

interface CapturedAction {
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Submits the account page's "Save name" form and captures the server-action POST the browser
 * makes, aborting it so the name never changes. Replaying it then shows what the server accepts.
 */
async function captureSaveName(page: Page, name: string): Promise<CapturedAction> {
  await page.goto("/account");
  let captured: CapturedAction | undefined;
  const isAccount = (url: URL) => url.pathname === "/account";
  await page.route(isAccount, async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() !== "POST" || !headers["next-action"]) return route.continue();
    const kept = Object.entries(headers).filter(
      ([key]) => key.startsWith("next-") || key === "content-type" || key === "accept",
    );
    captured = { headers: Object.fromEntries(kept), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  const save = page.getByRole("button", { name: "Save name" });
  await waitForHydration(save);
  await page.getByLabel("Name").fill(name);
  await save.click();
  await expect.poll(() => captured, { message: "the Save name server-action request" }).toBeDefined();
  await page.unroute(isAccount);
  return captured!;
}

function replay(api: APIRequestContext, action: CapturedAction, headers: Record<string, string>) {
  return api.post("/account", {
    headers: { ...action.headers, ...headers },
    data: action.body,
    maxRedirects: 0,
  });
}

test("next-auth refuses a credentials sign-in without its CSRF token", async ({ page, newUser: user }) => {
  await page.request.get("/api/auth/csrf"); // the CSRF cookie is there; only the form field is missing or wrong
  for (const form of [{}, { csrfToken: "forged" }] as Record<string, string>[]) {
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { ...form, email: user.email, password: user.password, json: "true" },
    });
    expect(((await response.json()) as { url: string }).url).toContain("csrf=true");
    expect(await sessionCookie(page.context())).toBeUndefined();
  }
  // The same credentials with the token work, so the token was the only thing missing.
  expect(await signInByApi(page.request, user)).toEqual({ status: 200, error: null });
});

test("a server action replayed from another origin is refused", async ({
  signedInPage: page,
  newUser: user,
  usersDb,
  baseURL,
}) => {
  const action = await captureSaveName(page, "Forged by evil.example");
  expect(action.headers["next-action"]).toBeTruthy();

  const forged = await replay(page.request, action, { origin: "https://evil.example" });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect((await userRow(usersDb, user.email))?.name).toBe(user.name);

  // Control: the very same request from this site's origin does save, so the Origin was the reason.
  const genuine = await replay(page.request, action, { origin: new URL(baseURL!).origin });
  expect(genuine.status()).toBe(200);
  expect((await userRow(usersDb, user.email))?.name).toBe("Forged by evil.example");
});

test("a server action replayed without a live session changes nothing", async ({
  signedInPage: page,
  newUser: user,
  usersDb,
  playwright,
  baseURL,
  clientAddress,
}) => {
  const action = await captureSaveName(page, "Saved without a session");
  const origin = new URL(baseURL!).origin;
  const anonymous = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "x-forwarded-for": clientAddress },
  });
  try {
    const noCookie = await replay(anonymous, action, { origin });
    expect(await noCookie.text()).not.toContain("Name saved.");
    expect((await userRow(usersDb, user.email))?.name).toBe(user.name);

    // A cookie gets past the proxy's redirect, so this reaches the action's own session check.
    const forgedCookie = await replay(anonymous, action, { origin, cookie: `${SESSION_COOKIE}=forged` });
    expect(forgedCookie.status()).toBe(200);
    expect(await forgedCookie.text()).toContain("Your session has ended. Sign in again to continue.");
    expect((await userRow(usersDb, user.email))?.name).toBe(user.name);
  } finally {
    await anonymous.dispose();
  }

  const genuine = await replay(page.request, action, { origin });
  expect(await genuine.text()).toContain("Name saved.");
  expect((await userRow(usersDb, user.email))?.name).toBe("Saved without a session");
});

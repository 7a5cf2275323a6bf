// Response headers of the production build: a fresh CSP nonce on every page and on each of its
// scripts, the static hardening headers everywhere, cookie attributes, and no CSP violation while
// the main pages run (charts, theme, Markdown preview, the interview runner).
import type { APIResponse } from "@playwright/test";
import type pg from "pg";
import { nonceOf } from "../lib/security/csp";
import { expect, SESSION_COOKIE, test } from "./auth-fixtures";
import { uniqueSuffix, waitForHydration } from "./fixtures";
import { guardPage } from "./page-guard";

const PUBLIC_PAGES = [
  "/",
  "/questions",
  "/questions?tags=cold-start&page=1",
  "/questions?q=a%2Fb", // rewritten by proxy.ts rather than next.config.ts
  "/questions/lambda-cold-and-warm-starts",
  "/sign-in",
  "/sign-up",
  "/no-such-page",
];
const PRIVATE_PAGES = [
  "/practice",
  "/progress",
  "/history",
  "/sets",
  "/sets/browse",
  "/sets/import",
  "/my-questions",
  "/questions/new",
  "/account",
];
const API_ROUTES = ["/api/session", "/api/auth/csrf", "/api/questions/lambda-cold-and-warm-starts/attempts"];

function expectHardening(response: APIResponse, where: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], where).toBe("DENY");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  // This server runs on plain http, where HSTS must not be sent (e2e/https-deployment.spec.ts covers https).
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

function directive(policy: string, name: string) {
  return (
    policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? ""
  );
}

/** Checks one page's policy and that every script tag in its HTML carries that policy's nonce. */
async function expectNoncePolicy(response: APIResponse, where: string) {
  expectHardening(response, where);
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = nonceOf(policy);
  expect(nonce, `${where}: nonce`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(directive(policy, "script-src"), where).toContain("'strict-dynamic'");
  expect(directive(policy, "script-src"), where).not.toContain("'unsafe-inline'");
  expect(directive(policy, "frame-ancestors"), where).toBe("frame-ancestors 'none'");
  expect(directive(policy, "base-uri"), where).toBe("base-uri 'self'");
  expect(directive(policy, "form-action"), where).toBe("form-action 'self'");
  expect(directive(policy, "object-src"), where).toBe("object-src 'none'");
  const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, `${where}: scripts`).toBeGreaterThan(1);
  for (const tag of scripts) expect(tag, where).toContain(`nonce="${nonce}"`);
  return nonce;
}

test("public pages carry a fresh nonce policy, on the header and on every script", async ({ request }) => {
  for (const path of PUBLIC_PAGES) {
    const [first, second] = await Promise.all([request.get(path), request.get(path)]);
    expect([200, 404], path).toContain(first.status());
    const nonces = [await expectNoncePolicy(first, path), await expectNoncePolicy(second, path)];
    expect(nonces[0], `${path}: two responses, two nonces`).not.toBe(nonces[1]);
  }
});

test("private pages carry the nonce policy; API answers allow nothing and get the same hardening", async ({
  signedInPage: page,
}) => {
  for (const path of PRIVATE_PAGES) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    await expectNoncePolicy(response, path);
  }
  for (const path of API_ROUTES) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expectHardening(response, path);
    expect(response.headers()["content-security-policy"], path).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
  }
});

test("signing in sets HttpOnly, SameSite=Lax cookies", async ({ signedInPage: page }) => {
  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  for (const cookie of cookies.filter((c) => c.name.startsWith("next-auth.")))
    expect(cookie, cookie.name).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await page.goto("/");
  expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
});

test("public pages run without a CSP violation; the theme script runs under the nonce", async ({ page }) => {
  const guard = await guardPage(page);
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await waitForHydration(page.getByRole("button", { name: /Change theme/ }));
    await guard.expectClean(path);
  }
  // Dark is applied before paint by the inline theme script only; after a reload it must have run.
  const toggle = page.getByRole("button", { name: /Change theme/ });
  while (!/Theme: Dark/.test((await toggle.getAttribute("aria-label")) ?? "")) await toggle.click();
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await guard.expectClean("after the theme changed");
});

/** Two graded answers, so Progress draws its charts. */
async function insertGradedAnswers(db: pg.Client, userId: string) {
  for (const [daysAgo, slug] of [
    [1, "lambda-cold-and-warm-starts"],
    [3, "lambda-drawbacks"],
  ] as const) {
    await db.query(
      `WITH i AS (INSERT INTO "Interview" (id, "userId", status, "currentPosition", "startedAt", "answeringEndedAt", "completedAt", "updatedAt")
                  VALUES ($1, $2, 'COMPLETED', 1, now() - make_interval(days => $3), now() - make_interval(days => $3),
                          now() - make_interval(days => $3), now()) RETURNING id)
       INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", "startedAt", "deadlineAt",
                              "submittedAt", grade, "gradedAt", "updatedAt")
       SELECT $1 || 'a', i.id, $2, q.id, 0, 120, now() - make_interval(days => $3), now() - make_interval(days => $3),
              now() - make_interval(days => $3), 3, now() - make_interval(days => $3), now()
       FROM i, "Question" q WHERE q.slug = $4`,
      [`e2e${uniqueSuffix()}${uniqueSuffix()}`, userId, daysAgo, slug],
    );
  }
}

test("private pages run without a CSP violation: charts, the Markdown preview, the runner", async ({
  signedInPage: page,
  newUser,
  usersDb,
}) => {
  test.setTimeout(60_000);
  await insertGradedAnswers(usersDb, newUser.id);
  const guard = await guardPage(page);
  for (const path of PRIVATE_PAGES) {
    await page.goto(path);
    await waitForHydration(page.getByRole("button", { name: /Change theme/ }));
    if (path === "/progress") {
      await page.locator(".recharts-surface").first().scrollIntoViewIfNeeded();
      await expect(page.locator(".recharts-surface").first()).toBeVisible();
    }
    await guard.expectClean(path);
  }

  await page.goto("/questions/new");
  await waitForHydration(page.getByRole("button", { name: "Add key point" }));
  await page.getByRole("textbox", { name: "Answer notes" }).fill("**Bold** and\n\n```ts\nconst a = 1;\n```");
  await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("Bold");
  await guard.expectClean("Markdown preview");

  await page.goto("/practice");
  const start = page.getByRole("button", { name: "Start interview" });
  await waitForHydration(start);
  await page.getByLabel("Number of questions").fill("1");
  await start.click();
  await expect(page).toHaveURL(/\/interviews\/[a-z0-9]+$/);
  await expect(page.getByRole("progressbar", { name: "Time left" })).toBeVisible();
  const answer = page.getByRole("textbox", { name: "Your answer" });
  await waitForHydration(answer);
  await answer.fill("Warm environments are reused.");
  await expect(page.getByText(/^Saved/).first()).toBeVisible({ timeout: 15_000 });
  await guard.expectClean("interview runner");
});

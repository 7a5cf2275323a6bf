// Two app instances from one build, one database: a candidate moves between them mid-interview,
// as behind a load balancer without sticky sessions (docs/scaling.md).
import type { Page } from "@playwright/test";
import { startAppServer } from "../scripts/lib/app-server";
import { expect, sessionCookie, signInByApi, test } from "./auth-fixtures";
import { waitForHydration } from "./fixtures";

test.describe.configure({ mode: "default" }); // one second instance for this file's tests, in order

let originB = "";
let stopB = async () => {};

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // Same build, DATABASE_URL, AUTH_SECRET and server-actions key as Playwright's own server.
  const server = await startAppServer({});
  originB = server.origin;
  stopB = server.stop;
});

test.afterAll(async () => stopB());

const answerBox = (page: Page) => page.getByRole("textbox", { name: "Your answer" });
const secondsLeft = async (page: Page) =>
  Number(await page.getByRole("progressbar", { name: "Time left" }).getAttribute("aria-valuenow"));

test("an interview started on one instance is continued, submitted and reviewed across both", async ({
  signedInPage: pageA,
  openPage,
  createUser,
  usersDb,
}) => {
  test.setTimeout(60_000);
  // Instance A: start a one-question interview and type an answer until it is saved.
  await pageA.goto("/practice");
  const start = pageA.getByRole("button", { name: "Start interview" });
  await waitForHydration(start);
  await pageA.getByRole("checkbox", { name: /^layers\b/ }).check();
  await pageA.getByLabel("Number of questions").fill("1");
  await start.click();
  await expect(pageA).toHaveURL(/\/interviews\/[a-z0-9]+$/);
  const id = pageA.url().split("/").pop()!;
  await waitForHydration(answerBox(pageA));
  const answer = `Saved on instance A, read on instance B ${id}.`;
  await answerBox(pageA).fill(answer);
  await expect(pageA.getByText(/^Saved at \d\d:\d\d:\d\d$/)).toBeVisible();

  // Instance B, same browser, same session cookie: the saved answer and the server's clock.
  const cookie = await sessionCookie(pageA.context());
  const pageB = await pageA.context().newPage();
  const leftOnA = await secondsLeft(pageA);
  const readOnA = Date.now();
  await pageB.goto(`${originB}/interviews/${id}`);
  await expect(pageB.getByText("Question 1 of 1")).toBeVisible();
  expect(await sessionCookie(pageB.context()), "the one cookie both instances accept").toEqual(cookie);
  await expect(answerBox(pageB)).toHaveValue(answer);
  const leftOnB = await secondsLeft(pageB);
  // B counts down from the same deadline: what passed between the two readings, and no more
  // (whole seconds shown on each, so one second either way).
  const passed = Math.ceil((Date.now() - readOnA) / 1000);
  expect(leftOnB).toBeLessThanOrEqual(leftOnA);
  expect(leftOnB).toBeGreaterThanOrEqual(leftOnA - passed - 1);
  const { rows } = await usersDb.query<{ left: number }>(
    `SELECT extract(epoch FROM "deadlineAt" - now())::int AS left FROM "Attempt" WHERE "interviewId" = $1`,
    [id],
  );
  expect(Math.abs(rows[0]!.left - leftOnB)).toBeLessThanOrEqual(3);

  // Submit on B; A, reloaded, shows the review with that answer.
  await waitForHydration(answerBox(pageB));
  await pageB.getByRole("button", { name: "Submit answer" }).click();
  await expect(pageB).toHaveURL(`${originB}/interviews/${id}/review`);
  await pageA.reload();
  await expect(pageA).toHaveURL(new RegExp(`/interviews/${id}/review$`));
  await expect(pageA.getByRole("heading", { level: 1, name: "Review your answers" })).toBeVisible();
  await expect(pageA.getByText(answer)).toBeVisible();

  // Another user signed in (on A) still cannot see it on B: the owner check holds on every instance.
  const stranger = await openPage(await createUser());
  expect((await stranger.request.get(`${originB}/api/interviews/${id}`)).status()).toBe(404);
});

test("wrong passwords on one instance count on the other", async ({
  playwright,
  newUser,
  clientAddress,
  baseURL,
}) => {
  const headers = { "x-forwarded-for": clientAddress };
  const onA = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: headers,
  });
  const onB = await playwright.request.newContext({ baseURL: originB, extraHTTPHeaders: headers });
  try {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(
        await signInByApi(onA, { email: newUser.email, password: `wrong ${attempt}` }),
        `attempt ${attempt} on A`,
      ).toEqual({
        status: 401,
        error: "invalid_credentials",
      });
    }
    const onSecond = await signInByApi(onB, newUser);
    expect(onSecond.error, "the right password on B, after five failures on A").toMatch(/^rate_limited:\d+$/);
  } finally {
    await Promise.all([onA.dispose(), onB.dispose()]);
  }
});

// Sets made through the editor, as a user makes them, for the set specs.
import type { Page, Response } from "@playwright/test";
import { awsLambdaQuestions } from "../prisma/seed/aws-lambda";
import { expect, waitForHydration } from "./fixtures";

export const COLD = awsLambdaQuestions.find((q) => q.slug === "lambda-cold-and-warm-starts")!;

/** Creates a set with one bank question through the UI, with the given sharing; returns its URL. */
export async function makeSet(page: Page, title: string, sharing: RegExp) {
  await page.goto("/sets");
  const create = page.getByRole("button", { name: "Create set" });
  await waitForHydration(create);
  await page.getByLabel("Title").fill(title);
  await create.click();
  await expect(page).toHaveURL(/\/sets\/[a-z0-9]+$/);
  await page.getByLabel("Search the question bank").fill("cold start");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const add = page.getByRole("button", { name: `Add to set: ${COLD.prompt}` });
  await waitForHydration(add);
  await add.click();
  await expect(page.getByRole("list", { name: "Questions in this set" }).getByRole("listitem")).toHaveCount(
    1,
  );
  await page.getByRole("radio", { name: sharing }).check();
  await page.getByRole("button", { name: "Save sharing" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sharing saved." })).toBeVisible();
  return page.url();
}

/** The page (and every response on the way to it, redirects too) holds nothing of `secret`. */
export async function expectNothingOf(page: Page, response: Response | null, secret: string) {
  expect(response, page.url()).not.toBeNull();
  for (let r: Response | null = response; r; r = (await r.request().redirectedFrom()?.response()) ?? null) {
    // A redirect's body is not kept: its headers (Location among them) are what it says.
    const said =
      r.status() >= 300 && r.status() < 400 ? JSON.stringify(await r.allHeaders()) : await r.text();
    expect(said, `${r.status()} ${r.url()}`).not.toContain(secret);
  }
  await expect(page.locator("html")).not.toContainText(secret);
  expect(await page.title()).not.toContain(secret);
}

/** Another user opening `path` gets the plain 404 page, which names nothing of the set. */
export async function expectNotFoundWithout(page: Page, path: string, title: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectNothingOf(page, response, title);
}

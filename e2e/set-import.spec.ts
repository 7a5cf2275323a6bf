import type { Page } from "@playwright/test";
import { expect, test } from "./auth-fixtures";

// The set pages may or may not exist yet; what this spec owns is the import page, the redirect
// and the export API, so it checks the imported set through the export.

const CSV = [
  "Question,Answer,Key points,Tags,Difficulty,Seconds",
  '"What is a race condition?","Two operations interleave, so the result depends on timing.",Shared state|Timing decides,concurrency,medium,120',
  "What is a deadlock?,Threads wait on each other's locks forever.,,concurrency,hard,180",
  "Too short,,,,,",
].join("\n");

async function chooseFile(page: Page, name: string, mimeType: string, text: string) {
  await page.getByLabel("Set file").setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Preview import" }).click();
}

test.describe("importing a set", () => {
  // Imported questions outlive their author otherwise (authorId is set to null on delete).
  test.afterEach(async ({ usersDb, newUser }) => {
    await usersDb.query(`DELETE FROM "Question" WHERE "authorId" = $1`, [newUser.id]);
  });

  test("upload a CSV, see its problems, import it, get the set back", async ({
    signedInPage: page,
    usersDb,
    expectNoA11yViolations,
  }) => {
    await page.goto("/sets/import");
    await expect(page.getByRole("heading", { level: 1, name: "Import a set" })).toBeVisible();
    await chooseFile(page, "Concurrency basics.csv", "text/csv", CSV);

    await expect(page.getByRole("heading", { name: "Preview: CSV file" })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: "ready to import" })).toHaveText(
      /2 questions ready to import, 1 question with errors \(left out\)/,
    );
    const table = page.getByRole("table", { name: /Questions in the file/ });
    const bad = table.getByRole("row", { name: /Row 4/ });
    await expect(bad).toContainText("Not imported");
    await expect(bad).toContainText("Error: Write the answer notes.");
    await expect(table.getByRole("row", { name: /Row 3/ })).toContainText("Ready");
    await expect(page.getByRole("listitem").filter({ hasText: /had no key points/ })).toBeVisible();
    await expect(page.getByLabel("Set title")).toHaveValue("Concurrency basics");
    await expectNoA11yViolations();

    await page.getByLabel("Set title").fill("Concurrency, imported");
    await page.getByRole("button", { name: "Import 2 questions" }).click();
    await page.waitForURL(/\/sets\/(?!import$)[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split("/").pop()!;

    const exported = await page.request.get(`/api/sets/${id}/export?format=json`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-disposition"]).toBe(
      'attachment; filename="concurrency-imported.json"',
    );
    const file = await exported.json();
    expect(file).toMatchObject({ format: "rehearse-set", version: 1, title: "Concurrency, imported" });
    expect(file.questions.map((q: { prompt: string }) => q.prompt)).toEqual([
      "What is a race condition?",
      "What is a deadlock?",
    ]);
    expect(file.questions[0].keyPoints).toEqual(["Shared state", "Timing decides"]);
    const { rows } = await usersDb.query(`SELECT visibility FROM "QuestionSet" WHERE id = $1`, [id]);
    expect(rows).toEqual([{ visibility: "PRIVATE" }]);
  });

  test("a file that can't be imported gets a clear message and writes nothing", async ({
    signedInPage: page,
    usersDb,
    newUser,
    expectNoA11yViolations,
  }) => {
    await page.goto("/sets/import");
    await chooseFile(page, "glossary.csv", "text/csv", "term,definition\nDNS,Names to addresses\n");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      'The header row needs a "question" (or "prompt") column and an "answer" (or "answer notes") column. Found: "term", "definition".',
    );
    await chooseFile(page, "deck.apkg", "application/octet-stream", "not a zip at all");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("isn't a zip archive");
    await expectNoA11yViolations();
    const { rows } = await usersDb.query(
      `SELECT count(*)::int AS n FROM "QuestionSet" WHERE "ownerId" = $1`,
      [newUser.id],
    );
    expect(rows[0].n).toBe(0);
  });
});

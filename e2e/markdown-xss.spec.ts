import { deleteQuestion, expect, insertQuestion, test, uniqueSuffix } from "./fixtures";

const HOSTILE_NOTES = `Plain **bold** text survives.

<script>window.__xss=1</script>

<img src=x onerror="window.__xss=2">

[click](javascript:window.__xss=3)

<svg onload="window.__xss=4"><circle r="5" /></svg>

<a href="javascript:alert(1)">x</a>

<iframe src="javascript:alert(1)"></iframe>

Inline <img src=x onerror="alert(5)"> and <a href="JaVaScRiPt:alert(6)">mixed case</a> and [entity](jav&#x09;ascript:alert(7)).
`;
const HOSTILE_PROMPT = "Is <b onmouseover=alert(1)>bold</b> markup shown as text?";

test("answer notes and prompts cannot run script", async ({ page, db }) => {
  const suffix = uniqueSuffix();
  const slug = `e2e-xss-${suffix}`;
  const tag = `e2e-xss-${suffix}`;
  const id = await insertQuestion(db, {
    slug,
    prompt: HOSTILE_PROMPT,
    whyAsked: "<img src=x onerror=alert(8)> must stay text.",
    answerNotes: HOSTILE_NOTES,
    keyPoints: ["<script>alert(9)</script>", "Second point", "Third point"],
    tags: [tag],
  });
  try {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });

    await page.goto(`/questions/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_PROMPT);
    await expect(page.getByRole("heading", { level: 1 }).locator("b")).toHaveCount(0);
    await expect(page.getByText("<img src=x onerror=alert(8)> must stay text.")).toBeVisible();
    await expect(page.getByText("<script>alert(9)</script>")).toBeVisible();

    const notes = page.getByRole("region", { name: "Model answer notes" });
    await expect(notes.getByText("Plain bold text survives.")).toBeVisible();
    // Trigger what a user could: click the would-be links and hover the prompt.
    await notes.getByText("click", { exact: true }).click();
    await notes.getByText("x", { exact: true }).click();
    await page.getByRole("heading", { level: 1 }).hover();

    await expect(notes.locator("script, iframe, svg, img, object, embed")).toHaveCount(0);
    await expect(page.locator("[onerror], [onload], [onmouseover]")).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);

    // The list shows the same prompt as plain text.
    await page.goto(`/questions?tags=${tag}`);
    await expect(page.getByRole("list", { name: "Questions" }).getByRole("link")).toHaveText([
      HOSTILE_PROMPT,
    ]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  } finally {
    await deleteQuestion(db, id);
  }
});

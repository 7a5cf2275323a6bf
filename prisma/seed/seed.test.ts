import { afterAll, describe, expect, it } from "vitest";
import { createTestClient } from "@/tests/db";
import { bankQuestions, seedBank, seedBankIfEmpty } from "./index";

const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const everyText = (q: (typeof bankQuestions)[number]) =>
  [q.prompt, q.whyAsked, q.answerNotes, ...q.keyPoints].join("\n");

/** Problems with the fenced code blocks of a Markdown text (CommonMark rules, backtick and tilde). */
function fenceProblems(markdown: string): string[] {
  let open: { marker: string; line: number } | null = null;
  const problems: string[] = [];
  for (const [index, line] of markdown.split("\n").entries()) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    const [, marker = "", info = ""] = fence;
    if (!open) {
      if (marker[0] === "`" && info.includes("`"))
        problems.push(`line ${index + 1}: backtick in a fence's info string`);
      open = { marker, line: index + 1 };
    } else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && info.trim() === "") {
      open = null;
    }
  }
  if (open) problems.push(`fence opened on line ${open.line} is never closed`);
  return problems;
}

describe("the built-in question bank", () => {
  it("has at least 18 questions with unique, URL-safe slugs", () => {
    expect(bankQuestions.length).toBeGreaterThanOrEqual(18);
    const slugs = bankQuestions.map((q) => q.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(bankQuestions.map((q) => [q.slug, q] as const))("%s is well-formed", (_slug, q) => {
    expect(q.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(q.keyPoints.length).toBeLessThanOrEqual(6);
    for (const point of q.keyPoints) expect(point.trim()).not.toBe("");
    expect(q.tags.length).toBeGreaterThan(0);
    expect(new Set(q.tags).size).toBe(q.tags.length);
    for (const tag of q.tags) expect(tag).toMatch(TAG);
    expect(["EASY", "MEDIUM", "HARD"]).toContain(q.difficulty);
    expect(Number.isInteger(q.suggestedSeconds)).toBe(true);
    expect(q.suggestedSeconds).toBeGreaterThanOrEqual(30);
    expect(q.suggestedSeconds).toBeLessThanOrEqual(3600);
    for (const text of [q.prompt, q.whyAsked, q.answerNotes]) expect(text.trim().length).toBeGreaterThan(20);
    expect(fenceProblems(q.answerNotes)).toEqual([]);
  });

  it("has unique prompts", () => {
    const prompts = bankQuestions.map((q) => q.prompt.trim().toLowerCase());
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it("detects an unbalanced fence (the checker itself)", () => {
    expect(fenceProblems("```ts\nconst a = 1;\n```\ntext")).toEqual([]);
    expect(fenceProblems("```ts\nconst a = 1;\n")).toHaveLength(1);
    expect(fenceProblems("````md\n```\n````")).toEqual([]);
    expect(fenceProblems("```ts\n```js\n")).toHaveLength(1);
  });
});

describe("facts corrected since the source article", () => {
  it("gives the current package limits: 250 MB unzipped, 10 GB for images", () => {
    const packageSize = bankQuestions.find((q) => q.slug === "lambda-layers-and-package-size");
    if (!packageSize)
      throw new Error("the package-size question (lambda-layers-and-package-size) is missing from the bank");
    const text = everyText(packageSize);
    expect(text).toMatch(/250\s*MB/);
    expect(text).toMatch(/10\s*GB/);
  });

  it("recommends no deprecated Node.js runtime", () => {
    for (const q of bankQuestions) {
      expect(everyText(q), q.slug).not.toMatch(/nodejs1[0-9]\.x|NODEJS_1[0-9]_X|Node\.js 1[0-9]\b/i);
    }
  });
});

describe("seedBank", () => {
  const prisma = createTestClient();
  afterAll(() => prisma.$disconnect());

  const snapshot = async () =>
    prisma.question.findMany({
      where: { slug: { in: bankQuestions.map((q) => q.slug) } },
      select: { id: true, slug: true, prompt: true, keyPoints: true, visibility: true, authorId: true },
      orderBy: { slug: "asc" },
    });

  it("is idempotent: seeding twice keeps the rows, their ids and the count", async () => {
    expect(await seedBank(prisma)).toBe(bankQuestions.length);
    const before = await snapshot();
    const countBefore = await prisma.question.count();
    expect(before).toHaveLength(bankQuestions.length);

    expect(await seedBank(prisma)).toBe(bankQuestions.length);
    expect(await prisma.question.count()).toBe(countBefore);
    expect(await snapshot()).toEqual(before);
    for (const row of before) expect(row).toMatchObject({ visibility: "PUBLIC", authorId: null });
  });

  it("restores an edited bank question to the bank's text, keeping its id", async () => {
    const { slug, prompt } = bankQuestions[0] ?? { slug: "", prompt: "" };
    const row = await prisma.question.update({
      where: { slug },
      data: { prompt: "edited locally" },
      select: { id: true },
    });
    try {
      await seedBank(prisma);
      expect(
        await prisma.question.findUnique({ where: { slug }, select: { id: true, prompt: true } }),
      ).toEqual({
        id: row.id,
        prompt,
      });
    } finally {
      await prisma.question.update({ where: { slug }, data: { prompt } });
    }
  });

  it("seedBankIfEmpty leaves an already seeded bank alone", async () => {
    const { slug, whyAsked } = bankQuestions[0] ?? { slug: "", whyAsked: "" };
    await prisma.question.update({ where: { slug }, data: { whyAsked: "kept edit" } });
    try {
      expect(await seedBankIfEmpty(prisma)).toBe(0);
      expect(
        (await prisma.question.findUnique({ where: { slug }, select: { whyAsked: true } }))?.whyAsked,
      ).toBe("kept edit");
    } finally {
      await prisma.question.update({ where: { slug }, data: { whyAsked } });
    }
  });
});

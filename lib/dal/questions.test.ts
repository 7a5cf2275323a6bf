// Integration tests against the Postgres that `npm test` prepared: the full-text search, filters
// and visibility rules live in SQL, so only a real database can check them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQuestionBySlug, listTags, searchQuestions } from "@/lib/dal/questions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, parseQuestionSearch, type QuestionSearch } from "@/lib/validations/question";
import { createTestClient, uniqueWord } from "@/tests/db";

const prisma = createTestClient();
const run = uniqueWord("dal");
const createdUserIds: string[] = [];
let counter = 0;

function search(partial: Partial<QuestionSearch>): QuestionSearch {
  return { q: "", tags: [], page: 1, ...partial };
}

/** A question of this run; its tags always include the run's own tag so cleanup finds it. */
async function makeQuestion(data: Partial<Prisma.QuestionUncheckedCreateInput> = {}) {
  counter += 1;
  return prisma.question.create({
    data: {
      slug: `${run}-${counter}`,
      prompt: "Placeholder prompt",
      whyAsked: "Placeholder reason",
      answerNotes: "Placeholder notes",
      keyPoints: ["one", "two", "three"],
      difficulty: "MEDIUM",
      suggestedSeconds: 120,
      ...data,
      tags: [run, ...(data.tags as string[] | undefined ?? [])],
    },
    select: { id: true, slug: true },
  });
}

async function makeUser() {
  const user = await prisma.user.create({ data: { email: `${uniqueWord("u")}@rehearse.test` }, select: { id: true } });
  createdUserIds.push(user.id);
  return user;
}

const slugs = (page: { items: { slug: string }[] }) => page.items.map((i) => i.slug);

afterAll(async () => {
  await prisma.question.deleteMany({ where: { tags: { has: run } } });
  await prisma.user.deleteMany({ where: { id: { in: createdUserIds } } });
  await prisma.$disconnect();
  await db.$disconnect();
});

describe("searchQuestions: full-text search", () => {
  const group = uniqueWord("fts");
  const promptWord = uniqueWord("pw");
  const tagWord = uniqueWord("tw");
  let concurrency: { slug: string };
  let coldStart: { slug: string };
  let tagged: { slug: string };

  beforeAll(async () => {
    concurrency = await makeQuestion({
      prompt: `How does Lambda concurrency scale under a ${promptWord} burst?`,
      tags: [group],
    });
    coldStart = await makeQuestion({ prompt: "What is a cold start and how do you reduce it?", tags: [group] });
    tagged = await makeQuestion({ prompt: "A question whose only searchable word is its tag", tags: [group, tagWord] });
  });

  it("finds a question by a word of its prompt", async () => {
    const page = await searchQuestions(search({ q: promptWord }));
    expect(slugs(page)).toEqual([concurrency.slug]);
    expect(page.total).toBe(1);
  });

  it("finds by several prompt words, all of which must match", async () => {
    expect(slugs(await searchQuestions(search({ q: "cold start", tags: [group] })))).toEqual([coldStart.slug]);
    expect(slugs(await searchQuestions(search({ q: `cold ${promptWord}`, tags: [group] })))).toEqual([]);
  });

  it("matches word prefixes: 'conc' finds 'concurrency'", async () => {
    expect(slugs(await searchQuestions(search({ q: "conc", tags: [group] })))).toEqual([concurrency.slug]);
    expect(slugs(await searchQuestions(search({ q: promptWord.slice(0, 5) })))).toContain(concurrency.slug);
  });

  it("finds a question by a word that is only in its tags", async () => {
    expect(slugs(await searchQuestions(search({ q: tagWord })))).toEqual([tagged.slug]);
  });

  it("ranks a prompt match (A) above a whyAsked match (B) above an answer-notes match (C)", async () => {
    const word = uniqueWord("rk");
    // Oldest first, so ordering by date alone would give the opposite of the expected ranking.
    const inNotes = await makeQuestion({ answerNotes: `Mentions ${word} once.`, createdAt: new Date("2001-01-01") });
    const inWhy = await makeQuestion({ whyAsked: `Mentions ${word} once.`, createdAt: new Date("2001-01-02") });
    const inPrompt = await makeQuestion({ prompt: `Mentions ${word} once.`, createdAt: new Date("2001-01-03") });
    const page = await searchQuestions(search({ q: word }));
    expect(slugs(page)).toEqual([inPrompt.slug, inWhy.slug, inNotes.slug]);
  });

  it.each([
    "&|!():*'\\",
    "conc:* & | ! ( ) <-> <2> 'quoted' \\\\",
    "'; DROP TABLE \"Question\"; --",
    "the of and a", // stop words only: an empty tsquery
    "Größe été 東京 ß",
    "!".repeat(200),
  ])("does not throw for the search %j", async (q) => {
    const page = await searchQuestions(parseQuestionSearch({ q, tags: group }));
    expect(page.page).toBe(1);
    expect(page.total).toBe(page.items.length);
  });

  it("still finds the word inside a query full of tsquery operators", async () => {
    const page = await searchQuestions(parseQuestionSearch({ q: "!(conc:*) | & <->", tags: group }));
    expect(slugs(page)).toEqual([concurrency.slug]);
  });

  it("finds words with non-ASCII letters by prefix", async () => {
    const word = uniqueWord("größe");
    const q = await makeQuestion({ prompt: `Erklären Sie die ${word}nänderung` });
    expect(slugs(await searchQuestions(search({ q: word })))).toEqual([q.slug]);
  });
});

describe("searchQuestions: filters and pages", () => {
  const group = uniqueWord("flt");
  const x = uniqueWord("x");
  const y = uniqueWord("y");
  let onlyX: { slug: string }, onlyY: { slug: string }, both: { slug: string };

  beforeAll(async () => {
    onlyX = await makeQuestion({ tags: [group, x], difficulty: "EASY" });
    onlyY = await makeQuestion({ tags: [group, y], difficulty: "HARD" });
    both = await makeQuestion({ tags: [group, x, y], difficulty: "HARD" });
  });

  it("requires every selected tag", async () => {
    expect(slugs(await searchQuestions(search({ tags: [group, x] }))).sort()).toEqual([onlyX.slug, both.slug].sort());
    expect(slugs(await searchQuestions(search({ tags: [x, y] })))).toEqual([both.slug]);
    expect((await searchQuestions(search({ tags: [group, uniqueWord("none")] }))).total).toBe(0);
  });

  it("filters by difficulty", async () => {
    expect(slugs(await searchQuestions(search({ tags: [group], difficulty: "HARD" }))).sort()).toEqual(
      [onlyY.slug, both.slug].sort(),
    );
    expect(slugs(await searchQuestions(search({ tags: [group], difficulty: "EASY" })))).toEqual([onlyX.slug]);
    expect((await searchQuestions(search({ tags: [group], difficulty: "MEDIUM" }))).total).toBe(0);
  });

  it("pages by 12, oldest first, and keeps the total past the last page", async () => {
    const pageGroup = uniqueWord("pg");
    const made: string[] = [];
    for (let i = 0; i < PAGE_SIZE + 2; i++) {
      // Distinct dates make the expected order explicit.
      const q = await makeQuestion({ tags: [pageGroup], createdAt: new Date(Date.UTC(2002, 0, 1 + i)) });
      made.push(q.slug);
    }
    const first = await searchQuestions(search({ tags: [pageGroup] }));
    expect(first).toMatchObject({ total: 14, page: 1, pageCount: 2 });
    expect(slugs(first)).toEqual(made.slice(0, 12));

    const second = await searchQuestions(search({ tags: [pageGroup], page: 2 }));
    expect(second).toMatchObject({ total: 14, page: 2, pageCount: 2 });
    expect(slugs(second)).toEqual(made.slice(12));

    const past = await searchQuestions(search({ tags: [pageGroup], page: 5 }));
    expect(past).toMatchObject({ items: [], total: 14, page: 5, pageCount: 2 });
  });

  it("reports one empty page when nothing matches", async () => {
    expect(await searchQuestions(search({ tags: [uniqueWord("none")] }))).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });

  it("returns only the listed fields", async () => {
    const [item] = (await searchQuestions(search({ tags: [x, y] }))).items;
    expect(item).toEqual({
      slug: both.slug,
      prompt: "Placeholder prompt",
      tags: [run, group, x, y],
      difficulty: "HARD",
      suggestedSeconds: 120,
    });
  });
});

describe("private questions", () => {
  const group = uniqueWord("prv");
  const privateTag = uniqueWord("pt");
  const privateWord = uniqueWord("pw");
  let author: { id: string }, other: { id: string };
  let mine: { slug: string }, shared: { slug: string };

  beforeAll(async () => {
    author = await makeUser();
    other = await makeUser();
    mine = await makeQuestion({
      prompt: `My own ${privateWord} question`,
      tags: [group, privateTag],
      visibility: "PRIVATE",
      authorId: author.id,
    });
    shared = await makeQuestion({ tags: [group], visibility: "PUBLIC", authorId: author.id });
  });

  it("are hidden from anonymous visitors and other users, in lists and searches", async () => {
    for (const viewer of [{}, { userId: other.id }]) {
      expect(slugs(await searchQuestions(search({ tags: [group] }), viewer))).toEqual([shared.slug]);
      expect((await searchQuestions(search({ q: privateWord }), viewer)).total).toBe(0);
      expect((await searchQuestions(search({ tags: [privateTag] }), viewer)).total).toBe(0);
    }
  });

  it("are visible to their author", async () => {
    const viewer = { userId: author.id };
    expect(slugs(await searchQuestions(search({ tags: [group] }), viewer)).sort()).toEqual([mine.slug, shared.slug].sort());
    expect(slugs(await searchQuestions(search({ q: privateWord }), viewer))).toEqual([mine.slug]);
  });

  it("count in listTags only for their author", async () => {
    const find = async (viewer: { userId?: string }) => (await listTags(viewer)).find((t) => t.tag === privateTag);
    expect(await find({})).toBeUndefined();
    expect(await find({ userId: other.id })).toBeUndefined();
    expect(await find({ userId: author.id })).toEqual({ tag: privateTag, count: 1 });
    expect((await listTags({})).find((t) => t.tag === group)).toEqual({ tag: group, count: 1 });
    expect((await listTags({ userId: author.id })).find((t) => t.tag === group)).toEqual({ tag: group, count: 2 });
  });

  it("are returned by slug only to their author", async () => {
    expect(await getQuestionBySlug(mine.slug)).toBeNull();
    expect(await getQuestionBySlug(mine.slug, { userId: other.id })).toBeNull();
    const found = await getQuestionBySlug(mine.slug, { userId: author.id });
    expect(found).toMatchObject({ slug: mine.slug, prompt: `My own ${privateWord} question`, author: { name: null } });
  });
});

describe("listTags", () => {
  it("counts visible questions per tag, most used first", async () => {
    const common = uniqueWord("tc");
    const rare = uniqueWord("tr");
    await makeQuestion({ tags: [common, rare] });
    await makeQuestion({ tags: [common] });
    await makeQuestion({ tags: [common] });
    const tags = await listTags();
    const commonIndex = tags.findIndex((t) => t.tag === common);
    const rareIndex = tags.findIndex((t) => t.tag === rare);
    expect(tags[commonIndex]).toEqual({ tag: common, count: 3 });
    expect(tags[rareIndex]).toEqual({ tag: rare, count: 1 });
    expect(commonIndex).toBeLessThan(rareIndex);
    const counts = tags.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe("getQuestionBySlug", () => {
  it("returns a public question with its details and nothing about other users", async () => {
    const q = await makeQuestion({ prompt: "Public detail", answerNotes: "**Notes**", keyPoints: ["a", "b", "c"] });
    const found = await getQuestionBySlug(q.slug);
    expect(found).toMatchObject({
      id: q.id,
      slug: q.slug,
      prompt: "Public detail",
      answerNotes: "**Notes**",
      keyPoints: ["a", "b", "c"],
      author: null,
    });
    expect(Object.keys(found ?? {})).not.toContain("authorId");
  });

  it("returns null for an unknown slug", async () => {
    expect(await getQuestionBySlug(uniqueWord("missing"))).toBeNull();
    expect(await getQuestionBySlug(uniqueWord("missing"), { userId: "nobody" })).toBeNull();
  });
});

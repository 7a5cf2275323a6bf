// Integration tests against the Postgres that `npm test` prepared: full-text search, filters and
// pages live in SQL, so only a real database can check them. Visibility: questions.visibility.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchQuestions } from "@/lib/dal/questions";
import { PAGE_SIZE, parseQuestionSearch } from "@/lib/validations/question";
import { uniqueWord } from "@/tests/db";
import { questionFixtures, search, slugs } from "@/tests/question-fixtures";

const { run, makeQuestion, cleanup } = questionFixtures();

afterAll(async () => {
  await cleanup();
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
    coldStart = await makeQuestion({
      prompt: "What is a cold start and how do you reduce it?",
      tags: [group],
    });
    tagged = await makeQuestion({
      prompt: "A question whose only searchable word is its tag",
      tags: [group, tagWord],
    });
  });

  it("finds a question by a word of its prompt", async () => {
    const page = await searchQuestions(search({ q: promptWord }));
    expect(slugs(page)).toEqual([concurrency.slug]);
    expect(page.total).toBe(1);
  });

  it("finds by several prompt words, all of which must match", async () => {
    expect(slugs(await searchQuestions(search({ q: "cold start", tags: [group] })))).toEqual([
      coldStart.slug,
    ]);
    expect(slugs(await searchQuestions(search({ q: `cold ${promptWord}`, tags: [group] })))).toEqual([]);
  });

  it("matches word prefixes: 'conc' finds 'concurrency'", async () => {
    expect(slugs(await searchQuestions(search({ q: "conc", tags: [group] })))).toEqual([concurrency.slug]);
    expect(slugs(await searchQuestions(search({ q: promptWord.slice(0, 5) })))).toContain(concurrency.slug);
  });

  it("finds a question by a word that is only in its tags", async () => {
    expect(slugs(await searchQuestions(search({ q: tagWord })))).toEqual([tagged.slug]);
  });

  it("ranks a prompt match (A) above a key-point match (B) above a whyAsked match (C)", async () => {
    const word = uniqueWord("rk");
    // Oldest first, so ordering by date alone would give the opposite of the expected ranking.
    const inWhy = await makeQuestion({
      whyAsked: `Mentions ${word} once.`,
      createdAt: new Date("2001-01-01"),
    });
    const inKeyPoint = await makeQuestion({
      keyPoints: [`Mentions ${word} once.`, "Another point", "A third point"],
      createdAt: new Date("2001-01-02"),
    });
    const inPrompt = await makeQuestion({
      prompt: `Mentions ${word} once.`,
      createdAt: new Date("2001-01-03"),
    });
    const page = await searchQuestions(search({ q: word }));
    expect(slugs(page)).toEqual([inPrompt.slug, inKeyPoint.slug, inWhy.slug]);
  });

  it("pages ranked matches, equal ranks oldest first, and keeps the total past the last page", async () => {
    const word = uniqueWord("rp");
    // Dated in the future: pickers of the oldest questions elsewhere in the suite never meet them.
    const made: string[] = [];
    for (let i = 0; i < PAGE_SIZE + 2; i++) {
      const q = await makeQuestion({
        prompt: `Mentions ${word} once.`,
        createdAt: new Date(Date.UTC(2100, 0, 1 + i)),
      });
      made.push(q.slug);
    }
    // One stronger match (the word twice) ranks first although it is the newest.
    const strong = await makeQuestion({
      prompt: `Mentions ${word} and ${word} again.`,
      createdAt: new Date("2101-01-01"),
    });
    const first = await searchQuestions(search({ q: word }));
    expect(first).toMatchObject({ total: 15, page: 1, pageCount: 2 });
    expect(slugs(first)).toEqual([strong.slug, ...made.slice(0, 11)]);
    const second = await searchQuestions(search({ q: word, page: 2 }));
    expect(slugs(second)).toEqual(made.slice(11));
    expect(await searchQuestions(search({ q: word, page: 4 }))).toMatchObject({
      items: [],
      total: 15,
      pageCount: 2,
    });
  });

  it("leaves answer notes out of the search document (it stays small enough to live in the row)", async () => {
    const word = uniqueWord("nt");
    await makeQuestion({ answerNotes: `Mentions ${word} once.` });
    expect((await searchQuestions(search({ q: word }))).total).toBe(0);
  });

  it.each([
    "&|!():*'\\",
    "conc:* & | ! ( ) <-> <2> 'quoted' \\\\",
    '\'; DROP TABLE "Question"; --',
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

  it("finds words that start with an accented capital, typed in either case", async () => {
    // Postgres lowercases the document with the database's locale; under the C locale "Ü" stays
    // "Ü" while the query is lowercased in JavaScript, so the two never meet.
    const word = uniqueWord("überblick");
    const q = await makeQuestion({ prompt: `Give an Ü${word.slice(1)} of the event sources` });
    const hint = "the database lowercases text with a locale that does not know Ü (initdb --locale=C?)";
    expect(slugs(await searchQuestions(search({ q: word }))), hint).toEqual([q.slug]);
    const typed = parseQuestionSearch({ q: `Ü${word.slice(1, 9)}` });
    expect(slugs(await searchQuestions(typed)), hint).toEqual([q.slug]);
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
    expect(slugs(await searchQuestions(search({ tags: [group, x] }))).sort()).toEqual(
      [onlyX.slug, both.slug].sort(),
    );
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

// The bank's list without words reads its total from "QuestionCount", which statement triggers on
// "Question" keep (migration bank_counts). These check that every kind of write keeps it exact,
// and that the totals searchQuestions reports agree with counting the rows.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listTags, searchQuestions } from "@/lib/dal/questions";
import { PAGE_SIZE } from "@/lib/validations/question";
import { uniqueWord } from "@/tests/db";
import { questionFixtures, search } from "@/tests/question-fixtures";

const { run, makeQuestion, makeUser, cleanup } = questionFixtures();

afterAll(async () => {
  await cleanup();
  await db.$disconnect();
});

/** The kept count of public questions with `tag` ('' for all), per difficulty, and the real one. */
async function keptAndReal(tag: string) {
  const rows = await db.$queryRaw<{ difficulty: string; kept: bigint | null; real: bigint }[]>`
    SELECT d."difficulty",
           (SELECT c."count"::bigint FROM "QuestionCount" c WHERE c."tag" = ${tag} AND c."difficulty" = d."difficulty") AS "kept",
           (SELECT count(*) FROM "Question" q
             WHERE q."visibility" = 'PUBLIC' AND q."difficulty" = d."difficulty"
               AND (${tag} = '' OR q."tags" @> ARRAY[${tag}]::text[])) AS "real"
    FROM unnest(enum_range(NULL::"Difficulty")) AS d("difficulty")
    ORDER BY 1`;
  return {
    kept: Object.fromEntries(rows.map((r) => [r.difficulty, Number(r.kept ?? 0)])),
    real: Object.fromEntries(rows.map((r) => [r.difficulty, Number(r.real)])),
  };
}

async function expectExact(tag: string, expected?: Record<string, number>) {
  const { kept, real } = await keptAndReal(tag);
  expect(kept).toEqual(real);
  if (expected) expect(kept).toEqual({ EASY: 0, MEDIUM: 0, HARD: 0, ...expected });
}

describe("QuestionCount", () => {
  it("follows inserts, edits of tags, difficulty and visibility, and deletes", async () => {
    const a = uniqueWord("ca");
    const b = uniqueWord("cb");
    const one = await makeQuestion({ tags: [a], difficulty: "EASY" });
    const two = await makeQuestion({ tags: [a, b], difficulty: "HARD" });
    await makeQuestion({ tags: [a, b], difficulty: "HARD", visibility: "PRIVATE" });
    await expectExact(a, { EASY: 1, HARD: 1 });
    await expectExact(b, { HARD: 1 });

    await db.question.update({ where: { id: one.id }, data: { tags: [run, b], difficulty: "MEDIUM" } });
    await expectExact(a, { HARD: 1 });
    await expectExact(b, { MEDIUM: 1, HARD: 1 });

    await db.question.update({ where: { id: two.id }, data: { visibility: "PRIVATE" } });
    await expectExact(a, {});
    await expectExact(b, { MEDIUM: 1 });
    await db.question.updateMany({ where: { tags: { has: a } }, data: { visibility: "PUBLIC" } });
    await expectExact(a, { HARD: 2 });
    await expectExact(b, { MEDIUM: 1, HARD: 2 });

    const tagCount = async (tag: string, userId?: string) =>
      (await listTags({ userId })).find((t) => t.tag === tag)?.count;
    expect(await tagCount(a)).toBe(2);
    expect(await tagCount(b)).toBe(3);

    await db.question.delete({ where: { id: two.id } });
    await expectExact(a, { HARD: 1 });
    expect(await tagCount(a)).toBe(1);
    await db.question.deleteMany({ where: { tags: { has: b } } });
    await expectExact(a, {});
    await expectExact(b, {});
    expect(await tagCount(a)).toBeUndefined();
    expect(await tagCount(b)).toBeUndefined();
  });

  it("counts a tag a question repeats once, and many rows written by one statement", async () => {
    const c = uniqueWord("cc");
    await db.question.createMany({
      data: [1, 2, 3].map((i) => ({
        slug: `${run}-many-${i}`,
        prompt: "Placeholder prompt",
        whyAsked: "Placeholder reason",
        answerNotes: "Placeholder notes",
        tags: [run, c, c],
        difficulty: i === 3 ? "EASY" : "MEDIUM",
        suggestedSeconds: 120,
      })),
    });
    await expectExact(c, { EASY: 1, MEDIUM: 2 });
    expect((await searchQuestions(search({ tags: [c] }))).total).toBe(3);
    expect((await listTags()).find((t) => t.tag === c)).toEqual({ tag: c, count: 3 });
    const author = await makeUser();
    await makeQuestion({ tags: [c, c], visibility: "PRIVATE", authorId: author.id });
    expect((await listTags({ userId: author.id })).find((t) => t.tag === c)).toEqual({ tag: c, count: 4 });
  });

  it("keeps the whole bank's count exact", async () => {
    await makeQuestion({ difficulty: "HARD" });
    await expectExact("");
  });
});

describe("searchQuestions: totals without words", () => {
  it("match counting the rows, for every filter and viewer, past the last page too", async () => {
    const group = uniqueWord("tot");
    const x = uniqueWord("tx");
    const author = await makeUser();
    const other = await makeUser();
    for (let i = 0; i < PAGE_SIZE + 1; i++) await makeQuestion({ tags: [group], difficulty: "EASY" });
    await makeQuestion({ tags: [group, x], difficulty: "HARD" });
    await makeQuestion({ tags: [group, x], difficulty: "HARD", visibility: "PRIVATE", authorId: author.id });
    await makeQuestion({ tags: [group], difficulty: "EASY", visibility: "PRIVATE", authorId: other.id });

    const total = async (partial: Parameters<typeof search>[0], userId?: string) =>
      (await searchQuestions(search(partial), { userId })).total;
    expect(await total({ tags: [group] })).toBe(14);
    expect(await total({ tags: [group] }, author.id)).toBe(15);
    expect(await total({ tags: [group] }, other.id)).toBe(15);
    expect(await total({ tags: [group], difficulty: "HARD" })).toBe(1);
    expect(await total({ tags: [group], difficulty: "HARD" }, author.id)).toBe(2);
    expect(await total({ tags: [group], difficulty: "HARD" }, other.id)).toBe(1);
    expect(await total({ tags: [group, x] })).toBe(1);
    expect(await total({ tags: [group, x] }, author.id)).toBe(2);
    expect(await total({ tags: [x], page: 9 }, author.id)).toBe(2);
    expect(await searchQuestions(search({ tags: [group], page: 3 }))).toMatchObject({
      items: [],
      total: 14,
      pageCount: 2,
    });
  });

  it("of the whole bank match counting its rows", async () => {
    const author = await makeUser();
    await makeQuestion({ difficulty: "MEDIUM", visibility: "PRIVATE", authorId: author.id });
    // One statement reads both, so questions other files write meanwhile cannot skew them.
    const [row] = await db.$queryRaw<{ public: bigint; mine: bigint; medium: bigint }[]>`
      SELECT count(*) FILTER (WHERE "visibility" = 'PUBLIC') AS "public",
             count(*) FILTER (WHERE "visibility" = 'PUBLIC' OR "authorId" = ${author.id}) AS "mine",
             count(*) FILTER (WHERE "visibility" = 'PUBLIC' AND "difficulty" = 'MEDIUM') AS "medium"
      FROM "Question"`;
    const [anonymous, signedIn, medium] = await Promise.all([
      searchQuestions(search({})),
      searchQuestions(search({}), { userId: author.id }),
      searchQuestions(search({ difficulty: "MEDIUM" })),
    ]);
    expect(anonymous.total).toBe(Number(row?.public));
    expect(signedIn.total).toBe(Number(row?.mine));
    expect(medium.total).toBe(Number(row?.medium));
  });
});

describe("the bank's GIN indexes", () => {
  it("keep a small pending list, so searches never read a long one between vacuums", async () => {
    const rows = await db.$queryRaw<{ name: string; options: string[] | null }[]>`
      SELECT c.relname AS "name", c.reloptions AS "options" FROM pg_class c
      WHERE c.relname IN ('Question_tags_idx', 'Question_searchVector_idx') ORDER BY 1`;
    expect(rows).toEqual([
      { name: "Question_searchVector_idx", options: ["gin_pending_list_limit=128"] },
      { name: "Question_tags_idx", options: ["gin_pending_list_limit=128"] },
    ]);
  });
});

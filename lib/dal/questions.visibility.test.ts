// Who sees which question, through every read of the DAL, against the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getQuestionBySlug, listTags, searchQuestions } from "@/lib/dal/questions";
import { uniqueWord } from "@/tests/db";
import { questionFixtures, search, slugs } from "@/tests/question-fixtures";

const { makeQuestion, makeUser, cleanup } = questionFixtures();

afterAll(async () => {
  await cleanup();
  await db.$disconnect();
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
    expect(slugs(await searchQuestions(search({ tags: [group] }), viewer)).sort()).toEqual(
      [mine.slug, shared.slug].sort(),
    );
    expect(slugs(await searchQuestions(search({ q: privateWord }), viewer))).toEqual([mine.slug]);
  });

  it("count in listTags only for their author", async () => {
    const find = async (viewer: { userId?: string }) =>
      (await listTags(viewer)).find((t) => t.tag === privateTag);
    expect(await find({})).toBeUndefined();
    expect(await find({ userId: other.id })).toBeUndefined();
    expect(await find({ userId: author.id })).toEqual({ tag: privateTag, count: 1 });
    expect((await listTags({})).find((t) => t.tag === group)).toEqual({ tag: group, count: 1 });
    expect((await listTags({ userId: author.id })).find((t) => t.tag === group)).toEqual({
      tag: group,
      count: 2,
    });
  });

  it("are returned by slug only to their author", async () => {
    expect(await getQuestionBySlug(mine.slug)).toBeNull();
    expect(await getQuestionBySlug(mine.slug, { userId: other.id })).toBeNull();
    const found = await getQuestionBySlug(mine.slug, { userId: author.id });
    expect(found).toMatchObject({
      slug: mine.slug,
      prompt: `My own ${privateWord} question`,
      author: { name: null },
    });
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
    const q = await makeQuestion({
      prompt: "Public detail",
      answerNotes: "**Notes**",
      keyPoints: ["a", "b", "c"],
    });
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

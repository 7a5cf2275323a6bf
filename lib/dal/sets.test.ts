// Sets in the database: what may be added, order, clones, links, and interviews started from a set.
import { afterAll, describe, expect, it } from "vitest";
import { createInterview } from "@/lib/dal/interviews";
import { startInterviewSchema } from "@/lib/interviews/rules";
import { SET_LIMITS } from "@/lib/sets/limits";
import { interviewFixtures } from "@/tests/interviews";
import { addSetItem, moveSetItem, removeSetItem, setItemTime, writeSetQuestion } from "./set-items";
import { cloneSet, duplicateSet, regenerateShareLink, revokeShareLink, setVisibility } from "./set-sharing";
import { createSet, getOwnedSet, getSharedSet, questionsForSetInterview, SetError } from "./sets";

const fx = interviewFixtures();
afterAll(() => fx.cleanup());

async function setWith(userId: string, count: number) {
  const setId = await createSet({ userId, title: "Backend basics", description: "For juniors" });
  const { questions } = await fx.makeQuestions(count);
  for (const q of questions) await addSetItem({ userId, setId, slug: q.slug });
  return { setId, questions };
}
const order = async (userId: string, setId: string) =>
  (await getOwnedSet({ userId, setId }))!.items.map((i) => i.questionId);
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

const written = {
  prompt: "What does a load balancer do?",
  whyAsked: "",
  answerNotes: "Spreads requests.",
  keyPoints: ["health checks"],
  tags: [],
  difficulty: "EASY" as const,
  suggestedSeconds: 90,
  visibility: "PRIVATE" as const,
};

describe("building a set", () => {
  it("adds public and own private questions, never another user's private one", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const { setId } = await setWith(owner.id, 1);
    const { questions: mine } = await fx.makeQuestions(1, { visibility: "PRIVATE", authorId: owner.id });
    const { questions: theirs } = await fx.makeQuestions(1, { visibility: "PRIVATE", authorId: other.id });
    await addSetItem({ userId: owner.id, setId, slug: mine[0]!.slug });
    const error = await refusal(addSetItem({ userId: owner.id, setId, slug: theirs[0]!.slug }));
    expect(error).toBeInstanceOf(SetError);
    expect(error).toMatchObject({ status: 404 });
    expect(await order(owner.id, setId)).toHaveLength(2);
    await expect(addSetItem({ userId: owner.id, setId, slug: mine[0]!.slug })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("refuses every write on someone else's set with 404", async () => {
    const [owner, other] = [await fx.makeUser(), await fx.makeUser()];
    const { setId, questions } = await setWith(owner.id, 2);
    const args = { userId: other.id, setId, questionId: questions[0]!.id };
    for (const attempt of [
      () => addSetItem({ userId: other.id, setId, slug: questions[0]!.slug }),
      () => moveSetItem({ ...args, to: 1 }),
      () => removeSetItem(args),
      () => setItemTime({ ...args, seconds: 60 }),
      () => writeSetQuestion({ userId: other.id, setId, input: written }),
      () => setVisibility({ userId: other.id, setId, visibility: "PUBLIC" }),
      () => revokeShareLink({ userId: other.id, setId }),
      () => duplicateSet({ userId: other.id, setId }),
    ])
      await expect(attempt()).rejects.toMatchObject({ status: 404 });
    expect(await order(owner.id, setId)).toEqual(questions.map((q) => q.id));
    expect(await getOwnedSet({ userId: other.id, setId })).toBeNull();
  });

  it("writes a private question in place at the end, owned by the set's owner", async () => {
    const owner = await fx.makeUser();
    const { setId } = await setWith(owner.id, 1);
    const question = await writeSetQuestion({ userId: owner.id, setId, input: written });
    const stored = await fx.prisma.question.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored).toMatchObject({ authorId: owner.id, visibility: "PRIVATE", prompt: written.prompt });
    expect((await order(owner.id, setId))[1]).toBe(question.id);
  });

  it("moves, removes and renumbers, keeping the others in order", async () => {
    const owner = await fx.makeUser();
    const { setId, questions } = await setWith(owner.id, 4);
    const [a, b, c, d] = questions.map((q) => q.id);
    expect(await moveSetItem({ userId: owner.id, setId, questionId: d!, to: 0 })).toBe(0);
    expect(await order(owner.id, setId)).toEqual([d, a, b, c]);
    expect(await moveSetItem({ userId: owner.id, setId, questionId: d!, to: 99 })).toBe(3);
    await removeSetItem({ userId: owner.id, setId, questionId: b! });
    const set = await getOwnedSet({ userId: owner.id, setId });
    expect(set!.items.map((i) => [i.questionId, i.position])).toEqual([
      [a, 0],
      [c, 1],
      [d, 2],
    ]);
  });
});

describe("sharing and cloning", () => {
  it("a link works until revoked; a regenerated link replaces the old one", async () => {
    const owner = await fx.makeUser();
    const { setId } = await setWith(owner.id, 1);
    const { shareToken } = await setVisibility({ userId: owner.id, setId, visibility: "LINK" });
    expect(shareToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await getSharedSet({ token: shareToken! }))?.id).toBe(setId);
    const fresh = await regenerateShareLink({ userId: owner.id, setId });
    expect(await getSharedSet({ token: shareToken! })).toBeNull();
    expect((await getSharedSet({ token: fresh.shareToken! }))?.id).toBe(setId);
    expect(await revokeShareLink({ userId: owner.id, setId })).toEqual({
      visibility: "PRIVATE",
      shareToken: null,
    });
    expect(await getSharedSet({ token: fresh.shareToken! })).toBeNull();
  });

  it("clones a public set with credit, copying the owner's private questions for the cloner", async () => {
    const [owner, cloner] = [await fx.makeUser(), await fx.makeUser()];
    const { setId, questions } = await setWith(owner.id, 1);
    const own = await writeSetQuestion({ userId: owner.id, setId, input: written });
    await expect(cloneSet({ userId: cloner.id, setId })).rejects.toMatchObject({ status: 404 });
    await setVisibility({ userId: owner.id, setId, visibility: "PUBLIC" });
    const cloneId = await cloneSet({ userId: cloner.id, setId });
    const clone = await getOwnedSet({ userId: cloner.id, setId: cloneId });
    expect(clone?.clonedFrom).toEqual({ ownerName: owner.name, title: "Backend basics" });
    expect(clone?.items.map((i) => i.prompt)).toEqual(["Placeholder prompt", written.prompt]);
    expect(clone?.items[0]?.questionId).toBe(questions[0]!.id);
    expect(clone?.items[1]?.questionId).not.toBe(own.id);
    const copy = await fx.prisma.question.findUniqueOrThrow({ where: { id: clone!.items[1]!.questionId } });
    expect(copy).toMatchObject({ authorId: cloner.id, visibility: "PRIVATE" });
    await fx.prisma.question.delete({ where: { id: copy.id } });

    // Once the original is no longer public, the clone still credits its author but not its title.
    await setVisibility({ userId: owner.id, setId, visibility: "LINK" });
    const credited = await getOwnedSet({ userId: cloner.id, setId: cloneId });
    expect(credited?.clonedFrom).toEqual({ ownerName: owner.name, title: null });
  });
});

describe("duplicating a set", () => {
  /** The set as stored, with its items in order: all a duplicate must copy or leave alone. */
  const stored = (setId: string) =>
    fx.prisma.questionSet.findUniqueOrThrow({
      where: { id: setId },
      select: {
        ownerId: true,
        title: true,
        description: true,
        visibility: true,
        shareToken: true,
        clonedFromId: true,
        updatedAt: true,
        items: {
          orderBy: { position: "asc" },
          select: { questionId: true, position: true, secondsOverride: true },
        },
      },
    });

  it("copies title (as a copy), description, questions in order and their times into a private set", async () => {
    const owner = await fx.makeUser();
    const { setId, questions } = await setWith(owner.id, 3);
    const own = await writeSetQuestion({ userId: owner.id, setId, input: written });
    const [a, b, c] = questions.map((q) => q.id);
    await moveSetItem({ userId: owner.id, setId, questionId: c!, to: 0 });
    await setItemTime({ userId: owner.id, setId, questionId: a!, seconds: 45 });
    await setItemTime({ userId: owner.id, setId, questionId: own.id, seconds: 300 });
    // Public, with a live link (made while it was link-only) that the copy must not take over.
    await setVisibility({ userId: owner.id, setId, visibility: "LINK" });
    const { shareToken } = await setVisibility({ userId: owner.id, setId, visibility: "PUBLIC" });
    expect(shareToken).toBeTruthy();
    const before = await stored(setId);
    expect(before.items.map((i) => [i.questionId, i.secondsOverride])).toEqual([
      [c, null],
      [a, 45],
      [b, null],
      [own.id, 300],
    ]);

    const copyId = await duplicateSet({ userId: owner.id, setId });
    expect(copyId).not.toBe(setId);
    const copy = await stored(copyId);
    expect(copy).toMatchObject({
      ownerId: owner.id,
      title: "Backend basics (copy)",
      description: "For juniors",
      visibility: "PRIVATE",
      shareToken: null,
      clonedFromId: null,
    });
    // The same questions (the owner's own private one too, not a copy of it), order and times.
    expect(copy.items).toEqual(before.items);
    expect((await getOwnedSet({ userId: owner.id, setId: copyId }))?.items.map((i) => i.prompt)).toEqual([
      "Placeholder prompt",
      "Placeholder prompt",
      "Placeholder prompt",
      written.prompt,
    ]);
    // The original is exactly as it was, and its link still opens it (not the copy).
    expect(await stored(setId)).toEqual(before);
    expect((await getSharedSet({ token: shareToken! }))?.id).toBe(setId);
    expect(await fx.prisma.question.count({ where: { authorId: owner.id } })).toBe(1);

    // The copy is a set of its own: changing it leaves the original alone.
    await removeSetItem({ userId: owner.id, setId: copyId, questionId: a! });
    expect(await stored(setId)).toEqual(before);
  });

  it("keeps a copy's title within the limit", async () => {
    const owner = await fx.makeUser();
    const setId = await createSet({
      userId: owner.id,
      title: "t".repeat(SET_LIMITS.title.max),
      description: "",
    });
    const copy = await getOwnedSet({
      userId: owner.id,
      setId: await duplicateSet({ userId: owner.id, setId }),
    });
    expect(copy?.title).toBe(`${"t".repeat(SET_LIMITS.title.max - 7)} (copy)`);
    expect(copy?.title).toHaveLength(SET_LIMITS.title.max);
    expect(copy?.items).toEqual([]);
  });
});

describe("interviews from a set", () => {
  it("use the set's order and times, record the set and sharing, and take at most `max`", async () => {
    const [owner, candidate] = [await fx.makeUser(), await fx.makeUser()];
    const { setId, questions } = await setWith(owner.id, 3);
    await setItemTime({ userId: owner.id, setId, questionId: questions[1]!.id, seconds: 45 });
    await moveSetItem({ userId: owner.id, setId, questionId: questions[2]!.id, to: 0 });
    expect(await questionsForSetInterview({ userId: candidate.id, setId, max: 2 })).toBeNull();
    const { shareToken } = await setVisibility({ userId: owner.id, setId, visibility: "LINK" });
    const found = await questionsForSetInterview({ userId: candidate.id, token: shareToken!, max: 2 });
    expect(found?.questions).toEqual([
      { id: questions[2]!.id, suggestedSeconds: 60 },
      { id: questions[0]!.id, suggestedSeconds: 60 },
    ]);
    const all = await questionsForSetInterview({ userId: candidate.id, token: shareToken!, max: 100 });
    expect(all?.questions[2]).toEqual({ id: questions[1]!.id, suggestedSeconds: 45 });
    const input = startInterviewSchema.parse({ count: 3, order: "fixed" });
    const id = await createInterview(candidate.id, input, all!.questions, { setId, sharedWithOwner: true });
    const stored = await fx.prisma.interview.findUniqueOrThrow({
      where: { id },
      select: {
        setId: true,
        sharedWithOwner: true,
        filter: true,
        attempts: { orderBy: { position: "asc" } },
      },
    });
    expect(stored).toMatchObject({ setId, sharedWithOwner: true, filter: null });
    expect(stored.attempts.map((a) => a.allowedSeconds)).toEqual([60, 60, 45]);
  });
});

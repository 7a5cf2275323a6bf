// Who may run the set actions: nobody signed out, and nobody on someone else's set. Each action is
// called as an anonymous visitor, as another user (the owner's set stays exactly as it was), and as
// the owner.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addSetItem } from "@/lib/dal/set-items";
import { setVisibility } from "@/lib/dal/set-sharing";
import { createSet as createSetRow } from "@/lib/dal/sets";
import { db } from "@/lib/db";
import {
  actAs,
  expectNoEffectForOtherUser,
  expectRefusedForAnonymous,
  form,
  resetAuthz,
} from "@/tests/authz";
import { interviewFixtures } from "@/tests/interviews";
import type { ActionResult } from "./result";
import {
  addQuestionToSet,
  moveQuestionInSet,
  removeQuestionFromSet,
  setQuestionTime,
  writeQuestionInSet,
} from "./set-items";
import { changeSharing, copySet, createSet, deleteSet, saveSetDetails, startSetInterview } from "./sets";

const { sessionMock, nextCacheMock, navigationMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);
vi.mock("next/navigation", navigationMock);

const fx = interviewFixtures();
beforeEach(() => actAs(null));
afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

/** An owner's private set of two bank questions, plus a spare public question. */
async function ownedSet() {
  const owner = await fx.makeUser();
  const setId = await createSetRow({ userId: owner.id, title: "Owner's set", description: "" });
  const { questions } = await fx.makeQuestions(3);
  for (const q of questions.slice(0, 2)) await addSetItem({ userId: owner.id, setId, slug: q.slug });
  return { owner, setId, questions };
}

/** Everything about a set an action could change, and what interviews were made from it. */
const setState = (setId: string) =>
  fx.prisma.questionSet.findUnique({
    where: { id: setId },
    select: {
      title: true,
      description: true,
      visibility: true,
      shareToken: true,
      updatedAt: true,
      items: {
        orderBy: { position: "asc" },
        select: { questionId: true, position: true, secondsOverride: true },
      },
      _count: { select: { interviews: true } },
    },
  });

const written = {
  prompt: "Explain idempotency keys.",
  answerNotes: "Retries are safe.",
  keyPoints: "dedupe\nstore result",
  difficulty: "MEDIUM",
  suggestedSeconds: "90",
};

type Call = [
  string,
  (setId: string, questionId: string, spare: string) => Promise<ActionResult | ActionResult<number>>,
];
const calls: Call[] = [
  ["saveSetDetails", (setId) => saveSetDetails(null, form({ setId, title: "Taken over", description: "" }))],
  ["deleteSet", (setId) => deleteSet(null, form({ setId }))],
  ["copySet (duplicate)", (setId) => copySet(null, form({ setId, kind: "duplicate" }))],
  ["copySet (clone)", (setId) => copySet(null, form({ setId }))],
  [
    "changeSharing",
    (setId) => changeSharing(null, form({ setId, visibility: "PUBLIC", intent: "visibility" })),
  ],
  ["changeSharing (revoke)", (setId) => changeSharing(null, form({ setId, intent: "revoke" }))],
  ["changeSharing (regenerate)", (setId) => changeSharing(null, form({ setId, intent: "regenerate" }))],
  ["startSetInterview", (setId) => startSetInterview(null, form({ setId }))],
  ["addQuestionToSet", (setId, _q, spare) => addQuestionToSet(null, form({ setId, slug: spare }))],
  ["writeQuestionInSet", (setId) => writeQuestionInSet(null, form({ setId, ...written }))],
  ["removeQuestionFromSet", (setId, questionId) => removeQuestionFromSet(null, form({ setId, questionId }))],
  ["moveQuestionInSet", (setId, questionId) => moveQuestionInSet(null, form({ setId, questionId, to: "1" }))],
  [
    "setQuestionTime",
    (setId, questionId) => setQuestionTime(null, form({ setId, questionId, seconds: "45" })),
  ],
];

describe("anonymous visitors are refused, and nothing changes", () => {
  it.each([...calls, ["createSet", () => createSet(null, form({ title: "Mine" }))] as Call])(
    "%s",
    async (_name, run) => {
      const { setId, questions } = await ownedSet();
      await expectRefusedForAnonymous(
        () => run(setId, questions[0]!.id, questions[2]!.slug) as Promise<ActionResult>,
        () => setState(setId),
      );
    },
  );
});

describe("another user gets a refusal and the owner's private set is untouched", () => {
  it.each(calls)("%s", async (_name, run) => {
    const { setId, questions } = await ownedSet();
    const stranger = await fx.makeUser();
    const result = await expectNoEffectForOtherUser({
      actingAs: stranger,
      victimState: () => setState(setId),
      run: () => run(setId, questions[0]!.id, questions[2]!.slug),
    });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/doesn't exist|isn't in this set|no longer shared/),
    });
    expect(await fx.prisma.questionSet.count({ where: { ownerId: stranger.id } })).toBe(0);
  });
});

describe("the owner", () => {
  it("edits, reorders, times, adds and writes questions in their set", async () => {
    const { owner, setId, questions } = await ownedSet();
    actAs(owner);
    const [a, b, spare] = questions;
    expect(await saveSetDetails(null, form({ setId, title: "Renamed", description: "d" }))).toMatchObject({
      ok: true,
    });
    expect(await moveQuestionInSet(null, form({ setId, questionId: a!.id, to: "1" }))).toEqual({
      ok: true,
      data: 1,
    });
    expect(await setQuestionTime(null, form({ setId, questionId: b!.id, seconds: "45" }))).toMatchObject({
      ok: true,
    });
    expect(await addQuestionToSet(null, form({ setId, slug: spare!.slug }))).toMatchObject({ ok: true });
    expect(await writeQuestionInSet(null, form({ setId, ...written }))).toMatchObject({ ok: true });
    const state = await setState(setId);
    expect(state).toMatchObject({ title: "Renamed", description: "d" });
    expect(state!.items.slice(0, 3)).toEqual([
      { questionId: b!.id, position: 0, secondsOverride: 45 },
      { questionId: a!.id, position: 1, secondsOverride: null },
      { questionId: spare!.id, position: 2, secondsOverride: null },
    ]);
    expect(state!.items).toHaveLength(4);
  });

  it("gets field errors for a bad question written in place, and nothing is added", async () => {
    const { owner, setId } = await ownedSet();
    actAs(owner);
    const result = await writeQuestionInSet(null, form({ setId, ...written, prompt: "Hi", keyPoints: "" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { prompt: [expect.any(String)], keyPoints: [expect.any(String)] },
    });
    expect((await setState(setId))!.items).toHaveLength(2);
  });
});

describe("candidates and shared sets", () => {
  async function redirectOf(run: () => Promise<unknown>) {
    const error = await run().then(
      () => null,
      (e: { redirectedTo?: string }) => e,
    );
    return error?.redirectedTo ?? null;
  }

  it("start from a link with sharing off by default, or on when ticked; the owner never shares", async () => {
    const { owner, setId } = await ownedSet();
    const { shareToken } = await setVisibility({ userId: owner.id, setId, visibility: "LINK" });
    const candidate = await fx.makeUser();
    actAs(candidate);
    expect(await redirectOf(() => startSetInterview(null, form({ token: shareToken! })))).toMatch(
      /^\/interviews\//,
    );
    expect(
      await redirectOf(() => startSetInterview(null, form({ token: shareToken!, shareWithOwner: "on" }))),
    ).toMatch(/^\/interviews\//);
    actAs(owner);
    expect(await redirectOf(() => startSetInterview(null, form({ setId, shareWithOwner: "on" })))).toMatch(
      /^\/interviews\//,
    );
    const made = await fx.prisma.interview.findMany({
      where: { setId },
      orderBy: { createdAt: "asc" },
      select: { userId: true, sharedWithOwner: true },
    });
    expect(made).toEqual([
      { userId: candidate.id, sharedWithOwner: false },
      { userId: candidate.id, sharedWithOwner: true },
      { userId: owner.id, sharedWithOwner: false },
    ]);
  });

  it("clone a link-shared set by its token, but not by its id", async () => {
    const { owner, setId } = await ownedSet();
    const { shareToken } = await setVisibility({ userId: owner.id, setId, visibility: "LINK" });
    const candidate = await fx.makeUser();
    actAs(candidate);
    expect(await copySet(null, form({ setId }))).toMatchObject({ ok: false });
    const to = await redirectOf(() => copySet(null, form({ token: shareToken! })));
    const clone = await fx.prisma.questionSet.findFirstOrThrow({
      where: { ownerId: candidate.id },
      select: { id: true, clonedFromId: true },
    });
    expect(to).toBe(`/sets/${clone.id}`);
    expect(clone.clonedFromId).toBe(setId);
  });
});

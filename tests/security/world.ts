// The data the matrix and the fuzzers act on: an owner with one of everything a request can name
// (a private set, a private question, a running interview, a finished one to grade), the ids of
// it all, and snapshots of every row an action or route could change.
import { randomBytes } from "node:crypto";
import { submitAnswer } from "@/lib/dal/interviews";
import { addSetItem } from "@/lib/dal/set-items";
import { createSet } from "@/lib/dal/sets";
import { uniqueWord } from "@/tests/db";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import { TEST_PASSWORD, userFixtures, type TestUser } from "@/tests/users";

/** Everything a call may name, all of it belonging to one user. */
export interface Ids {
  email: string;
  /** An address no account has yet (cleaned up if one is made with it). */
  newEmail: string;
  password: string;
  /** A private set holding `inSet[0]` and `inSet[1]`. */
  setId: string;
  inSet: PickedQuestion[];
  /** A public bank question that isn't in the set. */
  spare: PickedQuestion;
  /** A question only this user can see (they wrote it). */
  privateQuestion: PickedQuestion;
  /** A practice-mode interview of three questions, still running. */
  interviewId: string;
  /** A one-question interview, answered and over: position 0 can be graded. */
  gradableId: string;
}

export interface World {
  user: TestUser;
  ids: Ids;
}

const cuidLike = () => `c${randomBytes(12).toString("hex").slice(0, 24)}`;

/** Well-formed ids of things that don't exist: what "not yours" must look exactly like. */
export function missingIds(): Ids {
  const ghost = (): PickedQuestion => ({ id: cuidLike(), slug: uniqueWord("ghost"), suggestedSeconds: 60 });
  return {
    email: `${uniqueWord("ghost")}@rehearse.test`,
    newEmail: `${uniqueWord("ghost")}@rehearse.test`,
    password: "no such password 1234",
    setId: cuidLike(),
    inSet: [ghost(), ghost()],
    spare: ghost(),
    privateQuestion: ghost(),
    interviewId: cuidLike(),
    gradableId: cuidLike(),
  };
}

export function securityFixtures() {
  const fx = interviewFixtures();
  const users = userFixtures();
  const prisma = fx.prisma;
  const made: string[] = [];

  /** A user (with a password) and one of everything; ~30 queries. A password of its own costs a hash. */
  async function makeWorld(options: { password?: string } = {}): Promise<World> {
    const user = await users.makeUser({ password: options.password });
    made.push(user.id);
    const { questions } = await fx.makeQuestions(3);
    const [privateQuestion] = (await fx.makeQuestions(1, { authorId: user.id, visibility: "PRIVATE" }))
      .questions;
    const setId = await createSet({ userId: user.id, title: "Owner's set", description: "" });
    for (const q of questions.slice(0, 2)) await addSetItem({ userId: user.id, setId, slug: q.slug });
    const { id: interviewId } = await fx.startInterview(user.id, { questions, input: { mode: "PRACTICE" } });
    const { id: gradableId } = await fx.startInterview(user.id, { questions: [questions[2]!] });
    await submitAnswer({
      userId: user.id,
      interviewId: gradableId,
      position: 0,
      text: "An answer",
      revision: 1,
      skipped: false,
    });
    const ids = {
      email: user.email,
      newEmail: users.email("new"),
      password: options.password ?? TEST_PASSWORD,
      setId,
      inSet: questions.slice(0, 2),
      spare: questions[2]!,
      privateQuestion: privateQuestion!,
      interviewId,
      gradableId,
    };
    return { user, ids };
  }

  /**
   * Every row of these users' that an action or route could change (account, sessions, questions,
   * sets and their items, interviews, attempts, pauses, review states), each table as a digest of its
   * rows in full, plus every table's size: one query, cheap enough to take around every fuzzed call.
   */
  async function fingerprint(userIds: string[]) {
    const [row] = await prisma.$queryRaw<Record<string, string>[]>`
      SELECT
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "User" t WHERE t.id = ANY(${userIds})) AS "users",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Session" t WHERE t."userId" = ANY(${userIds})) AS "sessions",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Question" t WHERE t."authorId" = ANY(${userIds})) AS "questions",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "QuestionSet" t WHERE t."ownerId" = ANY(${userIds})) AS "sets",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "QuestionSetItem" t JOIN "QuestionSet" s ON s.id = t."setId" WHERE s."ownerId" = ANY(${userIds})) AS "items",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Interview" t WHERE t."userId" = ANY(${userIds})) AS "interviews",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "Attempt" t WHERE t."userId" = ANY(${userIds})) AS "attempts",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM "InterviewPause" t JOIN "Interview" i ON i.id = t."interviewId" WHERE i."userId" = ANY(${userIds})) AS "pauses",
        (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t."questionId"), '')) FROM "ReviewState" t WHERE t."userId" = ANY(${userIds})) AS "reviews",
        (SELECT concat_ws(',', (SELECT count(*) FROM "User"), (SELECT count(*) FROM "Session"), (SELECT count(*) FROM "Question"),
          (SELECT count(*) FROM "QuestionSet"), (SELECT count(*) FROM "QuestionSetItem"), (SELECT count(*) FROM "Interview"),
          (SELECT count(*) FROM "Attempt"), (SELECT count(*) FROM "InterviewPause"), (SELECT count(*) FROM "ReviewState"))) AS "tableSizes"`;
    return row!;
  }

  /** Another signed-in user with nothing of their own yet. */
  async function makeUser() {
    const user = await users.makeUser();
    made.push(user.id);
    return user;
  }

  async function cleanup() {
    // Questions outlive their author (authorId is set null), so the ones written here go first.
    await prisma.question.deleteMany({ where: { authorId: { in: made } } });
    await users.cleanup();
    await fx.cleanup();
  }

  return { prisma, users, makeUser, makeWorld, fingerprint, cleanup };
}

/** Runs an action that may `redirect()`: the redirect (thrown by the mocked next/navigation) reads as success. */
export async function settle(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    const to = (error as { redirectedTo?: string }).redirectedTo;
    if (!to) throw error;
    return { ok: true, redirectedTo: to };
  }
}

/** Factory for `vi.mock("next/navigation", redirectMock)`: `redirect()` throws what `settle` reads. */
export const redirectMock = () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`NEXT_REDIRECT ${url}`), { redirectedTo: url });
  },
});

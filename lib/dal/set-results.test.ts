// The owner's results view: only interviews candidates chose to share, figures per question.
import { afterAll, describe, expect, it } from "vitest";
import { createInterview, gradeAttempt, settleInterview, submitAnswer } from "@/lib/dal/interviews";
import { startInterviewSchema } from "@/lib/interviews/rules";
import { interviewFixtures } from "@/tests/interviews";
import { setResults } from "./set-results";
import { addSetItem } from "./set-items";
import { createSet, questionsForSetInterview } from "./sets";

const fx = interviewFixtures();
afterAll(() => fx.cleanup());

/** A candidate answers both questions of the set (the second times out) and grades them. */
async function run(setId: string, userId: string, shared: boolean, grades: [1 | 2 | 3 | 4, 1 | 2 | 3 | 4]) {
  const found = await questionsForSetInterview({ userId, setId, max: 100 });
  const input = startInterviewSchema.parse({ count: 2, order: "fixed" });
  const id = await createInterview(userId, input, found!.questions, { setId, sharedWithOwner: shared });
  await submitAnswer({
    userId,
    interviewId: id,
    position: 0,
    text: `answer of ${userId}`,
    revision: 1,
    skipped: false,
  });
  await fx.moveDeadline(id, 1, -60);
  await settleInterview(id, userId);
  for (const position of [0, 1])
    await gradeAttempt({
      userId,
      interviewId: id,
      position,
      grade: grades[position]!,
      keyPointsCovered: [],
      note: "",
    });
  return id;
}

describe("setResults", () => {
  it("shows shared interviews only, never counts the others, and refuses anyone but the owner", async () => {
    const owner = await fx.makeUser();
    const setId = await createSet({ userId: owner.id, title: "Screening", description: "" });
    const { questions } = await fx.makeQuestions(2);
    for (const q of questions) await addSetItem({ userId: owner.id, setId, slug: q.slug });
    // The set is the owner's; candidates start it through the DAL as if it were public.
    await fx.prisma.questionSet.update({ where: { id: setId }, data: { visibility: "PUBLIC" } });
    const [sharer, other, hidden] = [await fx.makeUser(), await fx.makeUser(), await fx.makeUser()];
    await run(setId, sharer.id, true, [4, 2]);
    await run(setId, other.id, true, [2, 1]);
    await run(setId, hidden.id, false, [1, 1]);
    await run(setId, owner.id, true, [1, 1]);

    const results = await setResults({ userId: owner.id, setId });
    expect(results?.total).toBe(2);
    expect(results?.interviews.map((i) => i.user.name)).toHaveLength(2);
    expect(results?.interviews.flatMap((i) => i.attempts.map((a) => a.answer))).not.toContain(
      `answer of ${hidden.id}`,
    );
    expect(results?.stats.map((s) => [s.questionId, s.answers, s.averageGrade, s.timeoutRate])).toEqual([
      [questions[0]!.id, 2, 3, 0],
      [questions[1]!.id, 2, 1.5, 1],
    ]);
    expect(results?.stats[0]?.averageSeconds).toBeGreaterThanOrEqual(0);

    expect(await setResults({ userId: sharer.id, setId })).toBeNull();
  });
});

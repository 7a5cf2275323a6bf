import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerSchema, gradeSchema, startInterviewSchema, suggestGrade } from "./rules";

/** The field errors of a start form, as the action would show them. */
function errorsOf(input: Record<string, unknown>) {
  const parsed = startInterviewSchema.safeParse({ count: 5, ...input });
  expect(parsed.success, "the input should be refused").toBe(false);
  return z.flattenError(parsed.error!).fieldErrors;
}

describe("startInterviewSchema", () => {
  it("fills the defaults of a minimal form", () => {
    expect(startInterviewSchema.parse({ count: "3" })).toEqual({
      tags: [],
      count: 3,
      order: "random",
      secondsPerQuestion: null,
      totalMinutes: null,
      mode: "STRICT",
      gradeEachQuestion: false,
    });
  });

  it("accepts the bounds themselves", () => {
    const input = { count: 30, secondsPerQuestion: 3600, totalMinutes: 600 };
    expect(startInterviewSchema.safeParse(input).success).toBe(true);
    expect(
      startInterviewSchema.safeParse({ count: 1, secondsPerQuestion: 30, totalMinutes: 1 }).success,
    ).toBe(true);
  });

  it.each([
    [{ count: 0 }, "count", "Choose at least 1 question."],
    [{ count: 31 }, "count", "Choose at most 30 questions."],
    [{ count: 2.5 }, "count", "Choose a whole number of questions."],
    [{ count: "many" }, "count", "Choose how many questions."],
    [{ secondsPerQuestion: 29 }, "secondsPerQuestion", "Allow at least 30 seconds per question."],
    [{ secondsPerQuestion: 3601 }, "secondsPerQuestion", "Allow at most 60 minutes per question."],
    [{ totalMinutes: 0 }, "totalMinutes", "A time limit must be at least 1 minute."],
    [{ totalMinutes: 601 }, "totalMinutes", "A time limit can be at most 600 minutes."],
    [{ tags: ["lambda", "Cold Start!"] }, "tags", "Pick tags from the list."],
    [{ tags: ["-leading-dash"] }, "tags", "Pick tags from the list."],
    [{ tags: Array.from({ length: 11 }, (_, i) => `tag-${i}`) }, "tags", "Pick at most 10 tags."],
  ])("refuses %j with a clear message", (input, field, message) => {
    expect(errorsOf(input)).toEqual({ [field]: [message] });
  });

  it("explains a time that isn't a number in words", () => {
    expect(errorsOf({ totalMinutes: "ten" }).totalMinutes?.[0]).not.toMatch(/Invalid input|NaN/);
    expect(errorsOf({ secondsPerQuestion: "abc" }).secondsPerQuestion?.[0]).not.toMatch(/Invalid input|NaN/);
  });

  it("refuses an unknown mode, order or difficulty on that field", () => {
    expect(Object.keys(errorsOf({ mode: "RELAXED" }))).toEqual(["mode"]);
    expect(Object.keys(errorsOf({ order: "alphabetical" }))).toEqual(["order"]);
    expect(Object.keys(errorsOf({ difficulty: "INSANE" }))).toEqual(["difficulty"]);
  });
});

describe("answer and grade schemas", () => {
  it("caps answers at 20,000 characters", () => {
    expect(answerSchema.safeParse({ text: "a".repeat(20_000), revision: 1 }).success).toBe(true);
    const parsed = answerSchema.safeParse({ text: "a".repeat(20_001), revision: 1 });
    expect(parsed.error?.issues[0]?.message).toBe("Answers can be at most 20,000 characters.");
  });

  it("wants revisions from 1", () => {
    expect(answerSchema.safeParse({ text: "", revision: 0 }).success).toBe(false);
  });

  it("grades with 1 to 4 only", () => {
    expect(gradeSchema.parse({ grade: 4 })).toEqual({ grade: 4, keyPointsCovered: [], note: "" });
    expect(gradeSchema.safeParse({ grade: 7 }).error?.issues[0]?.message).toBe("Grade with 1 to 4.");
    expect(gradeSchema.safeParse({ grade: 0 }).success).toBe(false);
  });
});

describe("suggestGrade", () => {
  it.each([
    [0, 5, false, 1],
    [1, 5, false, 2],
    [2, 5, false, 2],
    [3, 5, false, 3],
    [4, 5, false, 3],
    [5, 5, false, 4],
    [9, 10, false, 4],
    [0, 0, false, 1],
    [5, 5, true, 3],
    [3, 5, true, 2],
    [2, 5, true, 1],
    [0, 5, true, 1],
  ])("%i of %i key points, timed out %s → %i", (covered, total, timedOut, grade) => {
    expect(suggestGrade(covered, total, timedOut)).toBe(grade);
  });
});

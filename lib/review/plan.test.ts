import { describe, expect, it } from "vitest";
import { addUtcDays, startOfUtcDay, toDateInput } from "./days";
import { FINAL_DAYS, isInScope, planReviews, type InScopeQuestion } from "./plan";

const now = new Date("2030-03-02T15:30:00Z");
const today = startOfUtcDay(now);
const day = (n: number) => addUtcDays(today, n);
const interviewAt = day(10); // ten days left: today and the nine after it

const unseen = (id: string): InScopeQuestion => ({ questionId: id, due: null, lastGrade: null });
const seen = (id: string, due: Date, lastGrade: number, lastReviewAt = day(-1)): InScopeQuestion => ({
  questionId: id,
  due,
  lastGrade,
  lastReviewAt,
});
const plan = (inScope: InScopeQuestion[], at = interviewAt) => planReviews({ now, interviewAt: at, inScope });
const dates = (list: Date[]) => list.map(toDateInput);

describe("planReviews", () => {
  it("plans at least one review before the date for every question in scope", () => {
    const inScope = [
      ...Array.from({ length: 7 }, (_, i) => unseen(`new-${i}`)),
      seen("overdue", day(-4), 3),
      seen("soon", day(2), 4),
      seen("after", day(40), 4),
      seen("weak", day(1), 1),
    ];
    const result = plan(inScope);
    expect(result.questions.map((q) => q.questionId)).toEqual(inScope.map((q) => q.questionId));
    for (const q of result.questions) {
      expect(q.reviews.length, q.questionId).toBeGreaterThan(0);
      expect(
        q.reviews.every((r) => r < interviewAt),
        q.questionId,
      ).toBe(true);
      expect(q.due).toEqual(q.reviews[0]);
    }
  });

  it("spreads unseen questions evenly over the days before the date, from today", () => {
    const result = plan(Array.from({ length: 25 }, (_, i) => unseen(`q${i}`)));
    const perDay = new Map<string, number>();
    for (const q of result.questions)
      perDay.set(toDateInput(q.due), (perDay.get(toDateInput(q.due)) ?? 0) + 1);
    expect([...perDay.keys()]).toEqual(Array.from({ length: 10 }, (_, i) => toDateInput(day(i))));
    expect(Math.max(...perDay.values()) - Math.min(...perDay.values())).toBeLessThanOrEqual(1);
    expect(result.days).toBe(10);
    expect(result.reviewsPerDay).toBe(3); // 25 reviews over 10 days, rounded up
  });

  it("pulls a due date on or after the interview to the day before it, and keeps earlier ones", () => {
    const result = plan([seen("after", day(30), 4), seen("on", day(10), 3), seen("before", day(4), 3)]);
    expect(result.questions.map((q) => toDateInput(q.due))).toEqual(
      [day(9), day(9), day(4)].map(toDateInput),
    );
  });

  it("keeps an overdue question overdue, so the queue shows it first", () => {
    expect(plan([seen("late", day(-3), 3)]).questions[0]!.due).toEqual(day(-3));
  });

  it("gives weak questions (last grade 2 or lower) a second review in the last three days", () => {
    const result = plan([
      seen("missed", day(1), 1),
      seen("partial", day(3), 2),
      seen("overdue-weak", day(-2), 1),
      seen("solid", day(3), 3),
    ]);
    const finalDays = [day(7), day(8), day(9)];
    const byId = Object.fromEntries(result.questions.map((q) => [q.questionId, q]));
    for (const id of ["missed", "partial", "overdue-weak"]) {
      const reviews = byId[id]!.reviews;
      expect(reviews, id).toHaveLength(2);
      expect(finalDays.map(toDateInput), id).toContain(toDateInput(reviews[1]!));
      expect(reviews[1]! > reviews[0]!, id).toBe(true);
    }
    expect(byId.solid!.reviews).toHaveLength(1);
    // Spread over the final days rather than piled on the last one.
    expect(
      new Set(["missed", "partial", "overdue-weak"].map((id) => toDateInput(byId[id]!.reviews[1]!))).size,
    ).toBe(FINAL_DAYS);
  });

  it("gives a weak question whose first review is already in the final days a later one", () => {
    const result = plan([seen("weak", day(7), 2)]);
    expect(dates(result.questions[0]!.reviews)).toEqual(dates([day(7), day(8)]));
  });

  it("counts every planned review in reviewsPerDay, rounded up", () => {
    // 4 unseen + 2 seen + 1 second review for the weak one = 7 reviews over 2 days.
    const result = plan(
      [unseen("a"), unseen("b"), unseen("c"), unseen("d"), seen("e", day(5), 3), seen("weak", day(-1), 1)],
      day(2),
    );
    expect(result.days).toBe(2);
    expect(result.questions.reduce((n, q) => n + q.reviews.length, 0)).toBe(7);
    expect(result.reviewsPerDay).toBe(4);
  });

  it("does not plan a question again on the day it was already reviewed", () => {
    // The interview is tomorrow; the question was reviewed today and is due after the date.
    const result = plan([seen("done", day(5), 3, now)], day(1));
    expect(result.questions[0]).toEqual({ questionId: "done", due: day(5), reviews: [] });
    expect(result.reviewsPerDay).toBe(0);
  });

  it("puts everything on today when the interview is today", () => {
    const result = plan([unseen("a"), seen("b", day(3), 3)], today);
    expect(result.days).toBe(1);
    expect(result.questions.map((q) => q.due)).toEqual([today, today]);
    expect(result.reviewsPerDay).toBe(2);
  });

  it("plans nothing for an empty scope", () => {
    expect(plan([])).toEqual({ questions: [], days: 10, reviewsPerDay: 0 });
  });
});

describe("isInScope", () => {
  it("takes every question when no tag is chosen", () => {
    expect(isInScope([], ["sqs"])).toBe(true);
    expect(isInScope([], [])).toBe(true);
  });

  it("takes a question with any of the chosen tags", () => {
    expect(isInScope(["sqs", "layers"], ["layers", "limits"])).toBe(true);
    expect(isInScope(["sqs"], ["layers"])).toBe(false);
  });
});

import { Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { addUtcDays, DAY_MS } from "./days";
import { effectiveGrade, notBeforeTomorrow, ratingFor, replayReviews, type GradedAttempt } from "./schedule";

const at = (iso: string) => new Date(iso);
const graded = (grade: number, submittedAt: string, extra: Partial<GradedAttempt> = {}): GradedAttempt => ({
  grade,
  timedOut: false,
  skipped: false,
  submittedAt: at(submittedAt),
  ...extra,
});

describe("ratingFor", () => {
  it.each([
    [1, Rating.Again],
    [2, Rating.Hard],
    [3, Rating.Good],
    [4, Rating.Easy],
  ])("maps grade %i to FSRS rating %i", (grade, rating) => {
    expect(ratingFor({ grade, timedOut: false, skipped: false })).toBe(rating);
  });

  it.each([1, 2, 3, 4])("counts a timed-out or skipped answer graded %i as Again", (grade) => {
    expect(ratingFor({ grade, timedOut: true, skipped: false })).toBe(Rating.Again);
    expect(ratingFor({ grade, timedOut: false, skipped: true })).toBe(Rating.Again);
    expect(effectiveGrade({ grade, timedOut: true, skipped: false })).toBe(1);
  });
});

describe("notBeforeTomorrow (the same-day rule)", () => {
  it("moves a due date on the grading day to the start of the next UTC day", () => {
    expect(notBeforeTomorrow(at("2030-03-02T10:01:00Z"), at("2030-03-02T10:00:00Z"))).toEqual(
      at("2030-03-03T00:00:00Z"),
    );
    expect(notBeforeTomorrow(at("2030-03-01T00:00:00Z"), at("2030-03-02T23:59:59Z"))).toEqual(
      at("2030-03-03T00:00:00Z"),
    );
  });

  it("leaves a later due date alone", () => {
    const due = at("2030-03-05T10:00:00Z");
    expect(notBeforeTomorrow(due, at("2030-03-02T10:00:00Z"))).toBe(due);
  });
});

describe("replayReviews", () => {
  it("is null without a graded attempt", () => {
    expect(replayReviews([], new Date())).toBeNull();
  });

  it("schedules whole days from the first review: Again 1, Hard 2, Good 3, Easy 8", () => {
    const answered = "2030-03-02T10:00:00Z";
    const days = [1, 2, 3, 4].map((grade) => {
      const card = replayReviews([graded(grade, answered)], at(answered))!;
      return (card.due.getTime() - at(answered).getTime()) / DAY_MS;
    });
    expect(days).toEqual([1, 2, 3, 8]);
  });

  it("records one review per graded attempt", () => {
    const card = replayReviews([graded(3, "2030-03-02T10:00:00Z")], at("2030-03-02T10:05:00Z"))!;
    expect(card).toMatchObject({
      reps: 1,
      lapses: 0,
      phase: "REVIEW",
      scheduledDays: 3,
      lastReviewAt: at("2030-03-02T10:00:00Z"),
    });
  });

  it("never brings a question back on the day it was graded, even when graded days after answering", () => {
    // Answered Monday, Missed → due Tuesday 10:00; graded Tuesday noon → not before Wednesday.
    const card = replayReviews([graded(1, "2030-03-04T10:00:00Z")], at("2030-03-05T12:00:00Z"))!;
    expect(card.due).toEqual(at("2030-03-06T00:00:00Z"));
  });

  it("treats a timed-out Nailed it as a miss", () => {
    const answered = "2030-03-02T10:00:00Z";
    const timedOut = replayReviews([graded(4, answered, { timedOut: true })], at(answered));
    expect(timedOut).toEqual(replayReviews([graded(1, answered)], at(answered)));
  });

  it("replays by answer time, whatever order the attempts come in", () => {
    const history = [
      graded(1, "2030-03-02T10:00:00Z"),
      graded(3, "2030-03-04T09:00:00Z"),
      graded(4, "2030-03-08T09:00:00Z"),
    ];
    const now = at("2030-03-08T09:05:00Z");
    const forward = replayReviews(history, now)!;
    expect(replayReviews([...history].reverse(), now)).toEqual(forward);
    expect(forward).toMatchObject({ reps: 3, lastReviewAt: at("2030-03-08T09:00:00Z") });
    expect(forward.due.getTime()).toBeGreaterThan(addUtcDays(now, 8).getTime());
  });

  it("counts a lapse when a reviewed question is missed", () => {
    const card = replayReviews(
      [graded(3, "2030-03-02T10:00:00Z"), graded(1, "2030-03-05T10:00:00Z")],
      at("2030-03-05T10:00:00Z"),
    )!;
    expect(card).toMatchObject({ reps: 2, lapses: 1 });
    expect(card.due).toEqual(at("2030-03-06T10:00:00Z"));
  });
});

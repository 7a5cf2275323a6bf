// The Progress dashboard's aggregates, against the real database: graded attempts are written in
// SQL at fixed UTC times, and every figure is checked against numbers worked out by hand.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attemptsForQuestion } from "@/lib/dal/interview-views";
import { db } from "@/lib/db";
import { uniqueWord } from "@/tests/db";
import { questionFixtures } from "@/tests/question-fixtures";
import {
  practisableQuestions,
  practiceCalendar,
  progressDashboard,
  tagStrength,
  weakestQuestions,
  weeklyProgress,
} from "./progress";

const fx = questionFixtures();
const prisma = db;

afterAll(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

interface Graded {
  /** UTC, e.g. "2025-03-20T10:00". */
  at: string;
  grade: number | null;
  allowed?: number;
  used?: number;
  timedOut?: boolean;
  skipped?: boolean;
}

/** One finished interview of one question, answered `used` seconds before a minute before `at`, graded at `at`. */
async function answer(userId: string, questionId: string, a: Graded) {
  const id = `pt${randomBytes(8).toString("hex")}`;
  const gradedAt = `${a.at}:00`;
  await prisma.$executeRaw`
    INSERT INTO "Interview" ("id", "userId", "status", "currentPosition", "startedAt", "answeringEndedAt", "updatedAt")
    VALUES (${id}, ${userId}, 'COMPLETED', 1, ${gradedAt}::timestamp - interval '1 hour', ${gradedAt}::timestamp, now())`;
  await prisma.$executeRaw`
    INSERT INTO "Attempt" ("id", "interviewId", "userId", "questionId", "position", "allowedSeconds", "startedAt",
                           "deadlineAt", "submittedAt", "timedOut", "skipped", "grade", "gradedAt", "createdAt", "updatedAt")
    SELECT ${id}, ${id}, ${userId}, ${questionId}, 0, ${a.allowed ?? 120}::int, s - make_interval(secs => ${a.used ?? 60}::int),
           s - make_interval(secs => ${a.used ?? 60}::int) + make_interval(secs => ${a.allowed ?? 120}::int), s,
           ${a.timedOut ?? false}, ${a.skipped ?? false}, ${a.grade}::int,
           CASE WHEN ${a.grade}::int IS NULL THEN NULL ELSE ${gradedAt}::timestamp END, s - interval '1 hour', now()
    FROM (SELECT ${gradedAt}::timestamp - interval '1 minute' AS s) t`;
}

const NOW = new Date("2025-03-20T15:00:00Z"); // a Thursday; its ISO week starts on Monday 17 March
const tag = { a: uniqueWord("ta"), b: uniqueWord("tb"), c: uniqueWord("tc"), d: uniqueWord("td") };
let user: { id: string };
let other: { id: string };
let empty: { id: string };
const q: Record<string, { id: string; slug: string }> = {};

beforeAll(async () => {
  [user, other, empty] = [await fx.makeUser(), await fx.makeUser(), await fx.makeUser()];
  const author = await fx.makeUser();
  q.one = await fx.makeQuestion({ tags: [tag.a, tag.b] });
  q.two = await fx.makeQuestion({ tags: [tag.a] });
  q.three = await fx.makeQuestion({ tags: [tag.c] });
  // Someone else's private question the user once answered: hidden from their tags and list.
  q.hidden = await fx.makeQuestion({ tags: [tag.d], visibility: "PRIVATE", authorId: author.id });
  q.six = await fx.makeQuestion({ tags: [tag.c] });
  const plan: [string, Graded][] = [
    [q.one!.id, { at: "2025-03-20T10:00", grade: 2, allowed: 120, used: 60 }],
    [q.two!.id, { at: "2025-03-19T10:00", grade: 4, allowed: 120, used: 90 }],
    [q.three!.id, { at: "2025-03-19T23:30", grade: 1, allowed: 180, used: 180, timedOut: true }],
    [q.one!.id, { at: "2025-03-18T10:00", grade: 3, allowed: 120, used: 30, skipped: true }],
    [q.two!.id, { at: "2025-03-16T10:00", grade: 3, allowed: 60, used: 45 }],
    [q.three!.id, { at: "2025-03-15T10:00", grade: 2, allowed: 180, used: 120 }],
    [q.one!.id, { at: "2025-03-14T10:00", grade: 1, allowed: 120, used: 100 }],
    [q.hidden!.id, { at: "2025-03-13T10:00", grade: 1, allowed: 120, used: 110 }],
    [q.six!.id, { at: "2025-03-01T10:00", grade: 2, allowed: 120, used: 60 }],
    [q.one!.id, { at: "2024-02-01T10:00", grade: 4 }],
    [q.two!.id, { at: "2024-01-10T10:00", grade: 4 }],
    [q.three!.id, { at: "2025-03-20T11:00", grade: null }], // submitted, not graded yet
  ];
  for (const [questionId, graded] of plan) await answer(user.id, questionId, graded);
  // Another user's answers fill the user's gap day (17 March) and would lift every figure.
  for (const questionId of [q.one!.id, q.two!.id, q.three!.id])
    await answer(other.id, questionId, { at: "2025-03-17T09:00", grade: 4, allowed: 600, used: 10 });
});

describe("practiceCalendar", () => {
  it("counts graded answers per UTC day over 53 weeks and finds the streaks", async () => {
    const calendar = await practiceCalendar({ userId: user.id, now: NOW });
    expect(calendar.days).toHaveLength(52 * 7 + 4);
    expect(calendar.days[0]).toEqual({ date: "2024-03-18", count: 0 });
    expect(calendar.days.at(-1)).toEqual({ date: "2025-03-20", count: 1 });
    const active = Object.fromEntries(calendar.days.filter((d) => d.count).map((d) => [d.date, d.count]));
    expect(active).toEqual({
      "2025-03-01": 1,
      "2025-03-13": 1,
      "2025-03-14": 1,
      "2025-03-15": 1,
      "2025-03-16": 1,
      "2025-03-18": 1,
      "2025-03-19": 2,
      "2025-03-20": 1,
    });
    expect(calendar).toMatchObject({
      total: 9,
      activeDays: 8,
      currentStreak: 3,
      longestStreak: 4,
      gradedEver: 11,
    });
  });

  it("keeps the current streak through a day not yet practised, and ends it after a missed one", async () => {
    const tomorrow = await practiceCalendar({ userId: user.id, now: new Date("2025-03-21T09:00:00Z") });
    expect(tomorrow).toMatchObject({ currentStreak: 3, longestStreak: 4 });
    const later = await practiceCalendar({ userId: user.id, now: new Date("2025-03-22T09:00:00Z") });
    expect(later).toMatchObject({ currentStreak: 0, longestStreak: 4 });
    // Looking back from before the later answers, they don't count yet.
    const before = await practiceCalendar({ userId: user.id, now: new Date("2025-03-14T12:00:00Z") });
    expect(before).toMatchObject({ currentStreak: 2, longestStreak: 2, gradedEver: 5 });
  });
});

describe("weeklyProgress", () => {
  it("averages grades and time used per ISO week over 26 weeks, timeouts and skips apart", async () => {
    const { weeks, overall } = await weeklyProgress({ userId: user.id, now: NOW });
    expect(weeks).toHaveLength(26);
    expect(weeks[0]!.weekStart).toBe("2024-09-23");
    expect(weeks.filter((w) => w.graded).map((w) => w.weekStart)).toEqual([
      "2025-02-24",
      "2025-03-10",
      "2025-03-17",
    ]);
    expect(weeks.at(-1)).toEqual({
      weekStart: "2025-03-17",
      graded: 4,
      averageGrade: 2.5,
      answered: 2,
      averageUsedSeconds: 75,
      averageAllowedSeconds: 120,
      timedOut: 1,
    });
    expect(weeks.at(-2)).toEqual({
      weekStart: "2025-03-10",
      graded: 4,
      averageGrade: 1.75,
      answered: 4,
      averageUsedSeconds: 93.75,
      averageAllowedSeconds: 120,
      timedOut: 0,
    });
    expect(weeks[0]).toEqual({
      weekStart: "2024-09-23",
      graded: 0,
      averageGrade: null,
      answered: 0,
      averageUsedSeconds: null,
      averageAllowedSeconds: null,
      timedOut: 0,
    });
    expect(overall).toEqual({
      graded: 9,
      averageGrade: expect.closeTo(19 / 9, 10),
      answered: 7,
      averageUsedSeconds: expect.closeTo(585 / 7, 10),
      averageAllowedSeconds: 120,
      timedOut: 1,
    });
  });
});

describe("tagStrength", () => {
  it("is the share of Solid or better per visible tag, weakest first", async () => {
    expect(await tagStrength({ userId: user.id })).toEqual([
      { tag: tag.c, recent: 3, strong: 0, share: 0 },
      { tag: fx.run, recent: 10, strong: 5, share: 0.5 },
      { tag: tag.b, recent: 4, strong: 2, share: 0.5 },
      { tag: tag.a, recent: 7, strong: 5, share: expect.closeTo(5 / 7, 10) },
    ]);
  });

  it("looks at each tag's latest 20 answers and keeps the 12 most practised tags", async () => {
    const [busy, wide] = [uniqueWord("tbusy"), Array.from({ length: 13 }, (_, i) => uniqueWord(`tw${i}`))];
    const someone = await fx.makeUser();
    const drilled = await fx.makeQuestion({ tags: [busy] });
    const broad = await fx.makeQuestion({ tags: wide });
    await answer(someone.id, drilled.id, { at: "2025-01-01T10:00", grade: 4 });
    await answer(someone.id, drilled.id, { at: "2025-01-02T10:00", grade: 4 });
    for (let day = 10; day < 30; day++)
      await answer(someone.id, drilled.id, { at: `2025-01-${day}T10:00`, grade: 1 });
    await answer(someone.id, broad.id, { at: "2025-02-01T10:00", grade: 3 });

    const tags = await tagStrength({ userId: someone.id });
    expect(tags).toHaveLength(12);
    expect(tags.slice(0, 2)).toEqual([
      { tag: busy, recent: 20, strong: 0, share: 0 },
      { tag: fx.run, recent: 20, strong: 1, share: 0.05 },
    ]);
    expect(tags.slice(2).every((t) => wide.includes(t.tag) && t.share === 1)).toBe(true);
  });
});

describe("weakestQuestions", () => {
  it("orders visible questions by the mean of their last three grades, oldest practice first on ties", async () => {
    const weakest = await weakestQuestions({ userId: user.id });
    expect(weakest.map((w) => w.id)).toEqual([q.three!.id, q.six!.id, q.one!.id, q.two!.id]);
    expect(weakest[0]).toEqual({
      id: q.three!.id,
      slug: q.three!.slug,
      prompt: "Placeholder prompt",
      average: 1.5,
      lastGrades: [2, 1],
      gradedCount: 2,
      lastGradedAt: new Date("2025-03-19T23:30:00Z"),
    });
    expect(weakest[2]).toMatchObject({ average: 2, lastGrades: [1, 3, 2], gradedCount: 4 });
    expect(weakest[3]).toMatchObject({ average: expect.closeTo(11 / 3, 10), lastGrades: [4, 3, 4] });
    expect(await weakestQuestions({ userId: user.id, limit: 2 })).toHaveLength(2);
  });
});

describe("another user", () => {
  it("sees only their own answers", async () => {
    const dashboard = await progressDashboard({ userId: other.id, now: NOW });
    expect(dashboard.calendar).toMatchObject({ total: 3, activeDays: 1, currentStreak: 0, longestStreak: 1 });
    expect(dashboard.weekly.overall).toMatchObject({ graded: 3, averageGrade: 4, averageUsedSeconds: 10 });
    expect(dashboard.weakest.map((w) => w.average)).toEqual([4, 4, 4]);
  });
});

describe("a user with no history", () => {
  it("gets zeros and empty lists, never NaN", async () => {
    const dashboard = await progressDashboard({ userId: empty.id, now: NOW });
    expect(dashboard.calendar).toMatchObject({
      total: 0,
      activeDays: 0,
      currentStreak: 0,
      longestStreak: 0,
      gradedEver: 0,
    });
    expect(dashboard.calendar.days).toHaveLength(368);
    expect(dashboard.calendar.days.every((d) => d.count === 0)).toBe(true);
    expect(dashboard.weekly.weeks).toHaveLength(26);
    expect(dashboard.weekly.weeks.every((w) => w.graded === 0 && w.averageGrade === null)).toBe(true);
    expect(dashboard.weekly.overall).toEqual({
      graded: 0,
      averageGrade: null,
      answered: 0,
      averageUsedSeconds: null,
      averageAllowedSeconds: null,
      timedOut: 0,
    });
    expect(dashboard.tags).toEqual([]);
    expect(dashboard.weakest).toEqual([]);
    expect(JSON.stringify(dashboard)).not.toMatch(/NaN|Infinity/);
  });
});

describe("practisableQuestions", () => {
  it("keeps the given order and drops questions the user can't see or that don't exist", async () => {
    const ids = [q.two!.id, q.hidden!.id, "nope", q.one!.id];
    expect(await practisableQuestions({ userId: user.id, ids })).toEqual([
      { id: q.two!.id, suggestedSeconds: 120 },
      { id: q.one!.id, suggestedSeconds: 120 },
    ]);
  });
});

describe("attemptsForQuestion", () => {
  it("answers the user's next review date of the question, or null", async () => {
    const due = new Date("2025-04-02T08:00:00Z");
    await prisma.reviewState.create({
      data: { userId: user.id, questionId: q.one!.id, due, stability: 3, difficulty: 5 },
    });
    await prisma.reviewState.create({
      data: { userId: other.id, questionId: q.two!.id, due, stability: 3, difficulty: 5 },
    });
    const one = await attemptsForQuestion({ userId: user.id, slug: q.one!.slug });
    expect(one?.nextReviewAt).toEqual(due);
    expect(one?.attempts.map((a) => a.grade)).toEqual([2, 3, 1, 4]);
    expect((await attemptsForQuestion({ userId: user.id, slug: q.two!.slug }))?.nextReviewAt).toBeNull();
  });
});

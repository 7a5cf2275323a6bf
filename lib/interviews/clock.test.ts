// The interview clock as pure functions: no database, times are plain Dates.
import { describe, expect, it } from "vitest";
import { type AttemptClock, catchUp, deadlineFor, GRACE_MS, type InterviewClock, secondsLeft } from "./clock";

const T0 = new Date("2030-01-01T09:00:00.000Z");
/** T0 plus `seconds`. */
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** Attempts of `seconds` each; the first `started` ones start back to back from T0, unsubmitted. */
function clock(options: {
  seconds: number[];
  currentPosition?: number;
  deadlineAt?: Date | null;
  pausedAt?: Date | null;
  attempts?: Partial<AttemptClock>[];
}): InterviewClock {
  return {
    startedAt: T0,
    currentPosition: options.currentPosition ?? 0,
    deadlineAt: options.deadlineAt ?? null,
    pausedAt: options.pausedAt ?? null,
    attempts: options.seconds.map((allowedSeconds, position) => ({
      position,
      allowedSeconds,
      startedAt: null,
      deadlineAt: null,
      submittedAt: null,
      ...options.attempts?.[position],
    })),
  };
}

const firstStarted = { startedAt: T0, deadlineAt: at(60) };

describe("deadlineFor", () => {
  it("is the start plus the allowed time without a limit on the interview", () => {
    expect(deadlineFor(T0, 90, null)).toEqual(at(90));
  });

  it("is capped by the interview's deadline, and only when that comes first", () => {
    expect(deadlineFor(T0, 90, at(30))).toEqual(at(30));
    expect(deadlineFor(T0, 90, at(300))).toEqual(at(90));
  });
});

describe("catchUp", () => {
  it("starts an unstarted first question at the interview's start", () => {
    const result = catchUp(clock({ seconds: [60, 60] }), at(5));
    expect(result).toEqual({
      changes: [{ kind: "start", position: 0, startedAt: T0, deadlineAt: at(60) }],
      currentPosition: 0,
      answeringEndedAt: null,
      endedByClock: false,
    });
  });

  it("starts an unstarted current question at the previous submit", () => {
    const result = catchUp(
      clock({
        seconds: [60, 45],
        currentPosition: 1,
        attempts: [{ ...firstStarted, submittedAt: at(20) }],
      }),
      at(30),
    );
    expect(result.changes).toEqual([{ kind: "start", position: 1, startedAt: at(20), deadlineAt: at(65) }]);
    expect(result.currentPosition).toBe(1);
  });

  it("changes nothing while the current question still has time", () => {
    const result = catchUp(clock({ seconds: [60, 60], attempts: [firstStarted] }), at(59));
    expect(result).toEqual({ changes: [], currentPosition: 0, answeringEndedAt: null, endedByClock: false });
  });

  it("gives GRACE_MS after the deadline before timing out", () => {
    const state = clock({ seconds: [60, 60], attempts: [firstStarted] });
    expect(catchUp(state, new Date(at(60).getTime() + 1)).changes).toEqual([]);
    expect(catchUp(state, new Date(at(60).getTime() + GRACE_MS)).changes).toEqual([]);
    expect(catchUp(state, new Date(at(60).getTime() + GRACE_MS + 1)).changes).toEqual([
      { kind: "timeout", position: 0, submittedAt: at(60) },
      { kind: "start", position: 1, startedAt: at(60), deadlineAt: at(120) },
    ]);
  });

  it("times out consecutive questions, each starting at the previous deadline", () => {
    const result = catchUp(clock({ seconds: [60, 30, 90], attempts: [firstStarted] }), at(100));
    expect(result).toEqual({
      changes: [
        { kind: "timeout", position: 0, submittedAt: at(60) },
        { kind: "start", position: 1, startedAt: at(60), deadlineAt: at(90) },
        { kind: "timeout", position: 1, submittedAt: at(90) },
        { kind: "start", position: 2, startedAt: at(90), deadlineAt: at(180) },
      ],
      currentPosition: 2,
      answeringEndedAt: null,
      endedByClock: false,
    });
  });

  it("ends the interview when the clock ends the last question", () => {
    const result = catchUp(clock({ seconds: [60, 60], attempts: [firstStarted] }), at(1000));
    expect(result.currentPosition).toBe(2);
    expect(result.answeringEndedAt).toEqual(at(120));
    expect(result.endedByClock).toBe(true);
  });

  it("lets the interview's deadline cap every question and end all the remaining ones", () => {
    const result = catchUp(
      clock({ seconds: [60, 60, 60, 60], deadlineAt: at(90), attempts: [firstStarted] }),
      at(95),
    );
    expect(result.changes).toEqual([
      { kind: "timeout", position: 0, submittedAt: at(60) },
      { kind: "start", position: 1, startedAt: at(60), deadlineAt: at(90) },
      { kind: "timeout", position: 1, submittedAt: at(90) },
      { kind: "start", position: 2, startedAt: at(90), deadlineAt: at(90) },
      { kind: "timeout", position: 2, submittedAt: at(90) },
      { kind: "start", position: 3, startedAt: at(90), deadlineAt: at(90) },
      { kind: "timeout", position: 3, submittedAt: at(90) },
    ]);
    expect(result.answeringEndedAt).toEqual(at(90));
    expect(result.endedByClock).toBe(true);
  });

  it("changes nothing while paused, however late it is", () => {
    const result = catchUp(
      clock({ seconds: [60, 60], pausedAt: at(10), deadlineAt: at(100), attempts: [firstStarted] }),
      at(10_000),
    );
    expect(result).toEqual({ changes: [], currentPosition: 0, answeringEndedAt: null, endedByClock: false });
  });

  it("does not say the clock ended an interview whose last question the candidate submitted", () => {
    const result = catchUp(
      clock({
        seconds: [60, 60],
        currentPosition: 2,
        attempts: [
          { ...firstStarted, submittedAt: at(30) },
          { startedAt: at(30), deadlineAt: at(90), submittedAt: at(50) },
        ],
      }),
      at(500),
    );
    expect(result).toEqual({
      changes: [],
      currentPosition: 2,
      answeringEndedAt: at(50),
      endedByClock: false,
    });
  });

  it("does not say the clock ended the interview when it only timed out a question in the middle", () => {
    const result = catchUp(clock({ seconds: [60, 60], attempts: [firstStarted] }), at(70));
    expect(result.currentPosition).toBe(1);
    expect(result.endedByClock).toBe(false);
    expect(result.answeringEndedAt).toBeNull();
  });
});

describe("secondsLeft", () => {
  it("rounds up to whole seconds and is never negative", () => {
    expect(secondsLeft(at(60), at(0))).toBe(60);
    expect(secondsLeft(at(60), new Date(at(58).getTime() + 800))).toBe(2);
    expect(secondsLeft(at(60), at(60))).toBe(0);
    expect(secondsLeft(at(60), at(61))).toBe(0);
    expect(secondsLeft(at(60), at(6000))).toBe(0);
  });
});

describe("grading after each question", () => {
  const submittedFirst = (over: Partial<InterviewClock> = {}): InterviewClock => ({
    startedAt: at(0),
    currentPosition: 1,
    deadlineAt: null,
    pausedAt: null,
    gradeEachQuestion: true,
    attempts: [
      { position: 0, allowedSeconds: 60, startedAt: at(0), deadlineAt: at(60), submittedAt: at(20) },
      { position: 1, allowedSeconds: 60, startedAt: null, deadlineAt: null, submittedAt: null },
    ],
    ...over,
  });

  it("keeps the next question waiting while the candidate grades (reads elsewhere change nothing)", () => {
    const result = catchUp(submittedFirst(), at(600));
    expect(result.changes).toEqual([]);
    expect(result.answeringEndedAt).toBeNull();
  });

  it("starts it when the candidate comes back to the runner, from that moment", () => {
    const result = catchUp(submittedFirst(), at(600), { startWaiting: true });
    expect(result.changes).toEqual([{ kind: "start", position: 1, startedAt: at(600), deadlineAt: at(660) }]);
  });
});

// One simulated candidate: start an interview, autosave drafts, submit each question, grade them
// all, and again until time is up. Every write is remembered with what became of it (acknowledged,
// refused, or no answer at all) for the database check.
import type { Candidate, Reply } from "./candidate.ts";

export interface Options {
  questions: number;
  drafts: number;
  thinkMs: number;
  rampMs: number;
  until: number;
}

/**
 * What became of one write: a 200 acknowledges it; any other answer refuses it (it must not be
 * stored); no answer at all (a timeout, a dropped connection) leaves it open (it may be stored,
 * and then exactly as sent).
 */
export type Outcome = "acknowledged" | "refused" | "unanswered";

/** One text sent for an attempt: an autosave, or the final text sent with the submit. */
export interface SentText {
  revision: number;
  kind: "autosave" | "submit";
  outcome: Outcome;
}

/** Everything sent for one attempt, in order. */
export interface SentAttempt {
  texts: SentText[];
  submit?: Outcome;
  grade?: { grade: number; note: string; keyPointsCovered: number[]; outcome: Outcome };
}

export interface SentInterview {
  who: number;
  attempts: SentAttempt[];
  /** Every write of it acknowledged: every draft, every submit and every grade. */
  complete: boolean;
}

export interface Tally {
  statuses: Map<number, number>;
  /** Requests that got no answer (timeouts, dropped connections). */
  unanswered: string[];
  /** Answers of 500 and above. */
  serverErrors: string[];
  latency: Map<string, number[]>;
  /** Interview id → what was sent for it. */
  interviews: Map<string, SentInterview>;
  /** Candidate → starts that got no answer (an interview the candidate never learned of may exist). */
  unansweredStarts: Map<number, number>;
  /** Starts answered without a new interview (any status). */
  refusedStarts: number;
  /** Candidate → interviews finished with every write acknowledged. */
  completed: Map<number, number>;
  /** "kind status: message" of every answer that refused a request, counted. */
  refusals: Map<string, number>;
}

export const newTally = (): Tally => ({
  statuses: new Map(),
  unanswered: [],
  serverErrors: [],
  latency: new Map(),
  interviews: new Map(),
  unansweredStarts: new Map(),
  refusedStarts: 0,
  completed: new Map(),
  refusals: new Map(),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

export const answerText = (who: number, id: string, position: number, revision: number) =>
  `Candidate ${who}, interview ${id}, question ${position + 1}, draft ${revision}. ${"Because ".repeat(revision * 3)}`;
/** The grade a candidate gives a question (Candidate.grade sends key point 0 as covered). */
export const gradeFor = (who: number, position: number) => ({
  grade: (1 + ((who + position) % 4)) as 1 | 2 | 3 | 4,
  note: `Graded by candidate ${who} at ${position}`,
  keyPointsCovered: [0],
});

function record(
  tally: Tally,
  kind: string,
  status: number,
  ms: number,
  body: string,
  refused = status !== 200,
) {
  bump(tally.statuses, status);
  tally.latency.set(kind, [...(tally.latency.get(kind) ?? []), ms]);
  if (refused) {
    const message = /"message":"([^"]*)"/.exec(body)?.[1] ?? body.slice(0, 80);
    bump(tally.refusals, `${kind} ${status}: ${message}`);
  }
  if (status >= 500) tally.serverErrors.push(`${kind}: HTTP ${status} ${body.slice(0, 200)}`);
}

/** Runs one write, counting its status and time, and says what became of it. */
async function counted(tally: Tally, kind: string, request: () => Promise<Reply>): Promise<Outcome> {
  try {
    const reply = await request();
    record(tally, kind, reply.status, reply.ms, reply.body);
    return reply.status === 200 ? "acknowledged" : "refused";
  } catch (error) {
    tally.unanswered.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
    return "unanswered";
  }
}

/** Starts an interview: its id, null when refused, or "unanswered". */
async function start(tally: Tally, candidate: Candidate, actionId: string, questions: number) {
  const started = performance.now();
  try {
    const reply = await candidate.startInterview(actionId, { count: questions, secondsPerQuestion: 1800 });
    // The Practice form's action answers 200 either way: with a redirect to the new runner, or
    // with its refusal's message (e.g. "No questions match these filters"), a refusal too.
    record(tally, "start", reply.status, performance.now() - started, reply.body, !reply.id);
    if (!reply.id) tally.refusedStarts += 1;
    return reply.id;
  } catch (error) {
    tally.unanswered.push(`start: ${error instanceof Error ? error.message : String(error)}`);
    return "unanswered" as const;
  }
}

export async function runCandidate(
  who: number,
  candidate: Candidate,
  actionId: string,
  options: Options,
  tally: Tally,
) {
  const pause = () => sleep(options.thinkMs * (0.5 + Math.random()));
  const open = () => Date.now() < options.until;
  await sleep(Math.random() * options.rampMs); // arrivals spread over the first part of the run
  // New interviews start until time is up; one that has started is finished and graded.
  while (open()) {
    const id = await start(tally, candidate, actionId, options.questions);
    if (id === "unanswered") bump(tally.unansweredStarts, who);
    if (!id || id === "unanswered") {
      await pause();
      continue;
    }
    const interview: SentInterview = { who, attempts: [], complete: false };
    tally.interviews.set(id, interview);
    for (let position = 0; position < options.questions; position += 1) {
      const attempt: SentAttempt = { texts: [] };
      interview.attempts.push(attempt);
      for (let revision = 1; revision <= options.drafts; revision += 1) {
        await pause();
        const text = answerText(who, id, position, revision);
        const outcome = await counted(tally, "autosave", () => candidate.save(id, position, revision, text));
        attempt.texts.push({ revision, kind: "autosave", outcome });
      }
      await pause();
      const revision = options.drafts + 1;
      const text = answerText(who, id, position, revision);
      const outcome = await counted(tally, "submit", () =>
        candidate.submit(id, position, { revision, text }),
      );
      attempt.texts.push({ revision, kind: "submit", outcome });
      attempt.submit = outcome;
    }
    for (let position = 0; position < options.questions; position += 1) {
      await pause();
      const { grade, note, keyPointsCovered } = gradeFor(who, position);
      const outcome = await counted(tally, "grade", () => candidate.grade(id, position, grade, note));
      interview.attempts[position]!.grade = { grade, note, keyPointsCovered, outcome };
    }
    interview.complete = interview.attempts.every(
      (a) => a.texts.every((t) => t.outcome === "acknowledged") && a.grade?.outcome === "acknowledged",
    );
    if (interview.complete) bump(tally.completed, who);
  }
}

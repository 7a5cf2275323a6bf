// After the load: the database must hold exactly what the candidates sent. Every acknowledged
// write is there with its exact content; no refused write is; a write that got no answer may be
// there, but only exactly as sent; and nothing else is (no interview, answer, submission or grade
// that no candidate sent).
import { withPg } from "../lib/pg.ts";
import { answerText, type SentAttempt, type Tally } from "./flow.ts";

interface StoredInterview {
  id: string;
  userId: string;
  status: string;
  completed: boolean;
  currentPosition: number;
}

interface StoredAttempt {
  interviewId: string;
  userId: string;
  position: number;
  answer: string;
  answerRevision: number;
  submitted: boolean;
  skipped: boolean;
  timedOut: boolean;
  grade: number | null;
  note: string;
  keyPointsCovered: number[];
}

export interface Findings {
  /** Acknowledged writes missing or different in the database. */
  lost: string[];
  /** Writes stored that must not be: refused ones, ones differing from what was sent, ones never sent. */
  unexpected: string[];
  /** Acknowledged writes checked: starts, autosaves, submits and grades. */
  acknowledged: number;
  interviews: number;
  attempts: number;
  /** Interviews stored as completed (answered and every question graded). */
  completed: number;
}

/** The user id createUsers gives candidate `who` (numbered from 1 in the database). */
export const candidateUserId = (prefix: string, who: number) => `${prefix}-${who + 1}`;

const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function checkAttempt(
  where: string,
  who: number,
  id: string,
  position: number,
  sent: SentAttempt,
  got: StoredAttempt,
  findings: Findings,
) {
  const { lost, unexpected } = findings;
  // The answer: at least the newest acknowledged text; whichever text it holds, one that was sent
  // and not refused, exactly as sent.
  const acknowledged = sent.texts.filter((t) => t.outcome === "acknowledged");
  const newest = Math.max(0, ...acknowledged.map((t) => t.revision));
  const held = sent.texts.find((t) => t.revision === got.answerRevision);
  if (got.answerRevision < newest)
    lost.push(`${where}: holds answer revision ${got.answerRevision}, revision ${newest} was acknowledged`);
  else if (got.answerRevision === 0 && got.answer !== "")
    unexpected.push(`${where}: holds an answer at revision 0, none was stored`);
  else if (got.answerRevision > 0 && !held)
    unexpected.push(`${where}: holds answer revision ${got.answerRevision}, which was never sent`);
  else if (held?.outcome === "refused")
    unexpected.push(`${where}: holds answer revision ${held.revision}, whose ${held.kind} was refused`);
  else if (held && got.answer !== answerText(who, id, position, held.revision))
    (held.outcome === "acknowledged" ? lost : unexpected).push(
      `${where}: answer revision ${held.revision} is not the text sent with it`,
    );

  // The submission.
  if (sent.submit === "acknowledged" && !got.submitted)
    lost.push(`${where}: submit acknowledged, not stored as submitted`);
  else if (got.submitted && (sent.submit === undefined || sent.submit === "refused"))
    unexpected.push(`${where}: stored as submitted, but its submit was ${sent.submit ?? "never sent"}`);
  else if (got.submitted && (got.skipped || got.timedOut))
    (sent.submit === "acknowledged" ? lost : unexpected).push(
      `${where}: submitted as ${got.skipped ? "skipped" : "timed out"}, sent as answered`,
    );

  // The grade, its note and key points.
  const grade = sent.grade;
  const stored = got.grade !== null || got.note !== "" || got.keyPointsCovered.length > 0;
  const matches =
    grade !== undefined &&
    got.grade === grade.grade &&
    got.note === grade.note &&
    same(got.keyPointsCovered, grade.keyPointsCovered);
  const describe = () =>
    `grade ${got.grade}, note ${JSON.stringify(got.note)}, key points [${got.keyPointsCovered.join(", ")}]`;
  if (grade?.outcome === "acknowledged" && !matches)
    lost.push(`${where}: grade ${grade.grade} acknowledged, holds ${describe()}`);
  else if (stored && !grade) unexpected.push(`${where}: holds ${describe()}, no grade was sent`);
  else if (stored && grade?.outcome === "refused")
    unexpected.push(`${where}: holds ${describe()}, its grade was refused`);
  else if (stored && !matches) unexpected.push(`${where}: holds ${describe()}, not the grade sent`);
}

export async function verify(
  databaseUrl: string,
  userIdPrefix: string,
  tally: Tally,
  questions: number,
): Promise<Findings> {
  const { interviews, attempts } = await withPg(databaseUrl, async (client) => {
    const mine = `LIKE $1 || '-%'`;
    const interviews = await client.query<StoredInterview>(
      `SELECT id, "userId", status::text AS status, "completedAt" IS NOT NULL AS completed, "currentPosition"
       FROM "Interview" WHERE "userId" ${mine}`,
      [userIdPrefix],
    );
    const attempts = await client.query<StoredAttempt>(
      `SELECT a."interviewId", a."userId", a.position, a.answer, a."answerRevision",
              a."submittedAt" IS NOT NULL AS submitted, a.skipped, a."timedOut", a.grade, a.note, a."keyPointsCovered"
       FROM "Attempt" a JOIN "Interview" i ON i.id = a."interviewId"
       WHERE i."userId" ${mine} OR a."userId" ${mine}`,
      [userIdPrefix],
    );
    return { interviews: interviews.rows, attempts: attempts.rows };
  });
  const findings: Findings = {
    lost: [],
    unexpected: [],
    acknowledged: 0,
    interviews: interviews.length,
    attempts: attempts.length,
    completed: interviews.filter((i) => i.completed).length,
  };
  const { lost, unexpected } = findings;
  const byInterview = new Map<string, Map<number, StoredAttempt>>();
  for (const row of attempts) {
    if (!byInterview.has(row.interviewId)) byInterview.set(row.interviewId, new Map());
    byInterview.get(row.interviewId)!.set(row.position, row);
  }

  for (const sent of tally.interviews.values()) {
    findings.acknowledged += 1; // the start
    for (const attempt of sent.attempts) {
      findings.acknowledged += attempt.texts.filter((t) => t.outcome === "acknowledged").length;
      if (attempt.grade?.outcome === "acknowledged") findings.acknowledged += 1;
    }
  }

  const stored = new Map(interviews.map((i) => [i.id, i]));
  for (const [id, sent] of tally.interviews) {
    const interview = stored.get(id);
    const owner = candidateUserId(userIdPrefix, sent.who);
    if (!interview) {
      lost.push(`interview ${id} of candidate ${sent.who}: start acknowledged, interview missing`);
      continue;
    }
    if (interview.userId !== owner)
      lost.push(`interview ${id}: belongs to ${interview.userId}, started by ${owner}`);
    const held = byInterview.get(id) ?? new Map<number, StoredAttempt>();
    if (held.size !== questions)
      lost.push(`interview ${id}: ${held.size} attempts, started with ${questions}`);
    for (const [position, got] of held) {
      const where = `interview ${id} question ${position + 1}`;
      if (got.userId !== interview.userId) lost.push(`${where}: attempt belongs to ${got.userId}`);
      const attempt = sent.attempts[position];
      if (attempt) checkAttempt(where, sent.who, id, position, attempt, got, findings);
      else if (position >= questions) unexpected.push(`${where}: an attempt beyond the ${questions} started`);
      else checkAttempt(where, sent.who, id, position, { texts: [] }, got, findings);
    }
    if (sent.complete && (interview.status !== "COMPLETED" || !interview.completed))
      lost.push(
        `interview ${id}: every answer and grade acknowledged, stored as ${interview.status}${interview.completed ? "" : " without completedAt"}`,
      );
  }

  // Interviews no acknowledged start accounts for: only a start that got no answer may have made
  // one (the candidate never learned its id, so it holds nothing written).
  const extra = new Map<string, StoredInterview[]>();
  for (const interview of interviews)
    if (!tally.interviews.has(interview.id))
      extra.set(interview.userId, [...(extra.get(interview.userId) ?? []), interview]);
  for (const [userId, unknown] of extra) {
    const who = Number(userId.slice(userIdPrefix.length + 1)) - 1;
    const allowed = tally.unansweredStarts.get(who) ?? 0;
    if (unknown.length > allowed)
      unexpected.push(
        `${userId}: ${unknown.length} interviews no acknowledged start made, ${allowed} starts got no answer`,
      );
    for (const interview of unknown) {
      const held = byInterview.get(interview.id) ?? new Map<number, StoredAttempt>();
      for (const [position, got] of held)
        checkAttempt(
          `unacknowledged interview ${interview.id} question ${position + 1}`,
          who,
          interview.id,
          position,
          { texts: [] } satisfies SentAttempt,
          got,
          findings,
        );
    }
  }
  for (const id of byInterview.keys())
    if (!stored.has(id)) unexpected.push(`attempts of interview ${id}, which isn't a candidate's`);
  return findings;
}

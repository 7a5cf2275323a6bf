import { randomBytes } from "node:crypto";
import type pg from "pg";
import { uniqueSuffix } from "./fixtures";
import { ALL_PAYLOADS_MARKDOWN, SHORT_LINE, SHORT_PAYLOADS, XSS_PAYLOADS } from "./xss-payloads";

const newId = () => `e2e${uniqueSuffix()}${uniqueSuffix()}`;

/** One private question of `authorId` per payload, the payload in every text field; returns their slugs. */
export async function insertPayloadQuestions(db: pg.Client, tag: string, authorId: string) {
  const slugs = XSS_PAYLOADS.map((_, index) => `${tag}-${index}`);
  await db.query(
    `INSERT INTO "Question" (id, slug, prompt, "whyAsked", "answerNotes", "keyPoints", tags, difficulty, "suggestedSeconds", visibility, "authorId", "updatedAt")
     SELECT 'e2e' || md5(s), s, p, p, p, ARRAY[p, 'A plain point'], ARRAY[$3], 'EASY', 60, 'PRIVATE', $4, now()
     FROM unnest($1::text[], $2::text[]) AS t(s, p)`,
    [slugs, XSS_PAYLOADS, tag, authorId],
  );
  return slugs;
}

export interface HostileWorld {
  questionSlug: string;
  setId: string;
  shareToken: string;
  doneInterviewId: string;
  liveInterviewId: string;
}

/** A public question with every payload in every field (the caller holds the bank lock). */
export async function insertPublicHostileQuestion(db: pg.Client, tag: string) {
  const slug = `${tag}-public`;
  await db.query(
    `INSERT INTO "Question" (id, slug, prompt, "whyAsked", "answerNotes", "keyPoints", tags, difficulty, "suggestedSeconds", visibility, "updatedAt")
     VALUES ($1, $2, $3, $4, $4, $5, ARRAY[$6], 'HARD', 600, 'PUBLIC', now())`,
    [newId(), slug, SHORT_LINE, ALL_PAYLOADS_MARKDOWN, SHORT_PAYLOADS, tag],
  );
  return slug;
}

/**
 * Everything a user writes, holding every payload: the owner's private question and public, shared
 * set; the candidate's finished interview of it (answer and note, shared with the owner), an
 * interview still running with a saved answer, and the question due for review.
 */
export async function insertHostileWorld(
  db: pg.Client,
  { ownerId, candidateId, tag }: { ownerId: string; candidateId: string; tag: string },
): Promise<HostileWorld> {
  const md = ALL_PAYLOADS_MARKDOWN;
  const questionId = newId();
  const questionSlug = `${tag}-all`;
  await db.query(
    `INSERT INTO "Question" (id, slug, prompt, "whyAsked", "answerNotes", "keyPoints", tags, difficulty, "suggestedSeconds", visibility, "authorId", "updatedAt")
     VALUES ($1, $2, $3, $4, $4, $5, ARRAY[$6], 'HARD', 600, 'PRIVATE', $7, now())`,
    [questionId, questionSlug, SHORT_LINE, md, SHORT_PAYLOADS, tag, ownerId],
  );

  const setId = newId();
  const shareToken = randomBytes(32).toString("base64url").slice(0, 43);
  await db.query(
    `INSERT INTO "QuestionSet" (id, "ownerId", title, description, visibility, "shareToken", "updatedAt")
     VALUES ($1, $2, $3, $4, 'PUBLIC', $5, now())`,
    [setId, ownerId, SHORT_LINE, md, shareToken],
  );
  await db.query(
    `INSERT INTO "QuestionSetItem" (id, "setId", "questionId", position) VALUES ($1, $2, $3, 0)`,
    [newId(), setId, questionId],
  );

  const doneInterviewId = newId();
  await db.query(
    `INSERT INTO "Interview" (id, "userId", "setId", status, "sharedWithOwner", "currentPosition", "startedAt", "answeringEndedAt", "completedAt", "updatedAt")
     VALUES ($1, $2, $3, 'COMPLETED', true, 1, now() - interval '20 minutes', now() - interval '5 minutes', now() - interval '4 minutes', now())`,
    [doneInterviewId, candidateId, setId],
  );
  await db.query(
    `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", answer, "answerRevision",
       "startedAt", "deadlineAt", "submittedAt", "keyPointsCovered", grade, "gradedAt", note, "updatedAt")
     VALUES ($1, $2, $3, $4, 0, 600, $5, 1, now() - interval '20 minutes', now() - interval '10 minutes',
       now() - interval '12 minutes', '{0}', 2, now() - interval '4 minutes', $5, now())`,
    [newId(), doneInterviewId, candidateId, questionId, md],
  );

  // A second, unanswered copy keeps the running interview on the hostile question.
  const liveInterviewId = newId();
  await db.query(
    `INSERT INTO "Interview" (id, "userId", status, "currentPosition", "startedAt", "updatedAt")
     VALUES ($1, $2, 'IN_PROGRESS', 0, now(), now())`,
    [liveInterviewId, candidateId],
  );
  await db.query(
    `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", answer, "answerRevision",
       "startedAt", "deadlineAt", "answerSavedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, 0, 600, $5, 1, now(), now() + interval '10 minutes', now(), now())`,
    [newId(), liveInterviewId, candidateId, questionId, md],
  );

  await db.query(
    `INSERT INTO "ReviewState" ("userId", "questionId", due, stability, difficulty, reps, phase, "lastReviewAt", "updatedAt")
     VALUES ($1, $2, now() - interval '1 day', 1, 5, 1, 'REVIEW', now() - interval '2 days', now())`,
    [candidateId, questionId],
  );
  return { questionSlug, setId, shareToken, doneInterviewId, liveInterviewId };
}

/**
 * Finished, graded answers of `userId` to the public question `slug`, each with a grade note: one
 * answer per payload set, the note holding every payload. Returns the answers as stored.
 */
export async function insertPayloadAttempts(db: pg.Client, userId: string, slug: string) {
  const answers = [ALL_PAYLOADS_MARKDOWN, SHORT_LINE, ...SHORT_PAYLOADS];
  const interviewId = newId();
  await db.query(
    `INSERT INTO "Interview" (id, "userId", status, "currentPosition", "startedAt", "answeringEndedAt", "completedAt", "updatedAt")
     VALUES ($1, $2, 'COMPLETED', $3, now() - interval '20 minutes', now() - interval '5 minutes', now() - interval '4 minutes', now())`,
    [interviewId, userId, answers.length],
  );
  await db.query(
    `INSERT INTO "Attempt" (id, "interviewId", "userId", "questionId", position, "allowedSeconds", answer, "answerRevision",
       "startedAt", "deadlineAt", "submittedAt", grade, "gradedAt", note, "updatedAt")
     SELECT $1 || '-' || a.position, $1, $2, q.id, a.position - 1, 120, a.answer, 1,
       now() - interval '20 minutes', now() - interval '18 minutes', now() - interval '19 minutes',
       2, now() - interval '4 minutes', $5, now()
     FROM "Question" q, unnest($4::text[]) WITH ORDINALITY AS a(answer, position)
     WHERE q.slug = $3`,
    [interviewId, userId, slug, answers, ALL_PAYLOADS_MARKDOWN],
  );
  return { answers, note: ALL_PAYLOADS_MARKDOWN };
}

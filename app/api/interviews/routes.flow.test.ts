// The interview API doing its job for the owner: state, autosave, submit, pause, grade, history,
// and the 409s of late or replayed writes. Refusals of other callers: routes.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { call, callAttempts, endpoint } from "@/tests/api-requests";
import { actAs, resetAuthz } from "@/tests/authz";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import type { TestUser } from "@/tests/users";

const { sessionMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);

const fx = interviewFixtures();
let questions: PickedQuestion[];
let user: TestUser;

beforeAll(async () => {
  questions = (await fx.makeQuestions(2)).questions;
  user = await fx.makeUser();
});

beforeEach(() => actAs(user));

afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

const state = endpoint("GET state");
const answer = endpoint("PUT answer");
const submit = endpoint("POST submit");
const pause = endpoint("POST pause");
const grade = endpoint("PUT grade");
const start = (input = {}) => fx.startInterview(user.id, { questions, input }).then((i) => i.id);

describe("the runner's calls", () => {
  it("GET answers the state on the server's clock, never cached", async () => {
    const id = await start();
    const response = await state.handler(
      new Request(`http://localhost/api/interviews/${id}`, { headers: { host: "localhost" } }),
      { params: Promise.resolve({ id }) },
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { ok, state: body } = await response.json();
    expect(ok).toBe(true);
    expect(body).toMatchObject({
      id,
      status: "IN_PROGRESS",
      mode: "STRICT",
      total: 2,
      pausedAt: null,
      interviewDeadlineAt: null,
      current: {
        position: 0,
        allowedSeconds: 60,
        answer: "",
        answerRevision: 0,
        question: { slug: questions[0]!.slug, prompt: expect.any(String), difficulty: "MEDIUM" },
      },
    });
    const left = Date.parse(body.current.deadlineAt) - Date.parse(body.serverNow);
    expect(left).toBeGreaterThan(50_000);
    expect(left).toBeLessThanOrEqual(60_000);
  });

  it("PUT answer saves; a late save gets 409 with a clear message and the saved text stays", async () => {
    const id = await start();
    const saved = await call(answer, id, { body: { position: 0, text: "in time", revision: 1 } });
    expect(saved).toEqual({ status: 200, body: { ok: true, savedAt: expect.any(String) } });
    await fx.moveDeadline(id, 0, -10);
    const late = await call(answer, id, { body: { position: 0, text: "late", revision: 2 } });
    expect(late).toEqual({
      status: 409,
      body: { ok: false, message: "Time was up for this question; your last saved answer is kept." },
    });
    expect(await fx.attempt(id, 0)).toMatchObject({ answer: "in time", answerRevision: 1 });
  });

  it("POST submit answers the next state; a replay gets 409 and changes nothing", async () => {
    const id = await start();
    const body = { position: 0, answer: { text: "final", revision: 2 } };
    const first = await call(submit, id, { body });
    expect(first.status).toBe(200);
    expect(first.body.state.current).toMatchObject({ position: 1, question: { slug: questions[1]!.slug } });
    const before = await fx.snapshot(id);
    const replay = await call(submit, id, { body });
    expect(replay).toEqual({
      status: 409,
      body: { ok: false, message: "This question was already submitted; your saved answer is kept." },
    });
    expect(await fx.snapshot(id)).toEqual(before);
  });

  it("POST submit of the last question ends the interview", async () => {
    const id = await start();
    await call(submit, id, { body: { position: 0, skip: true } });
    const last = await call(submit, id, { body: { position: 1 } });
    expect(last.body.state).toMatchObject({ status: "COMPLETED", current: null });
    expect(await fx.attempt(id, 0)).toMatchObject({ skipped: true });
  });

  it("POST pause: 409 in strict mode, a paused state in practice mode", async () => {
    const strict = await start();
    expect(await call(pause, strict, { body: { paused: true } })).toEqual({
      status: 409,
      body: { ok: false, message: "Strict interviews can't be paused." },
    });
    const practice = await start({ mode: "PRACTICE" });
    const paused = await call(pause, practice, { body: { paused: true } });
    expect(paused.status).toBe(200);
    expect(paused.body.state).toMatchObject({ mode: "PRACTICE", pausedAt: expect.any(String) });
    const resumed = await call(pause, practice, { body: { paused: false } });
    expect(resumed.body.state.pausedAt).toBeNull();
  });

  it("PUT grade: 409 before the question ended, 422 for a bad key point, then saves", async () => {
    const id = await start();
    const body = { position: 0, grade: 4, keyPointsCovered: [1, 0], note: "good" };
    expect(await call(grade, id, { body })).toEqual({
      status: 409,
      body: { ok: false, message: expect.stringMatching(/once you have answered/) },
    });
    await fx.elapse(id, 1000);
    expect((await call(state, id)).body.state).toMatchObject({ status: "EXPIRED", current: null });
    expect(await call(grade, id, { body: { ...body, keyPointsCovered: [9] } })).toEqual({
      status: 422,
      body: { ok: false, message: "That key point isn't one of this question's." },
    });
    expect(await call(grade, id, { body })).toEqual({ status: 200, body: { ok: true } });
    expect(await fx.attempt(id, 0)).toMatchObject({ grade: 4, keyPointsCovered: [0, 1], note: "good" });
  });
});

describe("GET /api/questions/:slug/attempts", () => {
  it("answers the user's own submitted attempts, 401 signed out, 404 for a malformed slug", async () => {
    const [me, other] = [await fx.makeUser(), await fx.makeUser()];
    actAs(me);
    const { id } = await fx.startInterview(me.id, { questions });
    await call(submit, id, { body: { position: 0, answer: { text: "mine", revision: 1 } } });
    await fx.startInterview(other.id, { questions });

    const { status, body } = await callAttempts(questions[0]!.slug);
    expect(status).toBe(200);
    expect(body.attempts).toEqual([expect.objectContaining({ interviewId: id, answer: "mine" })]);
    actAs(other);
    expect((await callAttempts(questions[0]!.slug)).body).toEqual({
      ok: true,
      attempts: [],
      nextReviewAt: null,
    });
    expect((await callAttempts("Not A Slug!")).status).toBe(404);
    actAs(null);
    expect((await callAttempts(questions[0]!.slug)).status).toBe(401);
  });

  it("only for a question the caller can see: another user's private one reads as one that doesn't exist", async () => {
    const [author, other] = [await fx.makeUser(), await fx.makeUser()];
    const [secret] = (await fx.makeQuestions(1, { authorId: author.id, visibility: "PRIVATE" })).questions;
    const notFound = { status: 404, body: { ok: false, message: "That question doesn't exist." } };

    actAs(other);
    expect(await callAttempts(secret!.slug)).toEqual(notFound);
    expect(await callAttempts(`${secret!.slug}-gone`)).toEqual(notFound);
    expect(await callAttempts(questions[1]!.slug)).toEqual({
      status: 200,
      body: { ok: true, attempts: [], nextReviewAt: null },
    });
    actAs(author);
    expect(await callAttempts(secret!.slug)).toEqual({
      status: 200,
      body: { ok: true, attempts: [], nextReviewAt: null },
    });
    actAs(null);
    expect((await callAttempts(secret!.slug)).status).toBe(401);
    expect((await callAttempts(`${secret!.slug}-gone`)).status).toBe(401);
  });
});

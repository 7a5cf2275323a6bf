// A submit that is stored, then fails to read what comes next: the candidate is told it went
// through (200, no state) and the runner loads the state again, instead of an error that invites a
// second submit.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { databaseRecentlyDown, markDatabaseUp } from "@/lib/db-health";
import { call, endpoint } from "@/tests/api-requests";
import { actAs, resetAuthz } from "@/tests/authz";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import type { TestUser } from "@/tests/users";

const { sessionMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);

const readFails = vi.hoisted(() => ({ next: null as Error | null }));
vi.mock("@/lib/dal/interview-views", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/dal/interview-views")>();
  return {
    ...original,
    getRunnerState: (...args: Parameters<typeof original.getRunnerState>) => {
      const error = readFails.next;
      readFails.next = null;
      return error ? Promise.reject(error) : original.getRunnerState(...args);
    },
  };
});

const fx = interviewFixtures();
let questions: PickedQuestion[];
let user: TestUser;
const submit = endpoint("POST submit");
const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);

beforeAll(async () => {
  questions = (await fx.makeQuestions(2)).questions;
  user = await fx.makeUser();
});
beforeEach(() => {
  actAs(user);
  markDatabaseUp();
});
afterAll(async () => {
  warn.mockRestore();
  markDatabaseUp();
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

describe("POST submit when the next state can't be read", () => {
  it("answers 200 without a state; the answer is stored and the interview has moved on", async () => {
    const id = (await fx.startInterview(user.id, { questions })).id;
    readFails.next = new Error("read failed after the commit");
    const body = { position: 0, answer: { text: "stored all the same", revision: 3 } };
    expect(await call(submit, id, { body })).toEqual({ status: 200, body: { ok: true, state: null } });
    const stored = await fx.snapshot(id);
    expect(stored).toMatchObject({ currentPosition: 1 });
    expect(stored?.attempts[0]).toMatchObject({
      answer: "stored all the same",
      submittedAt: expect.any(Date),
    });
    // Loading the state again shows the next question; submitting again is a 409, not a second answer.
    const state = await call(endpoint("GET state"), id);
    expect(state.body.state.current).toMatchObject({ position: 1 });
    expect((await call(submit, id, { body })).status).toBe(409);
    expect(await fx.snapshot(id)).toEqual(stored);
  });

  it("marks the database down when it was the connection that failed", async () => {
    const id = (await fx.startInterview(user.id, { questions })).id;
    readFails.next = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    });
    expect(await call(submit, id, { body: { position: 0, skip: true } })).toEqual({
      status: 200,
      body: { ok: true, state: null },
    });
    expect(databaseRecentlyDown()).toBe(true);
  });
});

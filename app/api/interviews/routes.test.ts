// Who may call the interview API, and what bad requests get: never a 500, never a change.
// What the calls do when allowed: routes.flow.test.ts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { call, endpoint, endpoints, writes } from "@/tests/api-requests";
import { actAs, resetAuthz } from "@/tests/authz";
import { interviewFixtures, type PickedQuestion } from "@/tests/interviews";
import type { TestUser } from "@/tests/users";

const { sessionMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);

const fx = interviewFixtures();
let questions: PickedQuestion[];
let owner: TestUser;
let other: TestUser;
let interviewId: string; // owner's practice interview, never changed by this file
const consoleError = vi.spyOn(console, "error");

beforeAll(async () => {
  questions = (await fx.makeQuestions(3)).questions;
  [owner, other] = [await fx.makeUser(), await fx.makeUser()];
  interviewId = (await fx.startInterview(owner.id, { questions, input: { mode: "PRACTICE" } })).id;
});

beforeEach(() => {
  actAs(owner);
  consoleError.mockClear();
});

afterEach(async () => {
  expect(consoleError, "no request may end in the 500 handler").not.toHaveBeenCalled();
});

afterAll(async () => {
  consoleError.mockRestore();
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

/** Calls, expects a refusal in the one error shape, and that the interview didn't change. */
async function expectRefused(run: () => ReturnType<typeof call>, status: number, message?: RegExp) {
  const before = await fx.snapshot(interviewId);
  const { status: actual, body } = await run();
  expect(body).toEqual({
    ok: false,
    message: message ? expect.stringMatching(message) : expect.any(String),
    ...(body.fieldErrors ? { fieldErrors: expect.any(Object) } : {}),
  });
  expect(actual).toBe(status);
  expect(await fx.snapshot(interviewId)).toEqual(before);
  return body as { ok: false; message: string; fieldErrors?: Record<string, string[]> };
}

describe("who may call", () => {
  it.each(endpoints.map((e) => [e.name, e] as const))("%s: 401 for anonymous visitors", async (_, e) => {
    actAs(null);
    await expectRefused(() => call(e, interviewId), 401, /sign in/i);
  });

  it.each(endpoints.map((e) => [e.name, e] as const))("%s: 404 for another user", async (_, e) => {
    actAs(other);
    await expectRefused(() => call(e, interviewId), 404, /isn't yours/);
  });

  it.each(endpoints.map((e) => [e.name, e] as const))("%s: 404 for a malformed id", async (_, e) => {
    const { status } = await call(e, "../../etc/passwd");
    expect(status).toBe(404);
  });

  it.each(writes.map((e) => [e.name, e] as const))("%s: 403 from another site's page", async (_, e) => {
    await expectRefused(() => call(e, interviewId, { origin: "https://evil.example" }), 403, /other sites/);
    await expectRefused(() => call(e, interviewId, { origin: "not a url" }), 403);
  });

  it("a session that was ended is refused like a visitor", async () => {
    const gone = await fx.makeUser();
    await fx.prisma.session.delete({ where: { sessionToken: gone.sessionId } });
    actAs(gone);
    await expectRefused(() => call(endpoint("GET state"), interviewId), 401);
  });
});

describe("bad requests", () => {
  it.each(writes.map((e) => [e.name, e] as const))("%s: 400 for a body that isn't JSON", async (_, e) => {
    await expectRefused(() => call(e, interviewId, { raw: "position=0&text=hello" }), 400, /must be JSON/);
    await expectRefused(() => call(e, interviewId, { raw: "" }), 400);
  });

  it.each(writes.map((e) => [e.name, e] as const))("%s: 422 for JSON of the wrong shape", async (_, e) => {
    for (const raw of ["null", "[]", '"text"', "{}"])
      await expectRefused(() => call(e, interviewId, { raw }), 422);
  });

  it.each([
    ["PUT answer", { position: -1, text: "x", revision: 1 }, "position"],
    ["PUT answer", { position: 0, text: "x".repeat(20_001), revision: 2 }, "text"],
    ["PUT answer", { position: 0, text: "x", revision: 0 }, "revision"],
    ["PUT answer", { position: 0, text: 42, revision: 1 }, "text"],
    ["POST submit", { position: -1 }, "position"],
    ["POST submit", { position: 0, answer: { text: "x".repeat(20_001), revision: 1 } }, "answer"],
    ["POST submit", { position: 0, skip: "yes" }, "skip"],
    ["POST pause", { paused: "true" }, "paused"],
    ["PUT grade", { position: 0, grade: 7 }, "grade"],
    ["PUT grade", { position: 0, grade: 3, keyPointsCovered: [-1] }, "keyPointsCovered"],
    ["PUT grade", { position: 0, grade: 3, note: "n".repeat(2_001) }, "note"],
  ])("%s %j: 422 naming the field", async (name, body, field) => {
    const refused = await expectRefused(() => call(endpoint(name), interviewId, { body }), 422);
    expect(Object.keys(refused.fieldErrors ?? {})).toContain(field);
  });

  it("answers 422 with a clear message for an answer over 20,000 characters", async () => {
    const body = { position: 0, text: "x".repeat(20_001), revision: 1 };
    await expectRefused(
      () => call(endpoint("PUT answer"), interviewId, { body }),
      422,
      /^Answers can be at most 20,000 characters\.$/,
    );
  });

  it.each(writes.map((e) => [e.name, e] as const))("%s: 413 for a body over 128 KB", async (_, e) => {
    const raw = JSON.stringify({ position: 0, text: "x".repeat(130 * 1024), revision: 1 });
    await expectRefused(() => call(e, interviewId, { raw }), 413, /too large/);
    const declared = { "content-length": String(200 * 1024) };
    await expectRefused(() => call(e, interviewId, { raw: "{}", headers: declared }), 413);
  });

  it("413 for a body over 128 KB of multi-byte characters", async () => {
    const raw = JSON.stringify({ position: 0, text: "€".repeat(50_000), revision: 1 }); // ~150 KB
    await expectRefused(() => call(endpoint("PUT answer"), interviewId, { raw }), 413);
  });

  it("stops reading a body without Content-Length soon after 128 KB", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 4 * 1024 * 1024) return controller.close();
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const { status } = await call(endpoint("PUT answer"), interviewId, { raw: stream });
    expect(status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(256 * 1024);
  });

  it("never answers 500 for a position past the last question", async () => {
    for (const name of ["PUT answer", "POST submit", "PUT grade"]) {
      const body = { ...(endpoint(name).body as object), position: 99 };
      const { status, body: answer } = await call(endpoint(name), interviewId, { body });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(answer).toMatchObject({ ok: false, message: expect.any(String) });
    }
  });
});

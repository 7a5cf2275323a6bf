// Route defects the fuzzers found, pinned with the input that found them: text with NUL (which
// Postgres can't store) used to end in a 500 instead of being saved without it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { writeJsonSet } from "@/lib/sets/io/json";
import { fullSet } from "@/lib/sets/io/fixtures.test-helpers";
import { db } from "@/lib/db";
import { actAs, resetAuthz } from "@/tests/authz";
import { callRoute } from "./route-matrix";
import { discoverRoutes } from "./surface";
import { securityFixtures, type World } from "./world";

const { sessionMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);

const routes = new Map((await discoverRoutes()).map((r) => [r.key, r.handler]));
const call = (key: string, request: Parameters<typeof callRoute>[2]) =>
  callRoute(routes.get(key)!, key, request);
const fx = securityFixtures();
let owner: World;

beforeAll(async () => {
  owner = await fx.makeWorld();
  actAs(owner.user);
});
afterAll(async () => {
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

describe("text with NUL and other control characters is saved without them", () => {
  it("an autosaved answer", async () => {
    const { status } = await call("PUT /api/interviews/[id]/answer", {
      params: { id: owner.ids.interviewId },
      body: { position: 0, text: "a\u0000b\u0007\tc", revision: 1 },
    });
    expect(status).toBe(200);
    const attempt = await db.attempt.findFirstOrThrow({
      where: { interviewId: owner.ids.interviewId, position: 0 },
      select: { answer: true },
    });
    expect(attempt.answer).toBe("ab\tc");
  });

  it("a grade's note", async () => {
    const { status } = await call("PUT /api/interviews/[id]/grade", {
      params: { id: owner.ids.gradableId },
      body: { position: 0, grade: 2, keyPointsCovered: [], note: "\u0000fine" },
    });
    expect(status).toBe(200);
    const attempt = await db.attempt.findFirstOrThrow({
      where: { interviewId: owner.ids.gradableId, position: 0 },
      select: { note: true },
    });
    expect(attempt.note).toBe("fine");
  });

  it("an imported set's title and description", async () => {
    const file = { ...JSON.parse(writeJsonSet(fullSet)), title: "\u0000Week 1", description: "a\u0000" };
    const { status, body } = await call("POST /api/sets/import/confirm", { body: file });
    expect(status).toBe(201);
    const set = await db.questionSet.findUniqueOrThrow({
      where: { id: (body as { id: string }).id },
      select: { title: true, description: true },
    });
    expect(set).toEqual({ title: "Week 1", description: "a" });
  });
});

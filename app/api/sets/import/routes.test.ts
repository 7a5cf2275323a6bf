// Who may import and export sets, and what bad uploads get: a clear 4xx, never a 500, nothing written.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportSet } from "@/app/api/sets/[id]/export/route";
import { POST as confirmImport } from "@/app/api/sets/import/confirm/route";
import { POST as previewUpload } from "@/app/api/sets/import/route";
import { db } from "@/lib/db";
import { previewImport } from "@/lib/sets/io/import";
import { IMPORT_SLOTS, takeImportSlot } from "@/lib/sets/io/import-slots";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { fullSet } from "@/lib/sets/io/fixtures.test-helpers";
import { writeJsonSet } from "@/lib/sets/io/json";
import { actAs, resetAuthz } from "@/tests/authz";
import { userFixtures, type TestUser } from "@/tests/users";

const { sessionMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);

const ORIGIN = "http://localhost";
const fx = userFixtures();
let owner: TestUser;
let other: TestUser;
const consoleError = vi.spyOn(console, "error");

function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const init = { method: "POST", body, headers: { host: "localhost", origin: ORIGIN, ...headers } };
  return new Request(`${ORIGIN}/api/sets/${path}`, {
    ...init,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}
const upload = async (name: string, body: BodyInit, headers?: Record<string, string>) => {
  const response = await previewUpload(post(`import?name=${encodeURIComponent(name)}`, body, headers));
  return { status: response.status, body: await response.json() };
};
const confirm = async (body: string, headers?: Record<string, string>) => {
  const response = await confirmImport(post("import/confirm", body, headers));
  return { status: response.status, body: await response.json() };
};
const download = (id: string, format = "json") =>
  exportSet(
    new Request(`${ORIGIN}/api/sets/${id}/export?format=${format}`, { headers: { host: "localhost" } }),
    {
      params: Promise.resolve({ id }),
    },
  );

const written = async () => ({
  questions: await fx.prisma.question.count({ where: { authorId: { in: [owner.id, other.id] } } }),
  sets: await fx.prisma.questionSet.count({ where: { ownerId: { in: [owner.id, other.id] } } }),
});

beforeAll(async () => {
  [owner, other] = [await fx.makeUser(), await fx.makeUser()];
});
beforeEach(() => {
  actAs(owner);
  consoleError.mockClear();
});
afterEach(() => {
  expect(consoleError, "no request may end in the 500 handler").not.toHaveBeenCalled();
});
afterAll(async () => {
  consoleError.mockRestore();
  await fx.prisma.question.deleteMany({ where: { authorId: { in: [owner.id, other.id] } } });
  await resetAuthz();
  await fx.cleanup();
  await db.$disconnect();
});

describe("who may call", () => {
  it("refuses anonymous visitors with 401 on every route", async () => {
    actAs(null);
    expect((await upload("a.csv", "question,answer\nWhat is DNS?,Names.\n")).status).toBe(401);
    expect((await confirm(writeJsonSet(fullSet))).status).toBe(401);
    expect((await download("abcdefghijkl")).status).toBe(401);
  });

  it("refuses uploads and imports from another site's page", async () => {
    const evil = { origin: "https://evil.example" };
    expect((await upload("a.csv", "question,answer\nWhat is DNS?,Names.\n", evil)).status).toBe(403);
    expect((await confirm(writeJsonSet(fullSet), evil)).status).toBe(403);
    expect(await written()).toEqual({ questions: 0, sets: 0 });
  });
});

describe("import", () => {
  it("previews without writing, then the confirm step creates the set", async () => {
    const previewed = await upload("backend.json", writeJsonSet(fullSet));
    expect(previewed.status).toBe(200);
    expect(previewed.body.preview.counts).toEqual({ ready: 2, blocked: 0, duplicates: 0 });
    expect(await written()).toEqual({ questions: 0, sets: 0 });
    const created = await confirm(JSON.stringify(previewed.body.preview.file));
    expect(created).toEqual({
      status: 201,
      body: { ok: true, id: expect.any(String), url: `/sets/${created.body.id}` },
    });
    expect(await written()).toEqual({ questions: 2, sets: 1 });
    const exported = await download(created.body.id);
    expect(await exported.text()).toBe(writeJsonSet(fullSet));
  });

  it.each([
    [
      "413 for a Content-Length over 10 MB",
      () => upload("a.csv", "x", { "content-length": String(11 * 1024 * 1024) }),
      413,
      /larger than 10 MB/,
    ],
    [
      "413 for a body that grows past 10 MB without a length",
      () =>
        upload(
          "a.csv",
          new ReadableStream({
            pull(controller) {
              controller.enqueue(new Uint8Array(1024 * 1024));
            },
          }),
        ),
      413,
      /larger than 10 MB/,
    ],
    [
      "422 for CSV with the wrong columns",
      () => upload("a.csv", "term,definition\nDNS,Names\n"),
      422,
      /needs a "question"/,
    ],
    ["422 for CSV with bad quoting", () => upload("a.csv", 'question,answer\n"DNS,Names\n'), 422, /^Row 2/],
    [
      "422 for JSON of another version",
      () => upload("a.json", JSON.stringify({ format: "rehearse-set", version: 3 })),
      422,
      /version 3/,
    ],
    ["422 for an .apkg that isn't a zip", () => upload("deck.apkg", "hello"), 422, /isn't a zip/],
  ])("answers %s, writing nothing", async (_, run, status, message) => {
    const { status: actual, body } = await run();
    expect(body).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(actual).toBe(status);
    expect(await written()).toMatchObject({ sets: 1 });
  });

  it.each([
    ["not JSON", "questions=1", 400, /must be JSON/],
    [
      "a bad question",
      JSON.stringify({
        ...fullSet,
        questions: [fullSet.questions[0], { ...fullSet.questions[1], answerNotes: "" }],
      }),
      422,
      /^Question 2: Write the answer notes\.$/,
    ],
    ["another version", JSON.stringify({ ...fullSet, version: 2 }), 422, /version isn't supported/],
    ["no questions", JSON.stringify({ ...fullSet, questions: [] }), 422, /no questions/],
    [
      "the same question twice (the preview skips duplicates; a hand-made request is refused)",
      JSON.stringify({
        ...fullSet,
        questions: [
          ...fullSet.questions,
          { ...fullSet.questions[0], prompt: `  ${fullSet.questions[0]!.prompt.toUpperCase()} ` },
        ],
      }),
      422,
      new RegExp(`^Question ${fullSet.questions.length + 1}: This is the same question as question 1`),
    ],
  ])("refuses to confirm %s", async (_, body, status, message) => {
    const before = await written();
    const result = await confirm(body);
    expect(result).toEqual({ status, body: { ok: false, message: expect.stringMatching(message) } });
    expect(await written()).toEqual(before);
  });
});

describe("imports at once", () => {
  /** An upload whose body stays open until `finish` is called; `reading` resolves once the route reads it. */
  function heldUpload(text: string) {
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    let reading!: () => void;
    const started = new Promise<void>((resolve) => (reading = resolve));
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        reading();
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode(text));
          return;
        }
        await finished;
        controller.close();
      },
    });
    return { response: upload("held.csv", body), started, finish };
  }

  it("runs one import per user at a time: a second one gets 429 with Retry-After, others go on", async () => {
    const before = await written();
    const held = heldUpload("question,answer\nWhat is DNS?,Names to addresses.\n");
    await held.started;
    try {
      await secondImportsWhileHeld(before);
    } finally {
      held.finish();
    }
    const first = await held.response;
    expect(first.status).toBe(200);
    expect(first.body.preview.counts).toMatchObject({ ready: 1 });
    actAs(owner);
    expect((await upload("d.csv", "question,answer\nWhat is TCP?,Streams.\n")).status).toBe(200);
  });

  async function secondImportsWhileHeld(before: Awaited<ReturnType<typeof written>>) {
    const previewAgain = await previewUpload(post("import?name=b.csv", "question,answer\nWhat is TCP?,A.\n"));
    expect(previewAgain.status).toBe(429);
    expect(previewAgain.headers.get("retry-after")).toBe("5");
    expect(await previewAgain.json()).toEqual({
      ok: false,
      message: "An import of yours is still running. Try again when it has finished.",
    });
    expect((await confirm(writeJsonSet(fullSet))).status).toBe(429);
    expect(await written()).toEqual(before);

    actAs(other);
    expect((await upload("c.csv", "question,answer\nWhat is UDP?,Datagrams.\n")).status).toBe(200);
  }

  it("frees the user's slot when an import is refused or its body is too large", async () => {
    expect((await upload("x.csv", "not,a,set\n")).status).toBe(422);
    expect((await upload("x.csv", "a", { "content-length": String(IMPORT_LIMITS.bytes + 1) })).status).toBe(
      413,
    );
    expect((await confirm("{not json")).status).toBe(400);
    expect((await upload("y.csv", "question,answer\nWhat is DNS?,Names.\n")).status).toBe(200);
  });

  it("answers 503 with Retry-After when the instance already runs an import per core", async () => {
    const slots = Array.from({ length: IMPORT_SLOTS.perInstance }, (_, i) =>
      takeImportSlot(`elsewhere-${i}`),
    );
    try {
      const refused = await previewUpload(
        post("import?name=e.csv", "question,answer\nWhat is DNS?,Names.\n"),
      );
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("5");
      expect(await refused.json()).toEqual({
        ok: false,
        message: "Imports are busy right now. Try again in a few seconds.",
      });
    } finally {
      for (const slot of slots) if ("release" in slot) slot.release();
    }
    expect((await upload("e.csv", "question,answer\nWhat is DNS?,Names.\n")).status).toBe(200);
  });
});

describe("export", () => {
  let setId: string;
  beforeAll(async () => {
    actAs(owner);
    setId = (await confirm(writeJsonSet({ ...fullSet, title: 'Ünïcode / "quotes"; & more' }))).body.id;
  });

  it.each([
    ["json", "application/json; charset=utf-8"],
    ["md", "text/markdown; charset=utf-8"],
    ["csv", "text/csv; charset=utf-8"],
    ["apkg", "application/octet-stream"],
  ])("gives the owner %s with its type and a safe file name", async (format, type) => {
    const response = await download(setId, format);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="unicode-quotes-more.${format}"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    const reimported = await previewImport(`set.${format}`, bytes);
    expect(reimported.file.questions.map((q) => q.prompt)).toEqual(fullSet.questions.map((q) => q.prompt));
  });

  it("answers 404 to another user for a private set, and for ids that don't exist", async () => {
    actAs(other);
    const response = await download(setId);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ ok: false, message: expect.stringMatching(/doesn't exist/) });
    expect((await download("../../etc/passwd")).status).toBe(404);
    expect((await download("nosuchset00000")).status).toBe(404);
  });

  it("lets another user export a public set", async () => {
    await fx.prisma.questionSet.update({ where: { id: setId }, data: { visibility: "PUBLIC" } });
    actAs(other);
    expect((await download(setId, "md")).status).toBe(200);
  });

  it("answers 400 for an unknown format", async () => {
    const response = await download(setId, "xlsx");
    expect(response.status).toBe(400);
  });
});

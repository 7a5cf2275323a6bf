// The question editor's actions: what the form must hold, what is stored, which cached pages are
// refreshed, and deletion refused while other people rely on a question.
import { revalidatePath } from "next/cache";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { listPublicTags } from "@/lib/dal/questions";
import { actAs, resetAuthz } from "@/tests/authz";
import { uniqueWord } from "@/tests/db";
import { userFixtures, type TestUser } from "@/tests/users";
import { previewMarkdown } from "./markdown-preview";
import { createQuestion, deleteQuestion, makeQuestionPrivate, updateQuestion } from "./questions";

const { sessionMock, nextCacheMock, navigationMock } = await vi.hoisted(() => import("@/tests/authz"));
vi.mock("@/lib/auth/session", sessionMock);
vi.mock("next/cache", nextCacheMock);
vi.mock("next/navigation", navigationMock);

const users = userFixtures();
const run = uniqueWord("qa");
let author: TestUser, reader: TestUser;

function questionForm(fields: Record<string, string | string[]> = {}) {
  const all: Record<string, string | string[]> = {
    prompt: "What does a reverse proxy do?",
    whyAsked: "Checks you know the request path.",
    answerNotes: "It sits in front of servers.",
    keyPoints: ["TLS termination", "Load balancing"],
    tags: [run],
    difficulty: "EASY",
    suggestedSeconds: "240",
    visibility: "PRIVATE",
    ...fields,
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(all)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
}

/** Runs an action that should redirect; answers where to. */
async function redirected(action: Promise<unknown>) {
  const outcome = await action.then(
    (result) => ({ result }),
    (e: unknown) => e,
  );
  expect(outcome).toMatchObject({ redirectedTo: expect.any(String) });
  return (outcome as { redirectedTo: string }).redirectedTo;
}

const slugOf = (url: string) => url.split("/").pop()!;
const stored = (slug: string) =>
  db.question.findUnique({
    where: { slug },
    select: { prompt: true, answerNotes: true, keyPoints: true, tags: true, visibility: true },
  });
const questionCount = () => db.question.count({ where: { tags: { has: run } } });

beforeAll(async () => {
  [author, reader] = await Promise.all([
    users.makeUser({ password: null }),
    users.makeUser({ password: null }),
  ]);
});

beforeEach(() => {
  actAs(author);
  vi.mocked(revalidatePath).mockClear();
});

afterAll(async () => {
  await db.question.deleteMany({ where: { tags: { has: run } } });
  await resetAuthz();
  await users.cleanup();
  await db.$disconnect();
});

describe("createQuestion", () => {
  it("answers bad input with a message per field and saves nothing", async () => {
    const before = await questionCount();
    const result = await createQuestion(
      null,
      questionForm({
        prompt: "Hm",
        answerNotes: " ",
        keyPoints: ["", " "],
        difficulty: "IMPOSSIBLE",
        suggestedSeconds: "5",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: "Check the highlighted fields.",
      fieldErrors: {
        prompt: [expect.stringMatching(/at least 5/)],
        answerNotes: ["Write the answer notes."],
        keyPoints: ["Add at least one key point."],
        difficulty: ["Choose a difficulty."],
        suggestedSeconds: [expect.stringMatching(/at least 30 seconds/)],
      },
    });
    expect(await questionCount()).toBe(before);
  });

  it("stores HTML as text and sends a private question to the author's own page", async () => {
    const prompt = `<img src=x onerror="alert(1)"> ${run}?`;
    const url = await redirected(
      createQuestion(null, questionForm({ prompt, answerNotes: "<script>alert(1)</script>\n\n**bold**" })),
    );
    expect(url).toMatch(/^\/my-questions\/img-src-x-onerror-alert-1/);
    expect(await stored(slugOf(url))).toEqual({
      prompt,
      answerNotes: "<script>alert(1)</script>\n\n**bold**",
      keyPoints: ["TLS termination", "Load balancing"],
      tags: [run],
      visibility: "PRIVATE",
    });
    // A private question touches no cached bank page.
    expect(revalidatePath).not.toHaveBeenCalledWith("/(app)/questions/results/[key]", "page");
  });

  it("a public question refreshes the cached bank pages and tag list at once", async () => {
    const tag = uniqueWord("fresh");
    expect((await listPublicTags()).some((t) => t.tag === tag)).toBe(false); // now cached without it
    const url = await redirected(
      createQuestion(null, questionForm({ visibility: "PUBLIC", tags: [run, tag] })),
    );
    const slug = slugOf(url);
    expect(url).toBe(`/questions/${slug}`);
    expect(revalidatePath).toHaveBeenCalledWith(`/questions/${slug}`);
    expect(revalidatePath).toHaveBeenCalledWith("/(app)/questions/results/[key]", "page");
    expect(await listPublicTags()).toContainEqual({ tag, count: 1 });
  });
});

describe("updateQuestion and makeQuestionPrivate", () => {
  it("making a public question private takes it out of the cached pages", async () => {
    const slug = slugOf(await redirected(createQuestion(null, questionForm({ visibility: "PUBLIC" }))));
    vi.mocked(revalidatePath).mockClear();
    const url = await redirected(updateQuestion(null, questionForm({ slug, prompt: "Now private, edited" })));
    expect(url).toBe(`/my-questions/${slug}`);
    expect(revalidatePath).toHaveBeenCalledWith(`/questions/${slug}`);
    expect(await stored(slug)).toMatchObject({ prompt: "Now private, edited", visibility: "PRIVATE" });
  });

  it("a bad edit saves nothing", async () => {
    const slug = slugOf(await redirected(createQuestion(null, questionForm())));
    const result = await updateQuestion(
      null,
      questionForm({
        slug,
        prompt: "ok",
        tags: Array(9)
          .fill(0)
          .map((_, i) => `t${i}`),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { prompt: expect.any(Array), tags: ["Use at most 8 tags."] },
    });
    expect((await stored(slug))?.prompt).toBe("What does a reverse proxy do?");
  });
});

describe("deleteQuestion", () => {
  it("refuses while another user has answered it, and offers to make it private", async () => {
    const slug = slugOf(await redirected(createQuestion(null, questionForm({ visibility: "PUBLIC" }))));
    const question = await db.question.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const interview = await db.interview.create({ data: { userId: reader.id }, select: { id: true } });
    await db.attempt.create({
      data: {
        interviewId: interview.id,
        userId: reader.id,
        questionId: question.id,
        position: 0,
        allowedSeconds: 60,
      },
    });
    const data = new FormData();
    data.set("slug", slug);

    const refused = await deleteQuestion(null, data);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Other people have answered .*Make it private instead/),
    });
    expect(refused.ok || refused.message).not.toMatch(/\d/); // no count of other people's answers
    expect(await stored(slug)).not.toBeNull();

    expect(await makeQuestionPrivate(null, data)).toMatchObject({ ok: true });
    expect((await stored(slug))?.visibility).toBe("PRIVATE");
    expect(await db.attempt.count({ where: { questionId: question.id } })).toBe(1);
  });

  it("deletes the author's own question and returns to their list", async () => {
    const slug = slugOf(await redirected(createQuestion(null, questionForm())));
    const data = new FormData();
    data.set("slug", slug);
    expect(await redirected(deleteQuestion(null, data))).toBe("/my-questions");
    expect(await stored(slug)).toBeNull();
  });
});

describe("previewMarkdown", () => {
  it("renders through the page's sanitizer: highlighted code, no scripts or handlers", async () => {
    const result = await previewMarkdown(
      '<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n\n```ts\nconst x = 1;\n```',
    );
    expect(result.ok).toBe(true);
    const html = result.ok ? result.data : "";
    expect(html).not.toMatch(/<script|onerror|<img/);
    expect(html).toContain('<code class="hljs language-ts">');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
  });

  it("refuses notes past the limit", async () => {
    expect(await previewMarkdown("x".repeat(20_001))).toMatchObject({ ok: false });
  });
});

// Faults: the server killed mid-interview, and Postgres going away under load. Each test runs its
// own production servers from the same build, so the shared test server is never disturbed.
import { expect, test } from "@playwright/test";
import { requireDatabaseUrl } from "../lib/env";
import { assertLocalDatabase } from "../scripts/lib/local-url";
import { startAppServer } from "../scripts/lib/app-server";
import { runnerState, startActionId, type Reply } from "../scripts/load/candidate";
import { hasStackTrace, newSecret, signedInCandidates, sleep, throwAwayPostgres } from "./fault-helpers";

const databaseUrl = requireDatabaseUrl();
assertLocalDatabase(databaseUrl);
const draft = (position: number, revision: number) =>
  `Question ${position + 1}, draft ${revision}: ${"words ".repeat(revision)}`;
const secondsLeft = (state: { serverNow: string; current: { deadlineAt: string } | null }) =>
  (Date.parse(state.current!.deadlineAt) - Date.parse(state.serverNow)) / 1000;

// Several servers and a Postgres each: one test at a time.
test.describe.configure({ mode: "serial" });

test("every acknowledged autosave survives the server being killed; the clock kept counting meanwhile", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const secret = newSecret();
  let server = await startAppServer({ databaseUrl, secret });
  try {
    const [candidate] = await signedInCandidates(server.origin, databaseUrl, 1, "crash");
    const { id } = await candidate!.startInterview(startActionId(), { count: 2, secondsPerQuestion: 600 });
    expect(id).toBeTruthy();
    for (let revision = 1; revision <= 3; revision += 1)
      expect((await candidate!.save(id!, 0, revision, draft(0, revision))).status).toBe(200);
    expect((await candidate!.submit(id!, 0, { revision: 4, text: draft(0, 4) })).status).toBe(200);
    for (let revision = 1; revision <= 5; revision += 1)
      expect((await candidate!.save(id!, 1, revision, draft(1, revision))).status).toBe(200);
    const before = runnerState(await candidate!.state(id!));

    // A burst of saves in flight when the process dies: some are answered, some never are.
    const burst = Array.from({ length: 20 }, (_, i) =>
      candidate!.save(id!, 1, 6 + i, draft(1, 6 + i)).catch((): Reply | null => null),
    );
    await sleep(15);
    await server.kill();
    const answered = (await Promise.all(burst)).map((reply, i) => (reply?.status === 200 ? 6 + i : 0));
    const acknowledged = Math.max(5, ...answered);
    await sleep(3_000);

    server = await startAppServer({ databaseUrl, secret });
    const resumed = candidate!.on(server.origin);
    const after = runnerState(await resumed.state(id!));
    const afterReadAt = Date.now();
    expect(after.status).toBe("IN_PROGRESS");
    expect(after.current?.position).toBe(1);
    expect(after.current!.answerRevision).toBeGreaterThanOrEqual(acknowledged);
    expect(after.current!.answer).toBe(draft(1, after.current!.answerRevision));
    // The server's clock ran on through the outage: the deadline stands, and less time is left.
    expect(after.current!.deadlineAt).toBe(before.current!.deadlineAt);
    const away = (Date.parse(after.serverNow) - Date.parse(before.serverNow)) / 1000;
    expect(away).toBeGreaterThan(3);
    expect(Math.abs(secondsLeft(after) - (secondsLeft(before) - away))).toBeLessThan(0.01);

    // The runner page resumes on the second question with its saved answer and the time left.
    const context = await browser.newContext();
    const cookie = candidate!.cookie;
    const at = cookie.indexOf("=");
    await context.addCookies([
      { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: server.origin },
    ]);
    const page = await context.newPage();
    await page.goto(`${server.origin}/interviews/${id}`);
    await expect(page.getByText("Question 2 of 2")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue(after.current!.answer!);
    const shown = Number(
      await page.getByRole("progressbar", { name: "Time left" }).getAttribute("aria-valuenow"),
    );
    // Less the seconds that passed since `after` was read (a slow page load on a busy machine).
    const passed = (Date.now() - afterReadAt) / 1000;
    expect(shown).toBeLessThanOrEqual(secondsLeft(after) + 2);
    expect(shown).toBeGreaterThanOrEqual(secondsLeft(after) - passed - 2);
    await context.close();

    // Both questions keep their answers to the end.
    expect((await resumed.submit(id!, 1)).status).toBe(200);
    const review = await resumed.page(`/interviews/${id}/review`);
    expect(review.status).toBe(200);
    expect(review.body).toContain(draft(0, 4).trim());
    expect(review.body).toContain(draft(1, after.current!.answerRevision).trim());
  } finally {
    await server.stop();
  }
});

interface Sample {
  phase: "before" | "stopping" | "down" | "after";
  kind: "save" | "page";
  at: number;
  reply: Reply;
}

test("while Postgres is down the app answers 503 with a friendly message, and recovers by itself", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const postgres = await throwAwayPostgres();
  const server = await startAppServer({ databaseUrl: postgres.url, secret: newSecret() });
  try {
    const candidates = await signedInCandidates(server.origin, postgres.url, 3, "outage");
    const actionId = startActionId();
    const ids = await Promise.all(
      candidates.map(
        async (c) => (await c.startInterview(actionId, { count: 1, secondsPerQuestion: 600 })).id!,
      ),
    );
    const samples: Sample[] = [];
    const acknowledged = ids.map(() => 0);
    let phase: Sample["phase"] = "before";
    let running = true;
    const record = async (kind: Sample["kind"], request: () => Promise<Reply>) => {
      // The phase a request belongs to is the one it started in: a save sent just before the
      // stop may still be answered by the database. One still running when the stop began
      // belongs to "stopping", whatever its answer: the database may have gone mid-render.
      const started = phase;
      const at = Date.now();
      const reply = await request();
      samples.push({
        phase: started === "before" && phase !== "before" ? "stopping" : started,
        kind,
        at,
        reply,
      });
      return reply;
    };
    // A few autosaves and page loads per second, from every candidate.
    const load = candidates.map(async (candidate, i) => {
      for (let revision = 1; running; revision += 1) {
        const saved = await record("save", () => candidate.save(ids[i]!, 0, revision, draft(i, revision)));
        if (saved.status === 200) acknowledged[i] = revision;
        await record("page", () => candidate.page("/practice"));
        await sleep(300);
      }
    });

    await sleep(4_000);
    phase = "stopping";
    await postgres.stop();
    // Requests sent from here on find no database.
    phase = "down";
    const downAt = Date.now();
    // A browser sees the friendly page with status 503: the pool's idle connections were dropped
    // when Postgres stopped, so the proxy knew before any page tried to render (lib/db-health.ts).
    const context = await browser.newContext();
    const cookie = candidates[0]!.cookie;
    const at = cookie.indexOf("=");
    await context.addCookies([
      { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: server.origin },
    ]);
    const page = await context.newPage();
    const visit = await page.goto(`${server.origin}/practice`);
    await expect(page.getByRole("heading", { name: "Rehearse is temporarily unavailable" })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Try again" }).or(page.getByRole("button", { name: "Try again" })),
    ).toBeVisible();
    expect(await page.content()).not.toMatch(/\n\s+at \S.*:\d+:\d+/);
    expect(visit?.status()).toBe(503);
    await context.close();
    await sleep(Math.max(0, 10_000 - (Date.now() - downAt)));
    phase = "after";
    await postgres.start();
    const upAt = Date.now();
    await expect
      .poll(() => samples.some((s) => s.kind === "save" && s.at > upAt && s.reply.status === 200), {
        timeout: 15_000,
      })
      .toBe(true);
    const recoveredAt = Math.min(
      ...samples.filter((s) => s.kind === "save" && s.at > upAt && s.reply.status === 200).map((s) => s.at),
    );
    await sleep(3_000);
    running = false;
    await Promise.all(load);

    const down = samples.filter((s) => s.phase === "down");
    const downSaves = down.filter((s) => s.kind === "save");
    expect(downSaves.length).toBeGreaterThan(5);
    for (const { reply } of downSaves) {
      expect(reply.status).toBe(503);
      expect(reply.retryAfter).toMatch(/^\d+$/);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/temporarily unavailable/),
      });
    }
    // Every page load answers 503 with the plain unavailable page (proxy.ts), for the whole outage:
    // a probe keeps the database marked down until it answers again.
    const pageReplies = down.filter((s) => s.kind === "page").map((s) => s.reply);
    expect(pageReplies.length).toBeGreaterThan(5);
    for (const reply of pageReplies) {
      expect(reply.status).toBe(503);
      expect(reply.retryAfter).toMatch(/^\d+$/);
      expect(reply.body).toContain("Rehearse is temporarily unavailable");
    }
    for (const { reply } of samples) expect(hasStackTrace(reply.body), reply.body.slice(0, 500)).toBe(false);
    expect(
      samples.filter((s) => s.kind === "save" && s.reply.status >= 500 && s.reply.status !== 503),
    ).toEqual([]);
    expect(samples.filter((s) => s.phase === "before" && s.reply.status !== 200)).toEqual([]);
    // Back within a few seconds, without a restart, and normal from then on.
    expect(recoveredAt - upAt).toBeLessThan(10_000);
    expect(server.child.exitCode).toBeNull();
    const settled = samples.filter((s) => s.at > recoveredAt + 1_000);
    expect(settled.length).toBeGreaterThan(3);
    expect(settled.filter((s) => s.reply.status !== 200)).toEqual([]);

    // Every autosave that was acknowledged is in the database.
    for (const [i, id] of ids.entries()) {
      const state = runnerState(await candidates[i]!.state(id));
      expect(state.current!.answerRevision).toBeGreaterThanOrEqual(acknowledged[i]!);
      expect(state.current!.answer).toBe(draft(i, state.current!.answerRevision));
    }
    test.info().annotations.push({
      type: "outage",
      description: `${samples.length} requests, ${downSaves.length} autosaves answered 503 while down, recovered ${recoveredAt - upAt} ms after Postgres came back, ${pageReplies.length} page loads answered 503`,
    });
  } finally {
    await server.stop();
    await postgres.destroy();
  }
});

// A whole mock interview, as candidates go through it, 50 at a time: start from the Practice form
// (the server action, called as the browser calls it; its answer carries the runner page), autosave
// each answer a few times, submit each, then grade each. Reports finished flows/s and each step's
// latency; also weighs the runner page's JavaScript.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { log } from "../lib/database.ts";
import type { Row } from "./report.ts";
import type { Member } from "./sessions.ts";
import { percentiles, type Percentiles } from "./stats.ts";

const WORKERS = 50;
const SECONDS = 20;
const QUESTIONS = 3;
const SAVES_PER_QUESTION = 2;
const STEPS = ["start", "autosave", "submit", "grade"] as const;
type Step = (typeof STEPS)[number];

export interface FlowReport {
  workers: number;
  seconds: number;
  flows: number;
  flowsPerSecond: number;
  requestsPerSecond: number;
  steps: Record<Step, Percentiles & { count: number }>;
  failedCount: number;
  /** The first few failures. */
  failed: { step: Step; status: number; message: string }[];
  runnerJsGzipBytes: number;
}

class StepError extends Error {
  constructor(
    readonly step: Step,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The id the build gave the startInterview server action. */
async function startActionId() {
  const manifest = JSON.parse(await readFile(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.exportedName === "startInterview" && a.filename === "lib/actions/interviews.ts",
  );
  if (!found) throw new Error("The build has no startInterview server action.");
  return found[0];
}

/** The Practice form's fields as React sends them to the action: (previous state, form data). */
function startBody() {
  const body = new FormData();
  for (const [name, value] of Object.entries({ count: String(QUESTIONS), order: "random", mode: "STRICT" }))
    body.append(`_1_${name}`, value);
  // Last, as React sends it: the server reads the fields it refers to as they arrive.
  body.append("0", JSON.stringify([null, "$K1"]));
  return body;
}

/** Sums the gzip size of every script the runner page references. */
async function runnerJs(origin: string, interview: { id: string; cookie: string }) {
  const page = await fetch(`${origin}/interviews/${interview.id}`, { headers: { cookie: interview.cookie } });
  const html = await page.text();
  if (!page.ok) throw new Error(`The runner page answered HTTP ${page.status}.`);
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const src of sources)
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length;
  return bytes;
}

export async function measureFlow(origin: string, members: Member[]): Promise<FlowReport> {
  const actionId = await startActionId();
  const times: Record<Step, number[]> = { start: [], autosave: [], submit: [], grade: [] };
  const failed: FlowReport["failed"] = [];
  let requests = 0;
  let flows = 0;
  // Weighed once, while the first interview is still being answered.
  let runnerJsGzipBytes: Promise<number> | undefined;

  async function step(name: Step, url: string, init: RequestInit) {
    const started = performance.now();
    const response = await fetch(`${origin}${url}`, { ...init, redirect: "manual" });
    const body = await response.text();
    times[name].push(performance.now() - started);
    requests += 1;
    if (response.status !== 200) throw new StepError(name, response.status, `${url}: ${body.slice(0, 200)}`);
    return { response, body };
  }

  async function interview(cookie: string, n: number) {
    const start = await step("start", "/practice", {
      method: "POST",
      headers: { cookie, "next-action": actionId, accept: "text/x-component" },
      body: startBody(),
    });
    const redirect = start.response.headers.get("x-action-redirect") ?? "";
    const id = /^\/interviews\/([A-Za-z0-9]+)/.exec(redirect)?.[1];
    if (!id)
      throw new StepError(
        "start",
        start.response.status,
        `no redirect to an interview: ${start.body.slice(0, 200)}`,
      );
    if (!runnerJsGzipBytes) {
      runnerJsGzipBytes = runnerJs(origin, { id, cookie });
      runnerJsGzipBytes.catch(() => {}); // awaited, and so reported, at the end
    }
    const json = { cookie, "content-type": "application/json" };
    let revision = 0;
    for (let position = 0; position < QUESTIONS; position += 1) {
      let text = "";
      for (let save = 0; save < SAVES_PER_QUESTION; save += 1) {
        text += `Part ${save + 1} of my answer to question ${position + 1}. `.repeat(20);
        revision += 1;
        await step("autosave", `/api/interviews/${id}/answer`, {
          method: "PUT",
          headers: json,
          body: JSON.stringify({ position, revision, text }),
        });
      }
      await step("submit", `/api/interviews/${id}/submit`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ position, answer: { text, revision } }),
      });
    }
    for (let position = 0; position < QUESTIONS; position += 1)
      await step("grade", `/api/interviews/${id}/grade`, {
        method: "PUT",
        headers: json,
        body: JSON.stringify({ position, grade: 1 + ((n + position) % 4), keyPointsCovered: [0], note: "" }),
      });
  }

  log(`Interview flow: ${WORKERS} candidates start, autosave, submit and grade interviews for ${SECONDS} s…`);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      const { cookie } = members[w % members.length]!;
      for (let n = 0; performance.now() < deadline; n += 1) {
        try {
          await interview(cookie, n);
          flows += 1;
        } catch (error) {
          if (!(error instanceof StepError)) throw error;
          failed.push({ step: error.step, status: error.status, message: error.message });
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const steps = Object.fromEntries(
    STEPS.map((s) => [s, { ...percentiles(times[s]), count: times[s].length }]),
  ) as FlowReport["steps"];
  return {
    workers: WORKERS,
    seconds,
    flows,
    flowsPerSecond: flows / seconds,
    requestsPerSecond: requests / seconds,
    steps,
    failedCount: failed.length,
    failed: failed.slice(0, 10),
    runnerJsGzipBytes: (await runnerJsGzipBytes) ?? 0,
  };
}

export function flowRows(report: FlowReport): Row[] {
  const stepList = STEPS.map(
    (s) => `${s} ${report.steps[s].p50.toFixed(0)}/${report.steps[s].p99.toFixed(0)}`,
  ).join(", ");
  return [
    {
      figure: `Interview flow, ${report.workers} candidates: flows/s (start, ${QUESTIONS}×(${SAVES_PER_QUESTION} autosaves + submit), ${QUESTIONS} grades)`,
      value: `${report.flowsPerSecond.toFixed(1)} flows/s (${report.flows} in ${report.seconds.toFixed(0)} s, ${report.requestsPerSecond.toFixed(0)} req/s), ${report.failedCount} failed`,
      budget: "none failed",
      pass: report.failedCount === 0,
    },
    { figure: "Interview flow per step p50/p99 (ms)", value: stepList, budget: "", pass: null },
    {
      figure: "Runner page JavaScript (gzip)",
      value: `${(report.runnerJsGzipBytes / 1024).toFixed(0)} KB`,
      budget: "< 200 KB",
      pass: report.runnerJsGzipBytes < 200 * 1024,
    },
  ];
}

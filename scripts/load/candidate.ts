// What a candidate's browser sends during an interview, over plain HTTP: start (the Practice
// form's server action), autosave, submit, grade and the runner's state.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Reply {
  status: number;
  body: string;
  retryAfter: string | null;
  ms: number;
}

export interface RunnerState {
  status: string;
  total: number;
  serverNow: string;
  current: {
    position: number;
    deadlineAt: string;
    answer: string | null;
    answerRevision: number;
  } | null;
}

/** The id the build gave the `startInterview` server action (the Practice form calls it). */
export function startActionId(buildDir = ".next"): string {
  const file = path.join(buildDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, action]) =>
      action.exportedName === "startInterview" && action.filename === "lib/actions/interviews.ts",
  );
  if (!found) throw new Error(`No startInterview action in ${file}; build the app first (npm run build).`);
  return found[0];
}

async function send(url: string, init: RequestInit, timeoutMs: number): Promise<Reply> {
  const started = performance.now();
  const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  const body = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, body, retryAfter: response.headers.get("retry-after"), ms };
}

export class Candidate {
  constructor(
    readonly origin: string,
    readonly cookie: string,
    readonly address: string,
    readonly timeoutMs = 30_000,
  ) {}

  /** The same browser, talking to another server (after a restart). */
  on(origin: string) {
    return new Candidate(origin, this.cookie, this.address, this.timeoutMs);
  }

  private json(method: string, route: string, payload?: unknown) {
    const headers: Record<string, string> = { cookie: this.cookie, "x-forwarded-for": this.address };
    if (payload !== undefined) headers["content-type"] = "application/json";
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    return send(`${this.origin}${route}`, { method, headers, body }, this.timeoutMs);
  }

  /** Submits the Practice form as the browser does: the action redirects to the new runner. */
  async startInterview(actionId: string, input: { count: number; secondsPerQuestion: number }) {
    const form = new FormData();
    // The action's arguments, encoded as React encodes them: (previous state, the form's fields).
    form.set("_1_count", String(input.count));
    form.set("_1_order", "random");
    form.set("_1_timing", "fixed");
    form.set("_1_secondsPerQuestion", String(input.secondsPerQuestion));
    form.set("0", JSON.stringify(["$undefined", "$K1"]));
    const headers = { cookie: this.cookie, "next-action": actionId, accept: "text/x-component" };
    const response = await fetch(`${this.origin}/practice`, {
      method: "POST",
      headers: { ...headers, "x-forwarded-for": this.address },
      body: form,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const body = await response.text();
    const id = /^\/interviews\/([a-z0-9]+)/.exec(response.headers.get("x-action-redirect") ?? "")?.[1];
    return { status: response.status, id: id ?? null, body };
  }

  save(id: string, position: number, revision: number, text: string) {
    return this.json("PUT", `/api/interviews/${id}/answer`, { position, revision, text });
  }

  submit(id: string, position: number, answer?: { revision: number; text: string }) {
    return this.json("POST", `/api/interviews/${id}/submit`, { position, ...(answer ? { answer } : {}) });
  }

  grade(id: string, position: number, grade: 1 | 2 | 3 | 4, note: string) {
    return this.json("PUT", `/api/interviews/${id}/grade`, { position, grade, keyPointsCovered: [0], note });
  }

  state(id: string) {
    return this.json("GET", `/api/interviews/${id}`);
  }

  page(route: string) {
    return send(
      `${this.origin}${route}`,
      { headers: { cookie: this.cookie, "x-forwarded-for": this.address } },
      this.timeoutMs,
    );
  }
}

/** The runner state out of a 200 reply. */
export function runnerState(reply: Reply): RunnerState {
  if (reply.status !== 200) throw new Error(`Runner state answered HTTP ${reply.status}: ${reply.body}`);
  return (JSON.parse(reply.body) as { state: RunnerState }).state;
}

import type { RunnerState } from "@/lib/dal/interview-views";

/** A value as it arrives over JSON: dates become ISO strings. */
type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends object
      ? { [K in keyof T]: Json<T[K]> }
      : T;

/** The runner's state as the API (and the page, serialised) hands it over. */
export type RunnerStateJson = Json<RunnerState>;

export class ApiError extends Error {
  constructor(
    /** 0: the request never got an answer (offline, aborted). */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  /** Worth trying again later: the network or the server, not the request. */
  get retryable() {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

const OFFLINE = "Can't reach the server. Check your connection; your text stays here.";

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      cache: "no-store",
      headers: init?.body ? { "Content-Type": "application/json" } : undefined,
    });
  } catch {
    throw new ApiError(0, OFFLINE);
  }
  const body = (await response.json().catch(() => null)) as { ok?: boolean; message?: string } | null;
  if (!response.ok || !body?.ok) {
    throw new ApiError(
      response.status,
      body?.message ?? `The server answered ${response.status}. Try again.`,
    );
  }
  return body as T;
}

const base = (id: string) => `/api/interviews/${encodeURIComponent(id)}`;
const json = (method: string, body: unknown, keepalive = false): RequestInit => {
  const text = JSON.stringify(body);
  // Browsers cap keepalive bodies at 64 KB; a long answer goes as an ordinary request.
  return { method, body: text, keepalive: keepalive && text.length < 60_000 };
};

export async function fetchRunnerState(id: string) {
  return (await call<{ state: RunnerStateJson }>(base(id))).state;
}

export interface AnswerDraft {
  text: string;
  revision: number;
}

export async function saveAnswer(id: string, body: AnswerDraft & { position: number }, keepalive = false) {
  return call<{ savedAt: string }>(`${base(id)}/answer`, json("PUT", body, keepalive));
}

export interface SubmitBody {
  position: number;
  skip: boolean;
  answer?: AnswerDraft;
}

/** The next state, or null when the submit was stored but the next state has to be loaded again. */
export async function submitAnswer(id: string, body: SubmitBody) {
  return (await call<{ state: RunnerStateJson | null }>(`${base(id)}/submit`, json("POST", body))).state;
}

export async function setPaused(id: string, paused: boolean) {
  return (await call<{ state: RunnerStateJson }>(`${base(id)}/pause`, json("POST", { paused }))).state;
}

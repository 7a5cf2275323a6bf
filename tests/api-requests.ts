// Calls the interview API's route handlers directly, as Next would: a Request and a params context.
// Who is asking comes from the faked session of tests/authz.ts (lib/api.ts calls requireActionUser).
import { GET as getState } from "@/app/api/interviews/[id]/route";
import { PUT as putAnswer } from "@/app/api/interviews/[id]/answer/route";
import { PUT as putGrade } from "@/app/api/interviews/[id]/grade/route";
import { POST as postPause } from "@/app/api/interviews/[id]/pause/route";
import { POST as postSubmit } from "@/app/api/interviews/[id]/submit/route";
import { GET as getAttempts } from "@/app/api/questions/[slug]/attempts/route";

export const SAME_ORIGIN = "http://localhost";

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;

export interface Endpoint {
  name: string;
  method: "GET" | "PUT" | "POST";
  path: string;
  handler: Handler;
  /** A body the handler accepts for a fresh three-question interview. */
  body?: unknown;
}

export const endpoints: Endpoint[] = [
  { name: "GET state", method: "GET", path: "", handler: getState },
  {
    name: "PUT answer",
    method: "PUT",
    path: "/answer",
    handler: putAnswer,
    body: { position: 0, text: "x", revision: 1 },
  },
  { name: "POST submit", method: "POST", path: "/submit", handler: postSubmit, body: { position: 0 } },
  { name: "POST pause", method: "POST", path: "/pause", handler: postPause, body: { paused: true } },
  {
    name: "PUT grade",
    method: "PUT",
    path: "/grade",
    handler: putGrade,
    body: { position: 0, grade: 3, keyPointsCovered: [], note: "" },
  },
];
export const writes = endpoints.filter((e) => e.method !== "GET");
export const endpoint = (name: string) => endpoints.find((e) => e.name === name)!;

/** A raw body (string or stream) or a value sent as JSON; `origin: null` sends no Origin. */
export interface CallOptions {
  body?: unknown;
  raw?: BodyInit;
  origin?: string | null;
  headers?: Record<string, string>;
}

function request(method: string, path: string, options: CallOptions) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    host: "localhost",
    ...(options.origin === null ? {} : { origin: options.origin ?? SAME_ORIGIN }),
    ...options.headers,
  };
  const body =
    method === "GET"
      ? undefined
      : (options.raw ?? JSON.stringify(options.body === undefined ? {} : options.body));
  const init = { method, headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) };
  return new Request(`${SAME_ORIGIN}/api${path}`, init as RequestInit);
}

/** Calls one endpoint of one interview; answers the status and the parsed JSON body. */
export async function call(endpoint: Endpoint, id: string, options: CallOptions = {}) {
  const response = await endpoint.handler(
    request(endpoint.method, `/interviews/${id}${endpoint.path}`, {
      ...options,
      body: options.body ?? endpoint.body,
    }),
    { params: Promise.resolve({ id }) },
  );
  return { status: response.status, body: await response.json() };
}

/** GET /api/questions/:slug/attempts. */
export async function callAttempts(slug: string) {
  const response = await getAttempts(request("GET", `/questions/${slug}/attempts`, {}), {
    params: Promise.resolve({ slug }),
  });
  return { status: response.status, body: await response.json() };
}

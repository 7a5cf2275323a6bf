// How to fuzz each route handler: requests that can only be refused (a bad id, a body that isn't
// JSON or has the wrong shape, a field out of range, a body too large), and free text that may be
// accepted but must never crash. Keys match the route matrix, so a new route needs both.
import fc from "fast-check";
import { writeJsonSet } from "@/lib/sets/io/json";
import { fullSet } from "@/lib/sets/io/fixtures.test-helpers";
import { HUGE, malformedJson, nastyString, otherThan, PROTO_KEYS } from "./hostile";
import type { RouteCall } from "./route-matrix";
import type { Ids } from "./world";

export interface RouteFuzz {
  /** Requests that must get a 4xx and write nothing. */
  invalid?: (ids: Ids) => fc.Arbitrary<RouteCall>;
  /** Requests that may be accepted (2xx) or refused (4xx, writing nothing), never a 5xx. */
  hostile?: (ids: Ids) => fc.Arbitrary<RouteCall>;
  skip?: string;
}

const wrongShape = fc
  .jsonValue()
  .filter((v) => v === null || typeof v !== "object" || Array.isArray(v))
  .map((v) => JSON.stringify(v));
const tooLarge = fc.constantFrom(HUGE[0]!, HUGE[2]!).map((s) => JSON.stringify({ text: s }));
const protoKeys = fc
  .subarray(PROTO_KEYS)
  .map((keys) => Object.fromEntries(keys.map((k) => [k, { polluted: true }])));

/** The valid body with one field out of range, plus prototype keys; or a body that isn't one at all. */
function badBody(base: Record<string, unknown>, bad: Record<string, unknown[]>) {
  const field = fc
    .constantFrom(...Object.keys(bad))
    .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...bad[name]!), protoKeys));
  return fc.oneof(
    field.map(([name, value, extra]) => JSON.stringify({ ...extra, ...base, [name]: value })),
    malformedJson,
    wrongShape,
    tooLarge,
  );
}

const contentType = fc.constantFrom("application/json", "text/plain", "multipart/form-data; boundary=x", "");
const badId = (...real: string[]) => otherThan(...real).filter((s) => s.length > 0);
const position = [-1, 101, 1.5, "0", null, [0], {}, 1e308];

/** An interview route: a bad id, or the owner's interview and a bad body. */
function interviewRoute(
  idOf: (ids: Ids) => string,
  base: Record<string, unknown>,
  bad: Record<string, unknown[]>,
) {
  return (ids: Ids) =>
    fc.oneof(
      fc.record({ params: badId(idOf(ids)).map((id) => ({ id })), body: fc.constant(base) }),
      fc.record({
        params: fc.constant({ id: idOf(ids) }),
        body: badBody(base, bad),
        headers: contentType.map((t) => ({ "content-type": t })),
      }),
    );
}

const NEXT_AUTH =
  "next-auth's own handler, a dependency that checks its own input; the matrix calls its endpoints " +
  "(authz-matrix.test.ts) and the browser tests sign in through it";

export const routeFuzz: Record<string, RouteFuzz> = {
  "GET /api/auth/[...nextauth]": { skip: NEXT_AUTH },
  "POST /api/auth/[...nextauth]": { skip: NEXT_AUTH },
  "GET /api/session": {
    hostile: () => fc.record({ query: nastyString.map((q) => `x=${encodeURIComponent(q.toWellFormed())}`) }),
  },
  "GET /api/interviews/[id]": {
    invalid: (ids) => badId(ids.interviewId).map((id) => ({ params: { id } })),
  },
  "PUT /api/interviews/[id]/answer": {
    invalid: interviewRoute(
      (ids) => ids.interviewId,
      { position: 0, text: "x", revision: 1 },
      {
        position,
        text: [123, null, ["x"], "x".repeat(20_001)],
        revision: [0, -1, 2 ** 31, "1", 1.5, null],
      },
    ),
    hostile: (ids) =>
      fc.record({
        params: fc.constant({ id: ids.interviewId }),
        body: fc.tuple(nastyString, fc.integer({ min: 1, max: 2 ** 31 - 1 })).map(([text, revision]) => ({
          position: 0,
          text,
          revision,
        })),
      }),
  },
  "POST /api/interviews/[id]/submit": {
    invalid: interviewRoute(
      (ids) => ids.interviewId,
      { position: 0 },
      {
        position,
        skip: ["yes", 1, null],
        answer: ["x", { text: 5, revision: 1 }, { text: "x", revision: 0 }],
      },
    ),
  },
  "POST /api/interviews/[id]/pause": {
    invalid: interviewRoute((ids) => ids.interviewId, { paused: true }, { paused: ["true", 1, null, []] }),
  },
  "PUT /api/interviews/[id]/grade": {
    invalid: interviewRoute(
      (ids) => ids.gradableId,
      { position: 0, grade: 3, keyPointsCovered: [0], note: "" },
      {
        position,
        grade: [0, 5, "3", null, 2.5],
        keyPointsCovered: [[-1], "0", [51], Array(51).fill(0), [1.5]],
        note: ["n".repeat(2_001), 7, null],
      },
    ),
    hostile: (ids) =>
      fc.record({
        params: fc.constant({ id: ids.gradableId }),
        body: nastyString.map((note) => ({ position: 0, grade: 2, keyPointsCovered: [], note })),
      }),
  },
  "GET /api/questions/[slug]/attempts": {
    hostile: () => nastyString.filter((s) => s.length > 0).map((slug) => ({ params: { slug } })),
  },
  "GET /api/sets/[id]/export": {
    invalid: (ids) =>
      fc.oneof(
        badId(ids.setId).map((id) => ({ params: { id }, query: "format=json" })),
        otherThan("json", "md", "csv", "apkg").map((f) => ({
          params: { id: ids.setId },
          query: `format=${encodeURIComponent(f.toWellFormed())}`,
        })),
      ),
  },
  "POST /api/sets/import": {
    hostile: () =>
      fc.record({
        query: nastyString.map((name) => `name=${encodeURIComponent(name.slice(0, 2000).toWellFormed())}`),
        body: fc.oneof(nastyString, fc.uint8Array({ maxLength: 4096 }), malformedJson),
        headers: contentType.map((t) => ({ "content-type": t })),
      }),
  },
  "POST /api/sets/import/confirm": {
    invalid: () =>
      fc.record({
        body: badBody(JSON.parse(writeJsonSet(fullSet)) as Record<string, unknown>, {
          format: ["anki", null, 1],
          title: ["", null, "x".repeat(100_000)],
          questions: [[], "x", [null], [{ prompt: 1 }]],
        }),
      }),
    hostile: () =>
      fc.record({
        body: fc.tuple(nastyString, nastyString).map(([title, prompt]) => {
          const file = JSON.parse(writeJsonSet(fullSet)) as {
            title: string;
            questions: { prompt: string }[];
          };
          return { ...file, title, questions: file.questions.map((q) => ({ ...q, prompt })) };
        }),
      }),
  },
};

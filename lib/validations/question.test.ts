import { describe, expect, it } from "vitest";
import {
  PAGE_SIZE,
  parseQuestionSearch,
  questionSearchHref,
  toPrefixTsQuery,
  searchKey,
  parseSearchKey,
  type QuestionSearch,
} from "@/lib/validations/question";

const DEFAULTS = { q: "", tags: [], page: 1 };

/** What the bank page receives for the query string of a link. */
function paramsOf(href: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(href, "http://localhost").searchParams) {
    const prev = out[key];
    out[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
  }
  return out;
}

describe("parseQuestionSearch", () => {
  it("falls back to the defaults for an empty query string", () => {
    expect(parseQuestionSearch({})).toEqual(DEFAULTS);
    expect(parseQuestionSearch({}).difficulty).toBeUndefined();
    expect(PAGE_SIZE).toBe(12);
  });

  it("keeps valid pages, taking the first of repeated values", () => {
    expect(parseQuestionSearch({ page: "3" }).page).toBe(3);
    expect(parseQuestionSearch({ page: ["2", "7"] }).page).toBe(2);
    expect(parseQuestionSearch({ page: "10000" }).page).toBe(10_000);
  });

  it.each([
    ["abc"],
    ["-1"],
    ["0"],
    ["1e9"],
    ["2.5"],
    [""],
    ["10001"],
    ["Infinity"],
    ["NaN"],
    [["x", "2"]],
    [[]],
  ])("shows page 1 for a malformed page %j", (page) => {
    expect(parseQuestionSearch({ page })).toEqual(DEFAULTS);
  });

  it("accepts the three difficulties and ignores anything else", () => {
    expect(parseQuestionSearch({ difficulty: "HARD" }).difficulty).toBe("HARD");
    expect(parseQuestionSearch({ difficulty: ["EASY", "HARD"] }).difficulty).toBe("EASY");
    for (const difficulty of ["EXTREME", "easy", "", "MEDIUM "]) {
      expect(parseQuestionSearch({ difficulty }).difficulty).toBeUndefined();
    }
  });

  it("reads tags from a comma list, lowercased, trimmed and de-duplicated", () => {
    expect(parseQuestionSearch({ tags: "Cold-Start, limits,COLD-START,layers" }).tags).toEqual([
      "cold-start",
      "limits",
      "layers",
    ]);
  });

  it("reads tags from repeated parameters and from the singular `tag`", () => {
    expect(parseQuestionSearch({ tags: ["sqs", "SQS", "vpc"] }).tags).toEqual(["sqs", "vpc"]);
    expect(parseQuestionSearch({ tag: "iam" }).tags).toEqual(["iam"]);
  });

  it("drops tags that are not lowercase kebab words", () => {
    const tags = parseQuestionSearch({
      tags: [
        "ok-1",
        "has space",
        "-leading",
        "under_score",
        "<script>",
        "",
        "é",
        "x".repeat(41),
        "y".repeat(40),
      ],
    }).tags;
    expect(tags).toEqual(["ok-1", "y".repeat(40)]);
  });

  it("keeps at most 10 distinct tags, counted after de-duplication", () => {
    const many = ["a", "A", ...Array.from({ length: 14 }, (_, i) => `t${i}`)];
    const tags = parseQuestionSearch({ tags: many.join(",") }).tags;
    expect(tags).toHaveLength(10);
    expect(tags).toEqual(["a", ...Array.from({ length: 9 }, (_, i) => `t${i}`)]);
  });

  it("trims q and takes the first of repeated values", () => {
    expect(parseQuestionSearch({ q: "  cold start \n" }).q).toBe("cold start");
    expect(parseQuestionSearch({ q: ["iam", "vpc"] }).q).toBe("iam");
  });

  it("never throws on an over-long q and never passes more than 200 characters on", () => {
    for (const q of ["x".repeat(201), "word ".repeat(5_000), ["y".repeat(10_000)]]) {
      const parsed = parseQuestionSearch({ q });
      expect(parsed.q.length).toBeLessThanOrEqual(200);
    }
    expect(parseQuestionSearch({ q: "x".repeat(200) }).q).toHaveLength(200);
  });

  it("keeps the other parameters when one is malformed", () => {
    expect(parseQuestionSearch({ q: "iam", tags: "vpc", difficulty: "NOPE", page: "abc" })).toEqual({
      q: "iam",
      tags: ["vpc"],
      page: 1,
    });
  });
});

describe("questionSearchHref", () => {
  it("drops defaults so the plain bank link stays short", () => {
    expect(questionSearchHref({})).toBe("/questions");
    expect(questionSearchHref({ q: "", tags: [], page: 1 })).toBe("/questions");
    expect(questionSearchHref({ page: 2 })).toBe("/questions?page=2");
  });

  it.each<QuestionSearch>([
    { q: "cold start & limits, 100% of it?", tags: ["cold-start", "limits"], difficulty: "HARD", page: 3 },
    { q: "Größe été 東京 + a=b#frag", tags: [], page: 1 },
    { q: "", tags: ["sqs"], difficulty: "EASY", page: 1 },
    { q: "", tags: [], page: 9_999 },
  ])("round-trips %j through parseQuestionSearch", (search) => {
    const href = questionSearchHref(search);
    expect(href.startsWith("/questions")).toBe(true);
    expect(parseQuestionSearch(paramsOf(href))).toEqual(search);
  });
});

describe("toPrefixTsQuery", () => {
  it("turns words into prefix terms joined by AND", () => {
    expect(toPrefixTsQuery("cold sta")).toBe("cold:* & sta:*");
    expect(toPrefixTsQuery("  Lambda   CONCURRENCY ")).toBe("lambda:* & concurrency:*");
  });

  it("returns null when there is nothing to search for", () => {
    for (const q of ["", "   ", "&|!():*'\\", "<-> -- ;", "!!&&"]) expect(toPrefixTsQuery(q)).toBeNull();
  });

  it("de-duplicates words", () => {
    expect(toPrefixTsQuery("sqs SQS sqs queue")).toBe("sqs:* & queue:*");
  });

  it("keeps unicode letters and digits", () => {
    expect(toPrefixTsQuery("Größe été 東京 node22")).toBe("größe:* & été:* & 東京:* & node22:*");
  });

  it("splits on operators and punctuation instead of passing them through", () => {
    expect(toPrefixTsQuery("a&b|c !d (e):* 'f' \\g <-> h")).toBe(
      "a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:*",
    );
    expect(toPrefixTsQuery('\'; DROP TABLE "Question"; --')).toBe("drop:* & table:* & question:*");
  });

  // The result goes straight into to_tsquery(): every term must be letters/digits then ":*".
  const WELL_FORMED = /^[\p{L}\p{N}]+:\*( & [\p{L}\p{N}]+:\*)*$/u;
  const NASTY = "&|!():*'\\\"<->-;,.?/[]{}@#$%^+=~`\t\n\u00a0\u200b";

  it("always yields a well-formed tsquery, whatever the input", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = `${NASTY}abcXYZé東 0123`;
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(random() * 40);
      const input = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
      const result = toPrefixTsQuery(input);
      if (result !== null) expect(result, JSON.stringify(input)).toMatch(WELL_FORMED);
      else expect(input, "null only when there are no letters or digits").not.toMatch(/[\p{L}\p{N}]/u);
    }
  });

  it("caps the number of terms", () => {
    const words = Array.from({ length: 20 }, (_, i) => `word${i}`).join(" ");
    const terms = toPrefixTsQuery(words)?.split(" & ") ?? [];
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.length).toBeLessThanOrEqual(8);
  });
});

describe("searchKey / parseSearchKey", () => {
  it("round-trips a search through its path key, percent-encoded or not", () => {
    const search = parseQuestionSearch({
      q: "cold start 100%",
      tags: "sqs,layers",
      difficulty: "HARD",
      page: "3",
    });
    const key = searchKey(search);
    expect(parseSearchKey(key)).toEqual(search);
    expect(parseSearchKey(encodeURIComponent(key))).toEqual(search);
  });

  it("uses one key for the default list and reads junk as the default", () => {
    expect(searchKey(parseQuestionSearch({}))).toBe("all");
    expect(parseSearchKey("all")).toEqual(parseQuestionSearch({}));
    expect(parseSearchKey("%E0%A4%A")).toEqual(parseQuestionSearch({}));
  });
});

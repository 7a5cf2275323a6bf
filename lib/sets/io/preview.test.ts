import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { previewText } from "./fixtures.test-helpers";
import { previewImport } from "./import";

const csv = (rows: string[]) => ["question,answer,key points,tags,difficulty,seconds", ...rows].join("\n");

describe("import preview", () => {
  it("skips duplicates whatever their case and spacing, and counts them", async () => {
    const preview = await previewText(
      "d.csv",
      csv([
        "What is a queue?,FIFO.,,,,",
        "  WHAT is a   queue? ,Again.,,,,",
        "What is a stack?,LIFO.,,,,",
        "what is a QUEUE?,Once more.,,,,",
      ]),
    );
    expect(preview.rows.map((r) => r.status)).toEqual(["ready", "duplicate", "ready", "duplicate"]);
    expect(preview.counts).toEqual({ ready: 2, blocked: 0, duplicates: 2 });
    expect(preview.warnings).toContain("2 duplicate questions will be skipped.");
  });

  it("applies defaults, caps lists with a warning and reads times in several notations", async () => {
    const tags = Array.from({ length: 10 }, (_, i) => `t${i}`).join("|");
    const points = Array.from({ length: 14 }, (_, i) => `p${i}`).join("|");
    const preview = await previewText(
      "d.csv",
      csv([
        `What is a heap?,A tree.,${points},${tags},H,2:30`,
        "What is a trie?,A prefix tree.,x,,extreme,soon",
        "What is a deque?,Both ends.,x,,,1.5 min",
      ]),
    );
    const [heap, trie, deque] = preview.file.questions;
    expect(heap).toMatchObject({ difficulty: "HARD", suggestedSeconds: 150 });
    expect(heap!.keyPoints).toHaveLength(12);
    expect(heap!.tags).toHaveLength(8);
    expect(preview.rows[0]!.warnings).toEqual([
      "Only the first 12 of 14 key points are kept.",
      "Only the first 8 of 10 tags are kept.",
    ]);
    expect(trie).toMatchObject({ difficulty: "MEDIUM", suggestedSeconds: 120 });
    expect(preview.rows[1]!.warnings).toHaveLength(2);
    expect(deque!.suggestedSeconds).toBe(90);
  });

  it("blocks a row whose time is outside what an interview allows", async () => {
    const preview = await previewText("d.csv", csv(["What is a set?,Unique items.,x,,,5"]));
    expect(preview.rows[0]).toMatchObject({ status: "blocked", errors: ["Allow at least 30 seconds."] });
  });

  it(`refuses more than ${IMPORT_LIMITS.questions} questions`, async () => {
    const rows = Array.from(
      { length: IMPORT_LIMITS.questions + 1 },
      (_, i) => `Question number ${i}?,Answer ${i}.,x,,,`,
    );
    await expect(previewText("big.csv", csv(rows))).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/has 2,001 questions; an import holds at most 2,000/),
    });
  });

  it("refuses files over the upload limit, unknown extensions, binary and non-UTF-8 text", async () => {
    await expect(previewImport("big.csv", new Uint8Array(IMPORT_LIMITS.bytes + 1))).rejects.toMatchObject({
      status: 413,
    });
    await expect(previewText("deck.xlsx", "x")).rejects.toMatchObject({
      message: expect.stringMatching(/"\.xlsx" files can't be imported/),
    });
    await expect(previewImport("a.csv", new Uint8Array([0x71, 0, 0x61]))).rejects.toMatchObject({
      message: expect.stringMatching(/isn't a text file/),
    });
    await expect(previewImport("a.csv", new Uint8Array([0x71, 0xe9, 0x61]))).rejects.toMatchObject({
      message: expect.stringMatching(/UTF-8/),
    });
    await expect(previewImport("a.csv", new Uint8Array())).rejects.toMatchObject({
      message: "The file is empty.",
    });
  });

  it("recognises .txt content", async () => {
    expect((await previewText("a.txt", "## What is a port?\n\nA number.\n")).format).toBe("md");
    expect((await previewText("a.txt", "question,answer\nWhat is a port?,A number.\n")).format).toBe("csv");
  });
});

import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { writeCsvSet } from "./csv-write";
import { fixture, fullSet, previewText } from "./fixtures.test-helpers";
import { previewImport } from "./import";

describe("CSV and TSV set files", () => {
  it("reads lenient headers, multi-line cells and key points split by |, and flags row problems", async () => {
    const preview = await previewImport("backend.csv", fixture("backend.csv"));
    expect(preview.file.title).toBe("backend");
    expect(preview.rows.map((r) => [r.label, r.status])).toEqual([
      ["Row 2", "ready"],
      ["Row 3", "ready"],
      ["Row 4", "blocked"],
      ["Row 5", "duplicate"],
    ]);
    expect(preview.file.questions[0]).toMatchObject({
      answerNotes: expect.stringContaining("\n\nIt doesn't help when most rows match."),
      keyPoints: ["Sorted lookup structure", "Costs writes and space", "Useless for low selectivity"],
      tags: ["databases", "sql"],
      suggestedSeconds: 180,
    });
    expect(preview.rows[2]!.errors).toEqual(["Write the answer notes."]);
    expect(preview.rows[3]!.warnings).toEqual(["Same question as Row 3; skipped."]);
    expect(preview.counts).toEqual({ ready: 2, blocked: 1, duplicates: 1 });
  });

  it("reads TSV and semicolon-separated files", async () => {
    const tsv = await previewImport("concurrency.tsv", fixture("concurrency.tsv"));
    expect(tsv.file.questions.map((q) => q.tags)).toEqual([["concurrency"], ["concurrency", "locks"]]);
    const semicolons = await previewImport("semicolons.csv", fixture("semicolons.csv"));
    expect(semicolons.file.questions[0]).toMatchObject({ prompt: "What is a mutex?", difficulty: "HARD" });
  });

  it("round-trips what the format carries, formula-like cells included", async () => {
    const csv = writeCsvSet(fullSet);
    expect(csv.split("\r\n")[0]).toBe("question,answer,why,key points,tags,difficulty,seconds,set seconds");
    // A spreadsheet would run "=1+1…" as a formula; the export guards it.
    expect(csv).toContain(`\r\n"'=1+1 is what kind`);
    const preview = await previewText("export.csv", csv);
    expect(preview.file.questions).toEqual(fullSet.questions);
  });

  it("names the row and column of bad quoting", async () => {
    await expect(previewImport("bad-quotes.csv", fixture("bad-quotes.csv"))).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^Row 3, column "question": .*quote/),
    });
    await expect(previewText("open.csv", 'question,answer\n"What is TCP?,A stream.\n')).rejects.toMatchObject(
      {
        message: expect.stringMatching(/^Row 2, .*never closed/),
      },
    );
  });

  it("refuses a header without question and answer columns, naming what it found", async () => {
    await expect(previewImport("wrong-columns.csv", fixture("wrong-columns.csv"))).rejects.toMatchObject({
      status: 422,
      message:
        'The header row needs a "question" (or "prompt") column and an "answer" (or "answer notes") column. Found: "term", "definition".',
    });
  });

  it("blocks a row with more values than the header has columns", async () => {
    const preview = await previewText("x.csv", "question,answer\nWhat is a queue?,First in,first out\n");
    expect(preview.rows[0]!.errors[0]).toMatch(/3 values but the header has 2 columns; .*unquoted comma/);
  });

  it("keeps script tags as inert text: plain fields stay text, Markdown renders sanitized", async () => {
    const preview = await previewImport("scripts.csv", fixture("scripts.csv"));
    const [q] = preview.file.questions;
    expect(q!.prompt).toBe("<script>alert('prompt')</script> What is XSS?");
    const html = renderMarkdown(q!.answerNotes);
    expect(html).not.toMatch(/<script|onerror=|href="javascript:|<img/i);
    expect(html).toContain("link");
    expect(q!.keyPoints).toEqual(["<script>alert(5)</script>"]);
  });
});

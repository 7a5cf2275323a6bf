import { describe, expect, it } from "vitest";
import { fixture, fullSet, previewText } from "./fixtures.test-helpers";
import { previewImport } from "./import";
import { writeMarkdownSet } from "./markdown";

describe("Markdown set files", () => {
  it("reads title, description, sections and the details line", async () => {
    const preview = await previewImport("frontend.md", fixture("frontend.md"));
    expect(preview.file.title).toBe("Frontend fundamentals");
    expect(preview.file.description).toBe("Questions for a mid-level frontend interview.");
    const [closure, css] = preview.file.questions;
    expect(closure).toMatchObject({
      prompt: "What is a closure in JavaScript?",
      whyAsked: "Closures sit under callbacks, modules and React hooks.",
      keyPoints: [
        "A function keeps access to its lexical scope",
        "Each call of the outer function makes a new scope",
      ],
      tags: ["javascript", "functions"],
      difficulty: "MEDIUM",
      suggestedSeconds: 120,
      secondsOverride: null,
    });
    // A "##" line inside a code block belongs to the answer.
    expect(closure!.answerNotes).toContain("## not a heading: this is code");
    expect(css).toMatchObject({
      difficulty: "HARD",
      suggestedSeconds: 210,
      secondsOverride: 240,
      tags: ["css"],
    });
    expect(preview.rows.flatMap((r) => r.warnings)).toEqual([]);
  });

  it("round-trips everything the format carries; headings in answers become level 4", async () => {
    const preview = await previewText("set.md", writeMarkdownSet(fullSet));
    const expected = structuredClone(fullSet);
    expected.questions[0]!.answerNotes = expected.questions[0]!.answerNotes.replace("## Costs", "#### Costs");
    expect(preview.file).toEqual(expected);
  });

  it("takes the text under a question as its answer when there are no sections", async () => {
    const preview = await previewText("quick.md", "## What is DNS?\n\nIt maps names to addresses.\n");
    expect(preview.file.title).toBe("quick");
    expect(preview.file.questions[0]).toMatchObject({
      answerNotes: "It maps names to addresses.",
      keyPoints: ["It maps names to addresses."],
    });
    expect(preview.warnings[0]).toMatch(/1 question had no key points/);
  });

  it("refuses a file without any question heading", async () => {
    await expect(previewText("notes.md", "# Notes\n\nJust prose.\n")).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/each question starts with a “## ” heading/),
    });
  });

  it("flags a details line it doesn't understand", async () => {
    const preview = await previewText(
      "x.md",
      "## What is a mutex?\n\nDifficulty: Medium · Owner: Sam\n\n### Answer\n\nA lock.\n",
    );
    expect(preview.rows[0]!.warnings).toEqual([
      '"Owner: Sam" in the details line isn\'t understood; it was left out.',
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { fixture, fullSet, previewText } from "./fixtures.test-helpers";
import { previewImport } from "./import";
import { writeJsonSet } from "./json";

describe("JSON set files", () => {
  it("round-trips every field of every question", async () => {
    const preview = await previewText("backend.json", writeJsonSet(fullSet));
    expect(preview.file).toEqual(fullSet);
    expect(preview.rows.map((r) => r.status)).toEqual(["ready", "ready"]);
    expect(preview.warnings).toEqual([]);
  });

  it("reads the documented example", async () => {
    const preview = await previewImport("systems.json", fixture("systems.json"));
    expect(preview.file.title).toBe("Systems design warm-up");
    expect(preview.file.questions[0]).toMatchObject({
      difficulty: "EASY",
      secondsOverride: 90,
      tags: ["systems-design", "networking"],
    });
  });

  it.each([
    ["not JSON", "{ title: 'x' ", /isn't valid JSON/],
    [
      "another format",
      JSON.stringify({ format: "deck", version: 1, questions: [] }),
      /"format" must be "rehearse-set"/,
    ],
    [
      "a newer version",
      JSON.stringify({ format: "rehearse-set", version: 2, questions: [] }),
      /version 2; Rehearse reads version 1/,
    ],
    ["an array", "[]", /isn't a Rehearse set/],
    [
      "no questions list",
      JSON.stringify({ format: "rehearse-set", version: 1, title: "x" }),
      /needs a "questions" list/,
    ],
    [
      "a numeric title",
      JSON.stringify({ format: "rehearse-set", version: 1, title: 5, questions: [] }),
      /"title"/,
    ],
  ])("refuses %s with a clear message", async (_, text, message) => {
    await expect(previewText("set.json", text)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(message),
    });
  });

  it("reports a bad question on its own row and keeps the others", async () => {
    const file = {
      ...fullSet,
      questions: [
        fullSet.questions[0],
        { prompt: "Hi", answerNotes: "", keyPoints: "one" },
        { ...fullSet.questions[1], difficulty: "BRUTAL" },
      ],
    };
    const preview = await previewText("set.json", JSON.stringify(file));
    expect(preview.rows.map((r) => [r.label, r.status])).toEqual([
      ["Question 1", "ready"],
      ["Question 2", "blocked"],
      ["Question 3", "ready"],
    ]);
    expect(preview.rows[1]!.errors).toContain('"keyPoints" must be a list of text.');
    expect(preview.rows[2]!.warnings).toEqual([
      'Difficulty "BRUTAL" isn\'t easy, medium or hard; Medium is used.',
    ]);
    expect(preview.file.questions).toHaveLength(2);
  });
});

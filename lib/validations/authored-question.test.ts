import { describe, expect, it } from "vitest";
import { normalizeTag, questionInputSchema } from "./authored-question";

const valid = {
  prompt: "What is a cold start?",
  answerNotes: "The first invocation **initialises** a new environment.",
  keyPoints: ["New execution environment", ""],
  tags: ["AWS Lambda", "aws-lambda", "Perf!"],
  difficulty: "EASY",
  suggestedSeconds: "120",
};

describe("questionInputSchema", () => {
  it("normalises tags, drops blank key points and coerces seconds", () => {
    const parsed = questionInputSchema.parse(valid);
    expect(parsed.tags).toEqual(["aws-lambda", "perf"]);
    expect(parsed.keyPoints).toEqual(["New execution environment"]);
    expect(parsed.suggestedSeconds).toBe(120);
    expect(parsed.visibility).toBe("PRIVATE");
    expect(parsed.whyAsked).toBe("");
  });

  it("refuses missing parts with a message per field", () => {
    const result = questionInputSchema.safeParse({
      ...valid,
      prompt: " ",
      keyPoints: [" "],
      suggestedSeconds: 5,
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["prompt", "keyPoints", "suggestedSeconds"]));
  });

  it("strips control characters and refuses oversized text", () => {
    expect(questionInputSchema.parse({ ...valid, prompt: "Why\u0000 cold\r\nstarts?" }).prompt).toBe(
      "Why cold\nstarts?",
    );
    expect(questionInputSchema.safeParse({ ...valid, answerNotes: "x".repeat(20_001) }).success).toBe(false);
  });

  it("turns free text into tags", () => {
    expect(normalizeTag("  Café Déjà-vu ")).toBe("cafe-deja-vu");
    expect(normalizeTag("::")).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { interviewTargetSchema, latestInterviewDate, practiseDueSchema } from "./rules";

const now = new Date("2030-03-02T23:30:00Z");
const schema = interviewTargetSchema(now);

function errorsOf(input: Record<string, unknown>) {
  const parsed = schema.safeParse(input);
  expect(parsed.success, "the input should be refused").toBe(false);
  return z.flattenError(parsed.error!).fieldErrors;
}

describe("interviewTargetSchema", () => {
  it("accepts today (UTC) and reads the date as midnight UTC", () => {
    expect(schema.parse({ interviewAt: "2030-03-02" })).toEqual({
      interviewAt: new Date("2030-03-02T00:00:00Z"),
      tags: [],
    });
  });

  it("refuses a date in the past", () => {
    expect(errorsOf({ interviewAt: "2030-03-01" }).interviewAt).toEqual(["Choose today or a later date."]);
    expect(errorsOf({ interviewAt: "1999-12-31" }).interviewAt).toEqual(["Choose today or a later date."]);
  });

  it("accepts up to two years from today and refuses a day more", () => {
    expect(latestInterviewDate(now)).toEqual(new Date("2032-03-02T00:00:00Z"));
    expect(schema.safeParse({ interviewAt: "2032-03-02" }).success).toBe(true);
    expect(errorsOf({ interviewAt: "2032-03-03" }).interviewAt).toEqual([
      "Choose a date within 2 years from today.",
    ]);
  });

  it.each([
    [{}, "Choose the date of your interview."],
    [{ interviewAt: "" }, "Choose the date of your interview."],
    [{ interviewAt: "  " }, "Choose the date of your interview."],
    [{ interviewAt: "2031-02-29" }, "Enter a real date, as YYYY-MM-DD."],
    [{ interviewAt: "next tuesday" }, "Enter a real date, as YYYY-MM-DD."],
  ])("refuses %j with a field message", (input, message) => {
    expect(errorsOf(input).interviewAt).toEqual([message]);
  });

  it("keeps an empty tag choice empty (every tag) and tidies chosen tags", () => {
    expect(schema.parse({ interviewAt: "2030-04-01", tags: [] }).tags).toEqual([]);
    expect(schema.parse({ interviewAt: "2030-04-01", tags: ["sqs", "layers", "sqs"] }).tags).toEqual([
      "layers",
      "sqs",
    ]);
  });

  it("refuses a tag that isn't one", () => {
    expect(errorsOf({ interviewAt: "2030-04-01", tags: ["<script>"] }).tags).toEqual([
      "Pick tags from the list.",
    ]);
  });
});

describe("practiseDueSchema", () => {
  it("takes 1 to 30 questions and an optional time per question", () => {
    expect(practiseDueSchema.parse({ count: "10", secondsPerQuestion: null })).toEqual({
      count: 10,
      secondsPerQuestion: null,
    });
    expect(practiseDueSchema.parse({ count: 30, secondsPerQuestion: 120 })).toEqual({
      count: 30,
      secondsPerQuestion: 120,
    });
    for (const count of [0, 31, "", "x"]) {
      expect(practiseDueSchema.safeParse({ count, secondsPerQuestion: null }).success, String(count)).toBe(
        false,
      );
    }
    expect(practiseDueSchema.safeParse({ count: 5, secondsPerQuestion: 10 }).success).toBe(false);
  });
});

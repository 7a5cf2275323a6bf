// Shared by the format tests: a set that uses every field, and reading fixtures.
import { readFileSync } from "node:fs";
import path from "node:path";
import { previewImport } from "./import";
import type { SetFile } from "@/lib/validations/set-file";

export const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../../tests/fixtures/sets", name));

export const enc = (text: string) => new TextEncoder().encode(text);

/** Previews `text` as a file called `name`. */
export const previewText = (name: string, text: string) => previewImport(name, enc(text));

export const fullSet: SetFile = {
  format: "rehearse-set",
  version: 1,
  title: "Backend — week 1",
  description: "Databases and HTTP.\n\nRead the notes first.",
  questions: [
    {
      prompt: "What is an index, and when doesn't it help?",
      whyAsked: "Every backend role touches a database.",
      answerNotes:
        "An index is a **sorted** structure.\n\n## Costs\n\n- Writes get slower\n- It takes space\n\n```sql\n## not a heading\nCREATE INDEX ON t (a);\n```",
      keyPoints: ["Sorted lookup structure", "Costs writes | and space", "Useless for low selectivity"],
      tags: ["databases", "sql"],
      difficulty: "HARD",
      suggestedSeconds: 210,
      secondsOverride: 300,
    },
    {
      prompt: "=1+1 is what kind of HTTP method?",
      whyAsked: "",
      answerNotes: "- Calling it twice has the same effect as once.\n- PUT and DELETE are.",
      keyPoints: ["Same effect when repeated"],
      tags: [],
      difficulty: "EASY",
      suggestedSeconds: 60,
      secondsOverride: null,
    },
  ],
};

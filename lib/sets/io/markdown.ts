// The Markdown set format: "# Title", description, then "## Question" with "###" sections.
import { difficultyName, formatDuration } from "./text";
import { draft, type DraftQuestion, type DraftSet } from "./types";
import type { SetFile } from "@/lib/validations/set-file";

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const SECTIONS: Record<string, "whyAsked" | "answerNotes" | "keyPoints"> = {
  why: "whyAsked",
  "why asked": "whyAsked",
  "why it's asked": "whyAsked",
  "why it is asked": "whyAsked",
  answer: "answerNotes",
  "answer notes": "answerNotes",
  notes: "answerNotes",
  "key points": "keyPoints",
  keypoints: "keyPoints",
  points: "keyPoints",
};
const META = /^[*_]*\s*(difficulty|time|tags|time in this set)\s*:/i;

/** Lines with their heading level (0 when not a heading); headings inside code fences don't count. */
function scan(source: string) {
  let inFence = false;
  return source.split(/\r\n?|\n/).map((line) => {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = !inFence && !FENCE.test(line) ? HEADING.exec(line) : null;
    return { line, level: heading ? heading[1]!.length : 0, text: heading?.[2] ?? "" };
  });
}

const block = (lines: string[]) => lines.join("\n").trim();
const sectionName = (text: string) => SECTIONS[text.toLowerCase().replace(/[’`]/g, "'").replace(/[:?]$/, "")];

function readMeta(line: string, q: DraftQuestion) {
  const content = line.trim().replace(/^[*_]+|[*_]+$/g, "");
  for (const part of content.split(/\s+[·|•]\s+/)) {
    const [key = "", ...rest] = part.split(":");
    const value = rest.join(":").trim();
    const name = key.trim().toLowerCase();
    if (name === "difficulty") q.difficulty = value;
    else if (name === "time") q.suggestedSeconds = value;
    else if (name === "time in this set") q.secondsOverride = value;
    else if (name === "tags")
      q.tags = value
        .split(/[,|]/)
        .map((t) => t.trim())
        .filter(Boolean);
    else if (part.trim())
      q.warnings.push(`"${part.trim()}" in the details line isn't understood; it was left out.`);
  }
}

function readQuestion(label: string, prompt: string, lines: { line: string; level: number; text: string }[]) {
  const q: DraftQuestion = draft(label, { prompt });
  const parts: Record<string, string[]> = { answerNotes: [], whyAsked: [], keyPoints: [], loose: [] };
  let current = "loose";
  let metaDone = false;
  for (const entry of lines) {
    const section = entry.level === 3 ? sectionName(entry.text) : undefined;
    if (section) {
      current = section;
      metaDone = true;
    } else if (!metaDone && current === "loose" && entry.line.trim() && META.test(entry.line)) {
      readMeta(entry.line, q);
      metaDone = true;
    } else {
      if (entry.line.trim()) metaDone = true;
      parts[current]!.push(entry.line);
    }
  }
  q.whyAsked = block(parts.whyAsked!);
  // Text before any section is the answer when there is no "### Answer" section.
  q.answerNotes = block(parts.answerNotes!) || block(parts.loose!);
  const items = parts.keyPoints!.map((l) => LIST_ITEM.exec(l)?.[1]?.trim()).filter(Boolean) as string[];
  q.keyPoints = items.length ? items : parts.keyPoints!.map((l) => l.trim()).filter(Boolean);
  if (block(parts.loose!) && block(parts.answerNotes!))
    q.warnings.push("Text before the first section was left out; put it under “### Answer”.");
  return q;
}

export function parseMarkdownSet(source: string): DraftSet {
  const lines = scan(source.replace(/^\uFEFF/, ""));
  let title = "";
  const description: string[] = [];
  const questions: DraftQuestion[] = [];
  let current: { prompt: string; lines: typeof lines } | null = null;
  const flush = () => {
    if (current)
      questions.push(readQuestion(`Question ${questions.length + 1}`, current.prompt, current.lines));
  };
  for (const entry of lines) {
    if (entry.level === 1 && !title && !current) title = entry.text;
    else if (entry.level === 2) {
      flush();
      current = { prompt: entry.text, lines: [] };
    } else if (current) current.lines.push(entry);
    else description.push(entry.line);
  }
  flush();
  const warnings = questions.length ? [] : ["No questions found: each question starts with a “## ” heading."];
  return { title, description: block(description), questions, warnings };
}

/** Headings in answers become level 4, so they can't start a question or a section. */
function demoteHeadings(markdown: string) {
  return scan(markdown)
    .map(({ line, level, text }) => (level && level < 4 ? `#### ${text}` : line))
    .join("\n");
}

export function writeMarkdownSet(file: SetFile): string {
  const out = [`# ${file.title}`, ""];
  if (file.description) out.push(demoteHeadings(file.description), "");
  for (const q of file.questions) {
    const meta = [
      `Difficulty: ${difficultyName(q.difficulty)}`,
      `Time: ${formatDuration(q.suggestedSeconds)}`,
    ];
    if (q.secondsOverride) meta.push(`Time in this set: ${formatDuration(q.secondsOverride)}`);
    if (q.tags.length) meta.push(`Tags: ${q.tags.join(", ")}`);
    out.push(`## ${q.prompt.replace(/\s+/g, " ")}`, "", meta.join(" · "), "");
    if (q.whyAsked) out.push("### Why it's asked", "", demoteHeadings(q.whyAsked), "");
    out.push("### Answer", "", demoteHeadings(q.answerNotes), "");
    out.push("### Key points", "", ...q.keyPoints.map((p) => `- ${p.replace(/\s+/g, " ")}`), "");
  }
  return out.join("\n");
}

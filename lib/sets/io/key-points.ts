import { QUESTION_LIMITS } from "@/lib/validations/authored-question";

const MAX = QUESTION_LIMITS.keyPoint.max;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+(.+)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

const clip = (text: string) => (text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text);

/** Markdown inline syntax → readable text, for a key point. */
function plain(markdown: string) {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|`|~~)/g, "")
    .replace(/(^|\s)[*_](\S[^*_]*)[*_](?=\s|$|[.,;:!?])/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Key points for an answer that came without any (Anki notes, a CSV without the column): the
 * top-level items of its first list, else its first one or two sentences.
 */
export function deriveKeyPoints(answer: string): { points: string[]; from: "list" | "sentences" } {
  const lines = answer.split("\n");
  const items: string[] = [];
  const prose: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const item = LIST_ITEM.exec(line);
    if (item) items.push(plain(item[1]!));
    else if (items.length) {
      // The first list ends at the first line that is neither blank nor indented under an item.
      if (line.trim() && !/^\s{2,}/.test(line)) break;
    } else if (!/^ {0,3}(#|>|\|)/.test(line)) prose.push(line);
  }
  const listed = items.filter(Boolean).slice(0, QUESTION_LIMITS.keyPoints.max).map(clip);
  if (listed.length) return { points: listed, from: "list" };
  const text = plain(prose.join(" "));
  const sentences = text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g)?.map((s) => s.trim()) ?? [];
  return { points: sentences.filter(Boolean).slice(0, 2).map(clip), from: "sentences" };
}

// Anki fields are HTML. Answers become Markdown (the app renders it through its sanitizer), prompts
// plain text; media references are taken out and counted, since imports carry no files.
import { NodeHtmlMarkdown } from "node-html-markdown";
import { htmlToText } from "./text";

const converter = new NodeHtmlMarkdown({
  bulletMarker: "-",
  // Dropped with their content: nothing of these can be shown safely or meaningfully.
  ignore: [
    "script",
    "style",
    "template",
    "head",
    "audio",
    "video",
    "object",
    "embed",
    "iframe",
    "svg",
    "img",
  ],
  keepDataImages: false,
  maxConsecutiveNewlines: 2,
});

const SOUND = /\[sound:([^\]]*)\]/g;
const IMAGE = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;

/** Removes [sound:…] and <img> references, adding their file names to `media`. */
export function takeMedia(html: string, media: Set<string>): string {
  return html
    .replace(SOUND, (_, name: string) => {
      media.add(name);
      return "";
    })
    .replace(IMAGE, (_, a?: string, b?: string, c?: string) => {
      const name = a ?? b ?? c ?? "";
      if (!name.startsWith("data:")) media.add(name);
      else media.add(`inline image ${media.size + 1}`);
      return "";
    });
}

export const ankiHtmlToMarkdown = (html: string) =>
  converter
    .translate(html)
    .replace(/\n{3,}/g, "\n\n")
    .trim();

export const ankiHtmlToText = htmlToText;

const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** Cloze text with each deletion shown as its hint (or "[…]"), for the prompt. */
export const clozeQuestion = (text: string) =>
  text.replace(CLOZE, (_, _answer: string, hint?: string) => (hint ? `[${hint}]` : "[…]"));

/** Cloze text with each deletion filled in, for the answer. */
export const clozeAnswer = (text: string) => text.replace(CLOZE, (_, answer: string) => answer);

import "server-only";
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import yaml from "highlight.js/lib/languages/yaml";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const languages = { bash, javascript, json, python, sql, typescript, yaml };
for (const [name, language] of Object.entries(languages)) hljs.registerLanguage(name, language);
hljs.registerAliases(["ts", "tsx"], { languageName: "typescript" });
hljs.registerAliases(["js", "jsx", "node"], { languageName: "javascript" });
hljs.registerAliases(["sh", "shell", "console"], { languageName: "bash" });
hljs.registerAliases(["yml"], { languageName: "yaml" });
hljs.registerAliases(["py"], { languageName: "python" });

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }) {
      const language = (lang ?? "").split(/\s/)[0]?.toLowerCase() ?? "";
      const known = language && hljs.getLanguage(language);
      const body = known ? hljs.highlight(text, { language }).value : escapeHtml(text);
      const label = known ? ` data-language="${escapeHtml(language)}"` : "";
      return `<pre${label}><code class="hljs${known ? ` language-${escapeHtml(language)}` : ""}">${body}</code></pre>\n`;
    },
  },
});

// Everything users write goes through this allow-list: no scripts, handlers, styles or
// javascript: URLs survive, whatever the Markdown contains.
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "span",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    pre: ["data-language", "tabindex"],
    code: ["class"],
    span: ["class"],
    th: ["align"],
    td: ["align"],
    ol: ["start"],
  },
  allowedClasses: { code: ["hljs", /^language-[a-z0-9-]+$/], span: [/^hljs-[a-z0-9_-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    h1: "h2",
    // Wide code scrolls sideways; keyboard users need to be able to focus it to scroll.
    pre: sanitizeHtml.simpleTransform("pre", { tabindex: "0" }),
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }),
  },
};
SANITIZE.allowedAttributes = { ...SANITIZE.allowedAttributes, a: ["href", "title", "rel"] };

/** Markdown → sanitized HTML with highlighted code, safe to inject. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, SANITIZE);
}

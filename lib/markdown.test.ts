import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";

const BASE = "https://rehearse.test/questions/x";
const FORBIDDEN = ["<script", "onerror", "onload", "javascript:", "<iframe", "<svg", "style="];

// What may survive sanitizing, tag by tag. Anything else in the output is a regression.
const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  hr: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  strong: [],
  em: [],
  del: [],
  blockquote: [],
  ul: [],
  ol: ["start"],
  li: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["align"],
  td: ["align"],
  a: ["href", "title", "rel"],
  pre: ["data-language", "tabindex"],
  code: ["class"],
  span: ["class"],
};

/** Every tag and attribute name in the HTML, reading quoted values as values. */
function tagsOf(html: string) {
  const tags: { name: string; attributes: Record<string, string> }[] = [];
  for (const [, name, rest] of html.matchAll(/<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const attributes: Record<string, string> = {};
    for (const [, attr, dq, sq, bare] of (rest ?? "").matchAll(
      /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      attributes[attr!.toLowerCase()] = dq ?? sq ?? bare ?? "";
    }
    tags.push({ name: name!.toLowerCase(), attributes });
  }
  return tags;
}

/** Attribute values as the browser reads them (numeric entities and the usual named ones). */
function decodeEntities(value: string) {
  const named: Record<string, string> = {
    amp: "&",
    quot: '"',
    apos: "'",
    lt: "<",
    gt: ">",
    colon: ":",
    tab: "\t",
    newline: "\n",
  };
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => named[name.toLowerCase()] ?? whole);
}

function expectSafe(html: string) {
  for (const needle of FORBIDDEN) expect(html.toLowerCase()).not.toContain(needle);
  for (const { name, attributes } of tagsOf(html)) {
    expect(ALLOWED, `<${name}> in ${html}`).toHaveProperty([name]);
    for (const [attr, value] of Object.entries(attributes)) {
      expect(ALLOWED[name], `${attr} on <${name}> in ${html}`).toContain(attr);
      // Focusable for keyboard scrolling at most; a positive tabindex would hijack the tab order.
      if (attr === "tabindex") expect(value, html).toBe("0");
      if (attr === "href")
        expect(["https:", "http:", "mailto:"], html).toContain(new URL(decodeEntities(value), BASE).protocol);
    }
  }
}

describe("renderMarkdown", () => {
  it("renders headings, lists, emphasis, tables and inline code", () => {
    const html = renderMarkdown(
      "# Title\n\n## Part\n\n- one\n- two\n\n3. three\n4. four\n\n**bold** _em_ `x < y`\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n",
    );
    expect(html).toContain("<h2>Title</h2>"); // h1 is the page's own title
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h2>Part</h2>");
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol start="3">\s*<li>three<\/li>/);
    expect(html).toContain("<strong>bold</strong> <em>em</em> <code>x &lt; y</code>");
    expect(html).toContain('<th align="left">a</th>');
    expect(html).toContain('<td align="right">2</td>');
    expectSafe(html);
  });

  it("highlights fenced TypeScript with hljs spans", () => {
    const html = renderMarkdown("```ts\nconst answer: number = 42;\n```");
    expect(html).toMatch(/<pre data-language="ts"[^>]*><code class="hljs language-ts">/);
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain('<span class="hljs-number">42</span>');
    expectSafe(html);
  });

  it("escapes code in unknown languages and code that tries to break out of the block", () => {
    const unknown = renderMarkdown("```brainfuck\n<b>&</b>\n```");
    expect(unknown).toContain('<code class="hljs">&lt;b&gt;&amp;&lt;/b&gt;</code>');
    const breakout = renderMarkdown("```ts\n</code></pre><script>alert(1)</script>\n```");
    expect(breakout).toContain("&lt;script&gt;");
    expectSafe(breakout);
    const badInfo = renderMarkdown('```ts" onmouseover="alert(1)\nx\n```');
    expect(badInfo).not.toContain("onmouseover");
    expectSafe(badInfo);
  });

  it("keeps no tabindex but 0, whatever the author wrote", () => {
    const html = renderMarkdown('<pre tabindex="5"><code>x</code></pre>\n\n<p tabindex="1">y</p>');
    expect(html).not.toMatch(/tabindex="[1-9-]/);
    expectSafe(html);
  });

  it("adds rel=noopener noreferrer nofollow to every link and keeps safe hrefs", () => {
    const html = renderMarkdown(
      '[docs](https://docs.aws.amazon.com/lambda/ "AWS") <https://example.com> [mail](mailto:a@b.c) [local](/questions?q=iam) <a href="https://x.test" rel="opener" target="_blank">raw</a>',
    );
    const links = tagsOf(html).filter((t) => t.name === "a");
    expect(links.map((a) => a.attributes.href)).toEqual([
      "https://docs.aws.amazon.com/lambda/",
      "https://example.com",
      "mailto:a@b.c",
      "/questions?q=iam",
      "https://x.test",
    ]);
    for (const a of links) expect(a.attributes.rel).toBe("noopener noreferrer nofollow");
    expect(links[0]?.attributes.title).toBe("AWS");
    expect(html).not.toContain("target=");
    expectSafe(html);
  });

  const XSS: [string, string][] = [
    ["script tag", "<script>alert(1)</script>"],
    ["nested script tag", "<scr<script>ipt>alert(1)</script>"],
    ["script in a blockquote", "> <script>alert(1)</script>"],
    ["img onerror", "<img src=x onerror=alert(1)>"],
    ["IMG with mixed-case handler", '<IMG SRC=x OnErRoR="alert(1)">'],
    ["markdown image with javascript:", "![x](javascript:alert(1))"],
    ["svg onload", "<svg onload=alert(1)><circle r=1 /></svg>"],
    ["svg with embedded script", "<svg><script>alert(1)</script></svg>"],
    ["body onload", "<body onload=alert(1)>"],
    ["iframe", "<iframe src='https://evil.test'></iframe>"],
    ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ["markdown javascript: link", "[x](javascript:alert(1))"],
    ["markdown JaVaScRiPt: link", "[x](JaVaScRiPt:alert(1))"],
    ["reference-style javascript: link", "[x][1]\n\n[1]: javascript:alert(1)"],
    ["raw javascript: link", '<a href="javascript:alert(1)">x</a>'],
    ["raw javascript: link, leading spaces", '<a href="  javascript:alert(1)">x</a>'],
    ["tab entity inside javascript:", '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ["tab entity inside javascript:, markdown", "[x](jav&#x09;ascript:alert(1))"],
    ["newline entity inside javascript:", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">"],
    ["decimal entity javascript:", '<a href="&#106;avascript:alert(1)">x</a>'],
    [
      "hex entities javascript:",
      '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
    ],
    ["named entity colon", '<a href="javascript&colon;alert(1)">x</a>'],
    ["newline inside javascript:", '<a href="java\nscript:alert(1)">x</a>'],
    ["vbscript: link", '<a href="vbscript:msgbox(1)">x</a>'],
    ["data: URL link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
    ["data: URL raw link", '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
    ["data: URL image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
    ["protocol-relative link", "[x](//evil.test/path)"],
    ["style attribute", '<p style="background:url(javascript:alert(1))">x</p>'],
    ["style tag", "<style>*{background:red}</style>"],
    ["mixed-case event handler", '<div OnMouseOver="alert(1)">x</div>'],
    ["upper-case event handler", "<p ONCLICK=alert(1)>x</p>"],
    ["handler on an allowed tag", '<a href="https://x.test" onclick="alert(1)">x</a>'],
    ["handler on allowed code span", '<span class="hljs-keyword" onmouseover="alert(1)">x</span>'],
    ["details ontoggle", "<details open ontoggle=alert(1)>"],
    ["math xlink", '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ["object", '<object data="javascript:alert(1)"></object>'],
    ["embed", "<embed src=javascript:alert(1)>"],
    ["form action", "<form action=javascript:alert(1)><button>x</button></form>"],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ["base href", '<base href="javascript:alert(1)//">'],
    ["link stylesheet", '<link rel="stylesheet" href="https://evil.test/x.css">'],
    ["class injection", '<code class="hljs" id="x" onfocus="alert(1)" autofocus>x</code>'],
  ];

  it.each(XSS)("neutralises %s", (_name, input) => {
    expectSafe(renderMarkdown(input));
  });

  it("neutralises the whole corpus when it arrives in one document", () => {
    expectSafe(renderMarkdown(XSS.map(([, input]) => input).join("\n\n")));
  });

  it("turns an angle-bracket link with leading spaces into a harmless relative path", () => {
    // marked percent-encodes the spaces; the browser then reads a path on this site, not a scheme.
    const [link] = tagsOf(renderMarkdown("[x](<  javascript:alert(1)>)")).filter((t) => t.name === "a");
    const href = link?.attributes.href;
    if (href !== undefined) {
      const url = new URL(href, BASE);
      expect(url.protocol).toBe("https:");
      expect(url.origin).toBe(new URL(BASE).origin);
    }
  });

  it("keeps the text around removed markup", () => {
    const html = renderMarkdown("Before <img src=x onerror=alert(1)> after [link](javascript:alert(1)) end");
    expect(html).toContain("Before");
    expect(html).toContain("after");
    expect(html).toContain(">link</a>");
    expect(html).toContain("end");
  });
});

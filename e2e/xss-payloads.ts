// Payloads saved through every field users write (e2e/xss.spec.ts). Each one, if it ran, would set
// `window.__xss` or open a dialog; the spec fails on either. Kept short so several fit a field.

/** Raw HTML that would run on insertion or on load. */
const HTML = [
  "<script>window.__xss=1</script>",
  "<SCRIPT SRC=data:text/javascript,window.__xss=2></SCRIPT>",
  '"><script>window.__xss=3</script>',
  "'><img src=x onerror=window.__xss=4>",
  "<img src=x onerror=alert(5)>",
  '<img src="x" onerror="&#119;indow.__xss=6">',
  "<svg onload=window.__xss=7>",
  "<svg><script>window.__xss=8</script></svg>",
  "<body onload=window.__xss=9>",
  "<details open ontoggle=window.__xss=10>",
  "<input autofocus onfocus=window.__xss=11>",
  '<iframe srcdoc="<script>parent.__xss=12</script>"></iframe>',
  '<iframe src="javascript:parent.__xss=13"></iframe>',
  '<object data="javascript:window.__xss=14"></object>',
  '<embed src="data:text/html,<script>parent.__xss=15</script>">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=16">',
  "<style>@import 'javascript:window.__xss=17';</style>",
  '<a href="javascript:window.__xss=18">a</a>',
  '<a href="JaVaScRiPt:window.__xss=19">b</a>',
  '<a href="&#106;avascript:window.__xss=20">c</a>',
  '<a href=" javascript:window.__xss=21">d</a>',
  '<div style="background:url(javascript:window.__xss=22)">e</div>',
  '<form action="javascript:window.__xss=23"><button>f</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=24">',
  '<base href="javascript:window.__xss=25//">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=26>">',
  "<!--<img src=--><img src=x onerror=window.__xss=27//>",
  '<x onclick=window.__xss=28 tabindex=0 style="display:block">g</x>',
];

/** Markdown links, images and autolinks with script or data URLs. */
const MARKDOWN = [
  "[x](javascript:alert(29))",
  "[y](javascript:window.__xss=30)",
  "[z](JAVASCRIPT:window.__xss=31)",
  "[w](jav&#x09;ascript:window.__xss=32)",
  "[v](&#x6A;avascript:window.__xss=33)",
  "[u](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MzQ8L3NjcmlwdD4=)",
  "[t](vbscript:msgbox(35))",
  "![img](javascript:window.__xss=36)",
  '![img2](x" onerror="window.__xss=37)',
  "![img3](data:image/svg+xml,<svg onload=window.__xss=38>)",
  "<javascript:window.__xss=39>",
  "[ref]\n\n[ref]: javascript:window.__xss=40",
  '[title](https://example.com "x\\" onmouseover=window.__xss=41")',
  "```html\n<script>window.__xss=42</script>\n```",
  "`<img src=x onerror=window.__xss=43>`",
];

/** Payloads for template engines and unescaped interpolation. */
const TEMPLATES = [
  "{{constructor.constructor('window.__xss=44')()}}",
  "${window.__xss=45}",
  "#{window.__xss=46}",
  "<%= window.__xss=47 %>",
  "\\u003cscript\\u003ewindow.__xss=48\\u003c/script\\u003e",
  "&lt;script&gt;window.__xss=49&lt;/script&gt;",
];

export const XSS_PAYLOADS: readonly string[] = [...HTML, ...MARKDOWN, ...TEMPLATES];

/** Short payloads for fields with a small limit (names, titles, prompts, key points). */
export const SHORT_PAYLOADS: readonly string[] = [
  '"><script>window.__xss=101</script>',
  "<img src=x onerror=window.__xss=102>",
  "<svg onload=alert(103)>",
  "[x](javascript:alert(104))",
  "{{constructor.constructor('alert(105)')()}}",
];

/** One line with every short payload, for fields that take a single short value. */
export const SHORT_LINE = SHORT_PAYLOADS.join(" ");

/** Every payload, one paragraph each, for Markdown fields. */
export const ALL_PAYLOADS_MARKDOWN = XSS_PAYLOADS.join("\n\n");

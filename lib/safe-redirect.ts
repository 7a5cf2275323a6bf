/**
 * Where to send the user after signing in: only a path on this site. Anything else — another
 * origin, a protocol-relative `//host`, a backslash trick, a javascript: URL — becomes `fallback`.
 */
export function safeNextPath(next: unknown, fallback = "/questions"): string {
  if (typeof next !== "string" || next.length > 2048) return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, "http://rehearse.invalid");
    if (url.origin !== "http://rehearse.invalid") return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Dot segments can collapse "/.//host" into "//host", which a browser reads as another origin.
    return path.startsWith("//") ? fallback : path;
  } catch {
    return fallback;
  }
}

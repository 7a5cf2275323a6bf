import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

const FALLBACK = "/questions";
const SITE = "https://rehearse.example";

/** The answer is the fallback, or a path that a browser resolves on this site. */
function expectSafe(next: unknown) {
  const result = safeNextPath(next);
  const label = `safeNextPath(${JSON.stringify(next)?.slice(0, 60)}) = ${JSON.stringify(result).slice(0, 60)}`;
  if (result === FALLBACK) return;
  expect(result.startsWith("/"), label).toBe(true);
  expect(result.startsWith("//"), label).toBe(false);
  expect(result, label).not.toMatch(/[\\\u0000-\u001f]/);
  expect(new URL(result, SITE).origin, label).toBe(SITE);
  // Next's redirect() and router.replace() may resolve the path again: still this site.
  expect(new URL(new URL(result, SITE).href).origin, label).toBe(SITE);
}

describe("safeNextPath", () => {
  it.each([
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with a path", "//evil.example/questions"],
    ["three slashes", "///evil.example"],
    ["slash-backslash", "/\\evil.example"],
    ["slash-backslash-backslash", "/\\\\evil.example"],
    ["double backslash", "\\\\evil"],
    ["backslash-slash", "\\/evil.example"],
    ["absolute https URL", "https://evil.example"],
    ["absolute http URL", "http://evil.example/questions"],
    ["scheme without slashes", "https:evil.example"],
    ["javascript URL", "javascript:alert(1)"],
    ["data URL", "data:text/html,<script>alert(1)</script>"],
    ["leading space", " /x"],
    ["leading tab", "\t/x"],
    ["tab making //", "/\t/evil.example"],
    ["newline making //", "/\n/evil.example"],
    ["carriage return", "/x\r\nSet-Cookie: a=b"],
    ["NUL", "/x\u0000y"],
    ["empty", ""],
    ["relative path", "questions"],
    ["dot-relative", "./questions"],
    ["3000 characters", `/${"a".repeat(2999)}`],
  ])("refuses %s", (_name, next) => {
    expect(safeNextPath(next)).toBe(FALLBACK);
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["an array of paths", ["/questions", "//evil.example"]],
    ["an object", { toString: () => "/x" }],
    ["a URL object", new URL("https://evil.example")],
  ])("refuses a non-string: %s", (_name, next) => {
    expect(safeNextPath(next)).toBe(FALLBACK);
  });

  it.each([
    ["a dot segment before //", "/.//evil.example"],
    ["a dot-dot segment before //", "/..//evil.example"],
    ["an encoded dot segment before //", "/%2e//evil.example"],
    ["a climb back to //", "/a/..//evil.example"],
    ["a climb with an encoded dot", "/a/%2e%2e//evil.example/x?y#z"],
  ])("never turns %s into a protocol-relative URL", (_name, next) => {
    expectSafe(next);
  });

  it.each([
    "/%2F%2Fevil.example",
    "/%5C%5Cevil.example",
    "/%09/evil.example",
    "/%0d%0aLocation:%20https://evil.example",
    "/ /x",
    "/questions/../../../etc/passwd",
    "/x#//evil.example",
    "/x?next=//evil.example",
    "/\u2028/evil.example",
    "/ｅｖｉｌ.example",
  ])("keeps %j on this site", (next) => {
    expectSafe(next);
  });

  it("keeps an encoded-slash path a path on this site, not a host", () => {
    const result = safeNextPath("/%2F%2Fevil.example");
    expect(result).toBe("/%2F%2Fevil.example");
    expect(new URL(result, SITE).host).toBe("rehearse.example");
  });

  it.each([
    ["/questions", "/questions"],
    ["/", "/"],
    ["/interviews/abc123", "/interviews/abc123"],
    ["/questions?q=cold+start&tags=aws&page=2", "/questions?q=cold+start&tags=aws&page=2"],
    ["/sets/42#items", "/sets/42#items"],
    ["/questions?q=a%20b#top", "/questions?q=a%20b#top"],
  ])("keeps the same-site path %j with its query and hash", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it("accepts a path up to 2048 characters", () => {
    const path = `/${"a".repeat(2047)}`;
    expect(safeNextPath(path)).toBe(path);
    expect(safeNextPath(`${path}a`)).toBe(FALLBACK);
  });

  it("uses the given fallback", () => {
    expect(safeNextPath("//evil.example", "/home")).toBe("/home");
    expect(safeNextPath(undefined, "/home")).toBe("/home");
  });
});

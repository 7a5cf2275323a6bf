import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, HSTS, nonceOf, pageSecurityHeaders } from "./csp";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("contentSecurityPolicy", () => {
  const production = { https: true, dev: false };

  it("runs scripts only with the response's nonce", () => {
    const nonce = createNonce();
    const scripts = directives(contentSecurityPolicy(nonce, production)).get("script-src");
    expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, foreign forms and base URLs", () => {
    const policy = directives(contentSecurityPolicy(createNonce(), production));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only over https, and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", production)).toContain("upgrade-insecure-requests");
    const dev = contentSecurityPolicy("n", { https: false, dev: true });
    expect(dev).not.toContain("upgrade-insecure-requests");
    expect(directives(dev).get("script-src")).toContain("'unsafe-eval'");
  });
});

describe("createNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });

  it("is read back from the policy", () => {
    const nonce = createNonce();
    expect(nonceOf(contentSecurityPolicy(nonce, { https: false, dev: false }))).toBe(nonce);
    expect(nonceOf("default-src 'self'")).toBeNull();
  });
});

describe("pageSecurityHeaders", () => {
  it("sends HSTS when the site is served over https", () => {
    expect(pageSecurityHeaders("n", { https: true, dev: false })).toMatchObject({
      "Strict-Transport-Security": HSTS,
    });
    expect(HSTS).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(HSTS)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it("never sends HSTS over plain http (development, local tests)", () => {
    const headers = pageSecurityHeaders("n", { https: false, dev: true });
    expect(headers).not.toHaveProperty("Strict-Transport-Security");
    expect(headers["Content-Security-Policy"]).toContain("'nonce-n'");
  });
});

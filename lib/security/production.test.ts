import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { HSTS, nonceOf } from "./csp";

// lib/env.ts reads the environment once, at import: each case loads the modules afresh under it.
async function servedAt(url: string | undefined) {
  vi.resetModules();
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.stubEnv("E2E_TEST_HOOKS", undefined);
  vi.stubEnv("NODE_ENV", "production");
  const [{ authOptions }, { SESSION_COOKIE }, { proxy }, { withTransportSecurity }] = await Promise.all([
    import("@/lib/auth/options"),
    import("@/lib/auth/cookies"),
    import("@/proxy"),
    import("@/lib/api"),
  ]);
  return { session: authOptions.cookies?.sessionToken, SESSION_COOKIE, proxy, withTransportSecurity };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("served over https in production", () => {
  it("sends the session cookie Secure, HttpOnly and SameSite=Lax, under a __Secure- name", async () => {
    const { session, SESSION_COOKIE } = await servedAt("https://rehearse.example");
    expect(session?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
    expect(session?.name).toBe("__Secure-rehearse.session");
    expect(SESSION_COOKIE).toBe("__Secure-rehearse.session");
  });

  it("sends HSTS and a nonce policy with every page", async () => {
    const { proxy } = await servedAt("https://rehearse.example");
    const response = proxy(new NextRequest("https://rehearse.example/questions/some-question"));
    expect(response.headers.get("strict-transport-security")).toBe(HSTS);
    const policy = response.headers.get("content-security-policy");
    expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("sends HSTS with the sign-in redirect and with API answers", async () => {
    const { proxy, withTransportSecurity } = await servedAt("https://rehearse.example");
    const redirect = proxy(new NextRequest("https://rehearse.example/practice"));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("strict-transport-security")).toBe(HSTS);
    const answer = withTransportSecurity(Response.json({ ok: true }));
    expect(answer.headers.get("strict-transport-security")).toBe(HSTS);
  });
});

describe("served over plain http", () => {
  it("keeps the cookie HttpOnly and SameSite=Lax but not Secure (browsers would drop it)", async () => {
    const { session } = await servedAt(undefined);
    expect(session?.options).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
    expect(session?.name).toBe("rehearse.session");
  });

  it("sends no HSTS, and a different nonce with each response", async () => {
    const { proxy, withTransportSecurity } = await servedAt(undefined);
    const [first, second] = [1, 2].map(() => proxy(new NextRequest("http://127.0.0.1:3000/")));
    expect(first!.headers.get("strict-transport-security")).toBeNull();
    expect(
      withTransportSecurity(Response.json({ ok: true })).headers.get("strict-transport-security"),
    ).toBeNull();
    const nonces = [first, second].map((r) => nonceOf(r!.headers.get("content-security-policy")));
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("sends signed-out visitors of private pages to sign-in, and rewrites unusual bank searches", async () => {
    const { proxy } = await servedAt(undefined);
    const redirect = proxy(new NextRequest("http://127.0.0.1:3000/practice"));
    expect(
      new URL(redirect.headers.get("location")!).pathname + new URL(redirect.headers.get("location")!).search,
    ).toBe("/sign-in?next=%2Fpractice");
    const rewrite = proxy(new NextRequest("http://127.0.0.1:3000/questions?q=a%2Fb"));
    expect(rewrite.headers.get("x-middleware-rewrite")).toMatch(/\/questions\/results\/[^/?]+$/);
    const plain = proxy(new NextRequest("http://127.0.0.1:3000/questions?q=cold"));
    expect(plain.headers.get("x-middleware-rewrite")).toBeNull();
    expect(plain.headers.get("x-middleware-request-x-nonce")).toBe(
      nonceOf(plain.headers.get("content-security-policy")),
    );
  });
});

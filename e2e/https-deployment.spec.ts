// The production build as deployed behind a TLS-terminating proxy: a second `next start` of the
// same build with NEXTAUTH_URL=https://… and no test hooks. It answers plain http, as the proxy
// speaks to it, and must send HSTS and Secure cookies. The app decides "served over https" from
// NEXTAUTH_URL alone (lib/auth/cookies.ts); the requests still carry what such a proxy adds.
import { HSTS } from "../lib/security/csp";
import { startAppServer } from "../scripts/lib/app-server";
import { expect, test } from "./auth-fixtures";

test.describe.configure({ mode: "default" }); // one https instance for this file's tests, in order

const SITE = "https://rehearse.example";
const SECURE_SESSION_COOKIE = "__Secure-rehearse.session";
const PAGES = ["/", "/questions", "/questions/lambda-cold-and-warm-starts", "/sign-in", "/no-such-page"];
const API_ROUTES = ["/api/session", "/api/auth/csrf", "/api/auth/providers"];

let origin = "";
let stop = async () => {};

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // The build's own server refuses E2E_TEST_HOOKS on an https site (lib/env.ts): a deployment has none.
  const server = await startAppServer({ env: { NEXTAUTH_URL: SITE, E2E_TEST_HOOKS: undefined } });
  origin = server.origin;
  stop = server.stop;
});

test.afterAll(async () => stop());

/** What the TLS-terminating proxy adds to every request it forwards. */
function fromProxy(clientAddress: string, headers: Record<string, string> = {}) {
  return {
    "x-forwarded-proto": "https",
    "x-forwarded-host": new URL(SITE).host,
    "x-forwarded-for": clientAddress,
    ...headers,
  };
}

async function get(path: string, headers: Record<string, string>) {
  const response = await fetch(`${origin}${path}`, { headers, redirect: "manual" });
  await response.arrayBuffer();
  return response;
}

interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lowercased; flags have the value "". */
  attributes: Map<string, string>;
}

function parseSetCookie(header: string): SetCookie {
  const [pair = "", ...rest] = header.split(";").map((part) => part.trim());
  const equals = pair.indexOf("=");
  const attributes = new Map(
    rest.map((attribute) => {
      const [name = "", ...value] = attribute.split("=");
      return [name.toLowerCase(), value.join("=")] as const;
    }),
  );
  return { name: pair.slice(0, equals), value: pair.slice(equals + 1), attributes };
}

function expectSecureCookie(cookie: SetCookie) {
  expect(cookie.attributes.has("secure"), `${cookie.name}: Secure`).toBe(true);
  expect(cookie.attributes.has("httponly"), `${cookie.name}: HttpOnly`).toBe(true);
  expect(cookie.attributes.get("samesite")?.toLowerCase(), `${cookie.name}: SameSite`).toBe("lax");
  expect(cookie.attributes.get("path"), `${cookie.name}: Path`).toBe("/");
}

const cookieHeader = (cookies: SetCookie[]) => cookies.map((c) => `${c.name}=${c.value}`).join("; ");

test("over https every page, redirect and API answer carries HSTS; pages upgrade insecure requests", async ({
  clientAddress,
}) => {
  const headers = fromProxy(clientAddress);
  for (const path of PAGES) {
    const response = await get(path, headers);
    expect([200, 404], path).toContain(response.status);
    expect(response.headers.get("strict-transport-security"), path).toBe(HSTS);
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(
      policy.split(";").map((d) => d.trim()),
      path,
    ).toContain("upgrade-insecure-requests");
  }
  // A signed-out visit to a private page is sent to sign-in by proxy.ts.
  const redirect = await get("/practice", headers);
  expect(redirect.status, "/practice signed out").toBe(307);
  expect(redirect.headers.get("strict-transport-security"), "/practice redirect").toBe(HSTS);
  for (const path of API_ROUTES) {
    const response = await get(path, headers);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("strict-transport-security"), path).toBe(HSTS);
  }
  // A refusal from withUser (lib/api.ts) too.
  const refused = await get("/api/questions/lambda-cold-and-warm-starts/attempts", headers);
  expect(refused.status, "attempts signed out").toBe(401);
  expect(refused.headers.get("strict-transport-security"), "attempts signed out").toBe(HSTS);
});

test("signing in over https sets the session and next-auth cookies Secure, HttpOnly and SameSite=Lax", async ({
  clientAddress,
  createUser,
}) => {
  const user = await createUser();
  // The sign-in page loading: next-auth's CSRF token, with its cookie and the callback-URL cookie.
  const csrf = await fetch(`${origin}/api/auth/csrf`, { headers: fromProxy(clientAddress) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const authCookies = csrf.headers.getSetCookie().map(parseSetCookie);
  expect(authCookies.map((c) => c.name).sort()).toEqual([
    "__Host-next-auth.csrf-token",
    "__Secure-next-auth.callback-url",
  ]);
  for (const cookie of authCookies) expectSecureCookie(cookie);

  // Pressing "Sign in" on https://rehearse.example: the browser sends the site's Origin and the
  // cookies by hand here, since a cookie jar keeps Secure cookies from a plain-http origin.
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: fromProxy(clientAddress, {
      origin: SITE,
      cookie: cookieHeader(authCookies),
      "content-type": "application/x-www-form-urlencoded",
    }),
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" }),
    redirect: "manual",
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("strict-transport-security")).toBe(HSTS);
  const { url } = (await response.json()) as { url: string };
  expect(new URL(url).searchParams.get("error"), "sign-in error").toBeNull();
  expect(new URL(url).origin).toBe(SITE);
  const setCookies = response.headers.getSetCookie().map(parseSetCookie);
  const session = setCookies.find((cookie) => cookie.name === SECURE_SESSION_COOKIE);
  expect(session, `${SECURE_SESSION_COOKIE} among ${setCookies.map((c) => c.name).join(", ")}`).toBeDefined();
  expectSecureCookie(session!);
  expect(setCookies.map((c) => c.name)).not.toContain("rehearse.session");
  for (const cookie of setCookies) expectSecureCookie(cookie);

  // The Secure cookie is the session: the API and a private page know who is asking.
  const signedIn = fromProxy(clientAddress, { cookie: `${session!.name}=${session!.value}` });
  const me = await fetch(`${origin}/api/session`, { headers: signedIn });
  expect(me.headers.get("strict-transport-security")).toBe(HSTS);
  expect(await me.json()).toEqual({ user: { name: user.name, email: user.email } });
  const practice = await get("/practice", signedIn);
  expect(practice.status).toBe(200);
  expect(practice.headers.get("strict-transport-security")).toBe(HSTS);
});

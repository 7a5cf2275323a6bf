// The session id read from the cookie: decrypted once per cookie, never past the token's expiry.
import { afterEach, describe, expect, it, vi } from "vitest";
import { encode } from "./jwt";
import { sessionIdOf } from "./session";

const secret = "a secret long enough for the tests, 32+ chars";

afterEach(() => {
  vi.useRealTimers();
});

describe("sessionIdOf", () => {
  it("reads the session id of a genuine cookie, again and again", async () => {
    const cookie = await encode({ token: { sid: "s1" }, secret, maxAge: 60 });
    expect(await sessionIdOf(cookie, secret)).toBe("s1");
    expect(await sessionIdOf(cookie, secret)).toBe("s1");
  });

  it("refuses a tampered cookie, another secret's cookie and one without a session id", async () => {
    const cookie = await encode({ token: { sid: "s2" }, secret, maxAge: 60 });
    expect(await sessionIdOf(cookie, secret)).toBe("s2");
    const tampered = cookie.slice(0, -4) + (cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await sessionIdOf(tampered, secret)).toBeNull();
    expect(await sessionIdOf(cookie, `${secret}!`)).toBeNull();
    expect(await sessionIdOf(await encode({ token: { sub: "u" }, secret }), secret)).toBeNull();
    expect(await sessionIdOf("not a token", secret)).toBeNull();
  });

  it("stops answering once the token has expired, even for a cookie read before", async () => {
    const cookie = await encode({ token: { sid: "s3" }, secret, maxAge: 60 });
    expect(await sessionIdOf(cookie, secret)).toBe("s3");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 2 * 60 * 1000);
    expect(await sessionIdOf(cookie, secret)).toBeNull();
    expect(await sessionIdOf(await encode({ token: { sid: "s3" }, secret, maxAge: -60 }), secret)).toBeNull();
  });
});

// Session cookies must stay readable by next-auth itself (and old cookies by us).
import { decode as nextAuthDecode, encode as nextAuthEncode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decode, encode } from "./jwt";

const secret = "a secret long enough for the tests, 32+ chars";

describe("session token encoding", () => {
  it("writes tokens next-auth reads, and reads next-auth's", async () => {
    const ours = await encode({ token: { sub: "u1", sid: "s1" }, secret, maxAge: 60 });
    expect(await nextAuthDecode({ token: ours, secret })).toMatchObject({ sub: "u1", sid: "s1" });
    const theirs = await nextAuthEncode({ token: { sub: "u2", sid: "s2" }, secret });
    expect(await decode({ token: theirs, secret })).toMatchObject({ sub: "u2", sid: "s2" });
  });

  it("keeps a key per secret and salt: another secret's token is refused", async () => {
    const token = await encode({ token: { sid: "s" }, secret });
    await expect(decode({ token, secret: `${secret}!` })).rejects.toThrow();
    await expect(decode({ token, secret, salt: "other" })).rejects.toThrow();
    expect(await decode({ token, secret })).toMatchObject({ sid: "s" });
  });

  it("refuses expired and tampered tokens", async () => {
    const expired = await encode({ token: { sid: "s" }, secret, maxAge: -60 });
    await expect(decode({ token: expired, secret })).rejects.toThrow();
    const token = await encode({ token: { sid: "s" }, secret });
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(decode({ token: tampered, secret })).rejects.toThrow();
    expect(await decode({ token: "", secret })).toBeNull();
  });
});

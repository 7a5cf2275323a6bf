import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const from = (headers: Record<string, string>) => clientAddress(new Headers(headers));

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For entry, the one the nearest proxy appended", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(from({ "x-forwarded-for": "10.0.0.1, 198.51.100.4, 203.0.113.7" })).toBe("203.0.113.7");
    expect(from({ "x-forwarded-for": "1.1.1.1,2001:db8::1" })).toBe("2001:db8::1");
  });

  it("can't be steered by entries the client forged in front", () => {
    const forged = ["6.6.6.6", "unknown", "x".repeat(100)].map((first) =>
      from({ "x-forwarded-for": `${first}, 203.0.113.7` }),
    );
    expect(new Set(forged)).toEqual(new Set(["203.0.113.7"]));
  });

  it("trims whitespace around the entry", () => {
    expect(from({ "x-forwarded-for": "10.0.0.1 ,   203.0.113.7   " })).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP when X-Forwarded-For is missing or its last entry is empty", () => {
    expect(from({ "x-real-ip": " 198.51.100.9 " })).toBe("198.51.100.9");
    expect(from({ "x-forwarded-for": "", "x-real-ip": "198.51.100.9" })).toBe("198.51.100.9");
    expect(from({ "x-forwarded-for": "10.0.0.1, ", "x-real-ip": "198.51.100.9" })).toBe("198.51.100.9");
  });

  it("prefers X-Forwarded-For over X-Real-IP", () => {
    expect(from({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.9" })).toBe("203.0.113.7");
  });

  it('says "unknown" when neither header gives an address', () => {
    expect(from({})).toBe("unknown");
    expect(from({ "x-forwarded-for": " , ", "x-real-ip": "   " })).toBe("unknown");
  });

  it("caps the address at 64 characters so a forged header can't make huge rate-limit keys", () => {
    const long = "a".repeat(5000);
    expect(from({ "x-forwarded-for": `10.0.0.1, ${long}` })).toBe("a".repeat(64));
    expect(from({ "x-real-ip": long })).toHaveLength(64);
    const ipv6 = "2001:0db8:85a3:0000:0000:8a2e:0370:7334"; // 39 characters: kept whole
    expect(from({ "x-forwarded-for": ipv6 })).toBe(ipv6);
  });

  it("works with any object that has get(), like next-auth's plain header record", () => {
    const record: Record<string, string> = { "x-forwarded-for": "203.0.113.7" };
    expect(clientAddress({ get: (name) => record[name] ?? null })).toBe("203.0.113.7");
  });
});

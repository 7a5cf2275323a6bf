import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

/** Splits a PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>. */
function parsePhc(phc: string) {
  const match = /^\$([a-z0-9-]+)\$v=(\d+)\$([^$]+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(phc);
  if (!match) throw new Error(`Not a PHC string: ${phc}`);
  const [, algorithm, version, params, salt, hash] = match;
  return {
    algorithm,
    version: Number(version),
    params: Object.fromEntries(params!.split(",").map((kv) => kv.split("="))),
    salt,
    hash,
  };
}

async function timed(work: () => Promise<unknown>) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

describe("hashPassword", () => {
  it("makes an argon2id hash with OWASP's parameters (19 MiB, 2 passes, 1 lane)", async () => {
    const phc = parsePhc(await hashPassword("a perfectly fine passphrase"));
    expect(phc.algorithm).toBe("argon2id");
    expect(phc.version).toBe(19);
    expect(phc.params).toEqual({ m: "19456", t: "2", p: "1" });
    // A 16-byte salt and a 32-byte hash, base64 without padding.
    expect(Buffer.from(phc.salt!, "base64").length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(phc.hash!, "base64").length).toBe(32);
  });

  it("salts every hash: the same password hashes differently", async () => {
    const [a, b] = await Promise.all([
      hashPassword("same password here"),
      hashPassword("same password here"),
    ]);
    expect(a).not.toBe(b);
    expect(parsePhc(a).salt).not.toBe(parsePhc(b).salt);
  });
});

describe("verifyPassword", () => {
  const password = "tangerine bicycle 1984";
  const stored = hashPassword(password);

  it("accepts the right password", async () => {
    expect(await verifyPassword(await stored, password)).toBe(true);
  });

  it("refuses a wrong password, including near misses", async () => {
    for (const attempt of ["tangerine bicycle 1985", "Tangerine bicycle 1984", `${password} `, ""]) {
      expect(await verifyPassword(await stored, attempt), JSON.stringify(attempt)).toBe(false);
    }
  });

  it("answers false, never throws, for a stored value that is not a valid hash", async () => {
    const garbage = [
      "not-a-hash",
      "$argon2id$",
      "$argon2id$v=19$m=19456,t=2,p=1$AAAA$BBBB",
      "$2b$10$abcdefghijklmnopqrstuv",
      (await stored).slice(0, -5),
    ];
    for (const hash of garbage) {
      await expect(verifyPassword(hash, password), hash).resolves.toBe(false);
    }
  });

  it("answers false with no stored hash (unknown email, OAuth-only account)", async () => {
    expect(await verifyPassword(null, password)).toBe(false);
    expect(await verifyPassword(undefined, password)).toBe(false);
    expect(await verifyPassword("", password)).toBe(false);
    // Even the password the throw-away hash was made from.
    expect(await verifyPassword(null, "a password nobody has")).toBe(false);
  });

  it("takes about as long with no stored hash as with a real one, so timing can't reveal accounts", async () => {
    const hash = await stored;
    // Warm up both paths (the first no-hash call also makes the throw-away hash).
    await verifyPassword(null, password);
    await verifyPassword(hash, "wrong password");
    // Fastest of several interleaved runs: the intrinsic cost, whatever else the machine is doing.
    // A missing dummy verification would be ~1000x faster, so a few rounds never hide it.
    const ratios: number[] = [];
    for (let round = 0; round < 3; round++) {
      const real: number[] = [];
      const missing: number[] = [];
      for (let i = 0; i < 6; i++) {
        real.push(await timed(() => verifyPassword(hash, `wrong password ${i}`)));
        missing.push(await timed(() => verifyPassword(null, `wrong password ${i}`)));
      }
      ratios.push(Math.min(...missing) / Math.min(...real));
      if (ratios.at(-1)! > 0.5 && ratios.at(-1)! < 2) break;
    }
    expect(
      ratios.some((r) => r > 0.5 && r < 2),
      `no-hash / real time ratios: ${ratios.map((r) => r.toFixed(2)).join(", ")}`,
    ).toBe(true);
  });
});

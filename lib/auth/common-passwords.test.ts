import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "./common-passwords";

describe("isCommonPassword", () => {
  it("refuses listed passwords", () => {
    for (const p of [
      "password",
      "12345678",
      "1234567890",
      "qwertyuiop",
      "iloveyou1",
      "password123",
      "1qaz2wsx",
      "zaq12wsx",
      "trustno1",
      "starwars",
      "p@ssw0rd",
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });

  it("ignores case and surrounding whitespace", () => {
    for (const p of ["PASSWORD", "Password", "SuperMan", "QwErTyUiOp", "  letmein1  ", "TrustNo1"]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });

  it("refuses listed words with trailing digits or punctuation", () => {
    for (const p of [
      "Password2024!",
      "sunshine99",
      "football!!",
      "Michelle1987",
      "starwars-42",
      "computer.",
      "iloveyou <3",
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });

  it("refuses repeated characters and simple sequences of any length", () => {
    for (const p of [
      "aaaaaaaaaa",
      "zzzzzzzzzzzzzzzz",
      "0000000000000",
      "!!!!!!!!!",
      "123456789012",
      "abcdefghij",
      "9876543210",
      "zyxwvutsrq",
      "ABCDEFGHIJKL",
      "abcdefgh!!",
      "3456789012345",
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });

  it("accepts reasonable passphrases and random passwords", () => {
    const ok = [
      "correct horse battery staple",
      "vK9#pL2!qZ7m",
      "my cat eats lasagna",
      "пароль-для-теста-42",
      "contraseña segura 77",
      "Tr0mbone-Quiver-Basalt",
      "x7Gq2mWz9RtB",
      "purple elephants dance at noon",
      "h4Yp$2kLm!e8",
      "rainy tuesday marmalade",
      "Zebra!Kettle?Moss",
      "9fj3kd02ls8a",
      "私のパスワードは安全です",
      "bicycle under the willow 1998",
      "Kx#4vN@8wQ&2",
      "lighthouse keeper's notebook",
    ];
    expect(ok.length).toBeGreaterThanOrEqual(15);
    for (const p of ok) {
      expect(isCommonPassword(p), p).toBe(false);
    }
  });

  it("treats the empty string as not listed (the length rule refuses it)", () => {
    expect(isCommonPassword("")).toBe(false);
  });
});

describe("common password list", () => {
  it("has at least 600 distinct entries", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(600);
  });

  it("holds only distinct lowercase entries of at least 8 characters", () => {
    const source = readFileSync(new URL("./common-passwords.ts", import.meta.url), "utf8");
    const list = /const LIST = `([^`]*)`/.exec(source)?.[1] ?? "";
    const entries = list.trim().split(/\s+/);
    expect(entries.length).toBe(COMMON_PASSWORD_COUNT);
    expect(new Set(entries).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.length, entry).toBeGreaterThanOrEqual(8);
      expect(entry, entry).toBe(entry.toLowerCase());
      expect(isCommonPassword(entry), entry).toBe(true);
    }
  });
});

import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { previewImport } from "./import";
import { unzipLimited } from "./zip";

const MB = 1024 * 1024;
const zeros = (bytes: number) => new Uint8Array(bytes);

/** Rewrites every declared uncompressed size (local and central headers) to `size`: a zip that lies. */
function understate(zip: Uint8Array, size: number) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return zip;
}

describe("zip safety", () => {
  it("refuses a bomb that declares more than the unpacked limit, before inflating", async () => {
    const bomb = zipSync({ "collection.anki2": zeros(IMPORT_LIMITS.unpackedBytes + MB) }, { level: 9 });
    expect(bomb.length).toBeLessThan(IMPORT_LIMITS.bytes);
    await expect(previewImport("bomb.apkg", bomb)).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/unpacks to more than 50 MB/),
    });
  });

  it("stops inflating once the real size passes the limit, whatever the headers say", () => {
    const liar = understate(zipSync({ "collection.anki2": zeros(8 * MB) }, { level: 9 }), 100);
    const inflated: number[] = [];
    expect(() =>
      unzipLimited(liar, (name) => (inflated.push(1), name === "collection.anki2"), {
        entries: 10,
        unpackedBytes: 2 * MB,
      }),
    ).toThrow(/unpacks to more than 2 MB/);
    // The same archive within a roomier limit unpacks in full: the limit, not damage, stopped it.
    const { files } = unzipLimited(liar, () => true, { entries: 10, unpackedBytes: 16 * MB });
    expect(files.get("collection.anki2")?.length).toBe(8 * MB);
  });

  it("refuses an archive with too many entries", () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, strToU8("x")])));
    expect(() => unzipLimited(many, () => false, { entries: 10, unpackedBytes: MB })).toThrow(
      /more than 10 files/,
    );
  });

  it("returns only the entries asked for, with the names of all", () => {
    const zip = zipSync({ a: strToU8("alpha"), b: strToU8("beta") });
    const { files, names } = unzipLimited(zip, (name) => name === "b");
    expect(names).toEqual(["a", "b"]);
    expect([...files.keys()]).toEqual(["b"]);
    expect(new TextDecoder().decode(files.get("b"))).toBe("beta");
  });
});

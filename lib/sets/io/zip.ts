// Reads chosen entries of a zip without trusting it: declared sizes, the number of entries and the
// bytes actually inflated are all checked, and inflating stops as soon as a limit is passed.
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { ImportError } from "./types";

export const ZIP_LIMITS = { entries: 10_000, unpackedBytes: IMPORT_LIMITS.unpackedBytes } as const;
const SLICE = 16 * 1024;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/** The entries `wanted` asks for, by name, and the names of all entries. */
export function unzipLimited(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: { entries: number; unpackedBytes: number } = ZIP_LIMITS,
): { files: Map<string, Uint8Array>; names: string[] } {
  const tooBig = () =>
    new ImportError(
      `This archive unpacks to more than ${mb(limits.unpackedBytes)}, the most an import may unpack.`,
      413,
    );
  const names: string[] = [];
  const chunks = new Map<string, Uint8Array[]>();
  let declared = 0;
  let inflated = 0;
  let failure: ImportError | null = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    names.push(file.name);
    declared += file.originalSize ?? 0;
    if (names.length > limits.entries) {
      failure = new ImportError(`This archive holds more than ${limits.entries.toLocaleString("en")} files.`);
      return;
    }
    if (declared > limits.unpackedBytes) {
      failure = tooBig();
      return;
    }
    if (!wanted(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) failure = new ImportError(`"${file.name}" in the archive is damaged.`);
      else if ((inflated += chunk.length) > limits.unpackedBytes) failure = tooBig();
      else parts.push(chunk);
      if (failure) file.terminate();
    };
    try {
      file.start();
    } catch {
      failure = new ImportError(`"${file.name}" is packed with a method Rehearse can't read.`);
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    // Small slices keep each inflated chunk small, so a bomb is caught before it fills memory.
    for (let offset = 0; offset < bytes.length && !failure; offset += SLICE)
      unzip.push(bytes.subarray(offset, offset + SLICE), offset + SLICE >= bytes.length);
  } catch (error) {
    failure ??= new ImportError(
      `The archive is damaged${error instanceof Error ? ` (${error.message})` : ""}.`,
    );
  }
  if (failure) throw failure;
  const files = new Map<string, Uint8Array>();
  for (const [name, parts] of chunks) files.set(name, concat(parts));
  return { files, names };
}

function concat(parts: Uint8Array[]) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

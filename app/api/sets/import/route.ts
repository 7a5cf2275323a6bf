import { NextResponse } from "next/server";
import { refuse, withUser } from "@/lib/api";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { previewImport } from "@/lib/sets/io/import";
import { inImportSlot } from "@/lib/sets/io/import-slots";
import { readBytes } from "@/lib/sets/io/read-body";
import { ImportError } from "@/lib/sets/io/types";

const tooLarge = `The file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB, the most an import may be.`;

/**
 * Step 1 of an import: the file as the raw request body (its name in `?name=`) → a preview of the
 * set it would create, with every question's problems. Nothing is written.
 */
export async function POST(request: Request) {
  return withUser(request, (user) =>
    inImportSlot(user.id, async () => {
      const name = new URL(request.url).searchParams.get("name")?.slice(0, 255) ?? "";
      const bytes = await readBytes(request, IMPORT_LIMITS.bytes);
      if (!bytes) return refuse(413, tooLarge);
      try {
        const preview = await previewImport(name, bytes);
        return NextResponse.json({ ok: true, preview });
      } catch (error) {
        if (error instanceof ImportError) return refuse(error.status, error.message);
        // A file no parser anticipated is still the file's problem, not a server failure.
        console.warn("[import] unreadable file", error);
        return refuse(
          422,
          "This file can't be read. Check that it is a set file in one of the formats listed.",
        );
      }
    }),
  );
}

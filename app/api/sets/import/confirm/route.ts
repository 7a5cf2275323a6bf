import { NextResponse } from "next/server";
import { z } from "zod";
import { refuse, withUser } from "@/lib/api";
import { importSet } from "@/lib/dal/set-import";
import { inImportSlot } from "@/lib/sets/io/import-slots";
import { readBytes } from "@/lib/sets/io/read-body";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { setFileSchema } from "@/lib/validations/set-file";

// The previewed set comes back as JSON; answers converted from HTML can be longer than the upload.
const MAX_BODY_BYTES = IMPORT_LIMITS.unpackedBytes;

/** Names the question a problem is in: "Question 3: Write the answer notes." */
function firstProblem(error: z.ZodError) {
  const issue = error.issues[0]!;
  const [field, index] = issue.path;
  return field === "questions" && typeof index === "number"
    ? `Question ${index + 1}: ${issue.message}`
    : issue.message;
}

/** Step 2 of an import: the previewed set file → one transaction creating the questions and the set. */
export async function POST(request: Request) {
  return withUser(request, (user) =>
    inImportSlot(user.id, async () => {
      const bytes = await readBytes(request, MAX_BODY_BYTES);
      if (!bytes) return refuse(413, "That set is too large to import.");
      let raw: unknown;
      try {
        raw = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return refuse(400, "The request body must be JSON.");
      }
      const parsed = setFileSchema.safeParse(raw);
      if (!parsed.success) return refuse(422, firstProblem(parsed.error));
      const { id } = await importSet({ userId: user.id, file: parsed.data });
      return NextResponse.json({ ok: true, id, url: `/sets/${id}` }, { status: 201 });
    }),
  );
}

import { z } from "zod";
import { idParam, refuse, withUser } from "@/lib/api";
import { getSetForExport } from "@/lib/dal/set-export";
import { EXPORT_TYPES, exportFilename, writeSetFile } from "@/lib/sets/io/export";
import { IMPORT_FORMATS } from "@/lib/sets/io/types";

const formatParam = z.enum(IMPORT_FORMATS);
const notFound = "That set doesn't exist, or it isn't shared with you.";

/** A set as a file to download: ?format=json|md|csv|apkg. Owners export any set, others public ones. */
export async function GET(request: Request, context: RouteContext<"/api/sets/[id]/export">) {
  return withUser(request, async (user) => {
    const id = idParam.safeParse((await context.params).id);
    if (!id.success) return refuse(404, notFound);
    const format = formatParam.safeParse(new URL(request.url).searchParams.get("format") ?? "json");
    if (!format.success) return refuse(400, "Choose a format: json, md, csv or apkg.");
    const file = await getSetForExport({ userId: user.id, setId: id.data });
    if (!file) return refuse(404, notFound);
    const body = await writeSetFile(file, format.data);
    return new Response(typeof body === "string" ? body : new Uint8Array(body), {
      headers: {
        "Content-Type": EXPORT_TYPES[format.data].contentType,
        "Content-Disposition": `attachment; filename="${exportFilename(file.title, format.data)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}

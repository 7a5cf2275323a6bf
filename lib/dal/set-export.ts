import "server-only";
import { db } from "@/lib/db";
import { SET_FILE_FORMAT, SET_FILE_VERSION, type SetFile } from "@/lib/validations/set-file";
import { questionContentSelect } from "./question-writes";

/**
 * A set as a set file, for its owner (any visibility) or anyone else when it is PUBLIC; null
 * otherwise. A public set is exported whole, its owner's private questions included: publishing a
 * set shares its questions, as running or cloning it does (a question's own visibility decides
 * only whether the bank lists it).
 */
export async function getSetForExport({
  userId,
  setId,
}: {
  userId: string;
  setId: string;
}): Promise<SetFile | null> {
  const set = await db.questionSet.findFirst({
    where: { id: setId, OR: [{ ownerId: userId }, { visibility: "PUBLIC" }] },
    select: {
      title: true,
      description: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          secondsOverride: true,
          question: { select: questionContentSelect },
        },
      },
    },
  });
  if (!set) return null;
  return {
    format: SET_FILE_FORMAT,
    version: SET_FILE_VERSION,
    title: set.title,
    description: set.description,
    questions: set.items.map(({ question, secondsOverride }) => ({ ...question, secondsOverride })),
  };
}

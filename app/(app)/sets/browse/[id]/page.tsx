import type { Metadata, Route } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/sets/action-button";
import { authorName, SetIntro } from "@/components/sets/set-intro";
import { StartSetForm } from "@/components/sets/start-set-form";
import { copySet } from "@/lib/actions/sets";
import { idParam } from "@/lib/api";
import { requireUser } from "@/lib/auth/session";
import { getReadableSet } from "@/lib/dal/sets";

export const metadata: Metadata = { title: "Question set" };

/** A public set's intro: start an interview from it, or clone it. */
export default async function PublicSetPage(props: PageProps<"/sets/browse/[id]">) {
  const { id } = await props.params;
  const user = await requireUser(`/sets/browse/${id}`);
  const set = idParam.safeParse(id).success ? await getReadableSet({ userId: user.id, setId: id }) : null;
  if (!set) notFound();
  const own = set.ownerId === user.id;
  return (
    <SetIntro set={set}>
      <StartSetForm source={{ setId: set.id }} ownerName={own ? null : authorName(set.owner.name)} />
      <div className="border-line flex flex-wrap items-center gap-3 border-t pt-6">
        {own ? (
          <Link href={`/sets/${set.id}` as Route} className="text-accent-soft-ink font-medium underline">
            Edit your set
          </Link>
        ) : (
          <ActionButton
            action={copySet}
            fields={{ setId: set.id }}
            label="Clone into my sets"
            pendingLabel="Cloning…"
            variant="secondary"
          />
        )}
      </div>
    </SetIntro>
  );
}

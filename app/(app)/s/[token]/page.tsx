import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/sets/action-button";
import { authorName, SetIntro } from "@/components/sets/set-intro";
import { StartSetForm } from "@/components/sets/start-set-form";
import { copySet } from "@/lib/actions/sets";
import { requireUser } from "@/lib/auth/session";
import { getSharedSet } from "@/lib/dal/sets";
import { shareTokenSchema } from "@/lib/validations/sets";

export const metadata: Metadata = { title: "Shared question set", referrer: "no-referrer" };

/** A set opened through its share link: the intro, then a timed interview. */
export default async function SharedSetPage(props: PageProps<"/s/[token]">) {
  const { token } = await props.params;
  const user = await requireUser(`/s/${token}`);
  const set = shareTokenSchema.safeParse(token).success ? await getSharedSet({ token }) : null;
  if (!set) notFound();
  const own = set.ownerId === user.id;
  return (
    <SetIntro set={set}>
      <StartSetForm source={{ token }} ownerName={own ? null : authorName(set.owner.name)} />
      {own ? null : (
        <div className="border-line border-t pt-6">
          <ActionButton
            action={copySet}
            fields={{ token }}
            label="Clone into my sets"
            pendingLabel="Cloning…"
            variant="secondary"
          />
        </div>
      )}
    </SetIntro>
  );
}

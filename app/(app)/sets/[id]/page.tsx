import type { Metadata, Route } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { formatSeconds } from "@/components/questions/difficulty-badge";
import { ActionButton } from "@/components/sets/action-button";
import { AddFromBank } from "@/components/sets/add-from-bank";
import { DeleteSet } from "@/components/sets/delete-set";
import { ExportLinks } from "@/components/sets/export-links";
import { SetDetailsForm } from "@/components/sets/set-details-form";
import { SetItemsEditor } from "@/components/sets/set-items-editor";
import { CloneCredit } from "@/components/sets/set-intro";
import { questionCount, VISIBILITY_LABELS } from "@/components/sets/set-list";
import { SharingPanel } from "@/components/sets/sharing-panel";
import { WriteQuestionForm } from "@/components/sets/write-question-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { copySet, startSetInterview } from "@/lib/actions/sets";
import { idParam } from "@/lib/api";
import { requireUser } from "@/lib/auth/session";
import { searchQuestions } from "@/lib/dal/questions";
import { getOwnedSet } from "@/lib/dal/sets";
import { browseSearchSchema } from "@/lib/validations/sets";

export const metadata: Metadata = { title: "Edit set" };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card role="region" aria-labelledby={id} className="space-y-4 p-6">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </Card>
  );
}

export default async function SetEditorPage(props: PageProps<"/sets/[id]">) {
  const { id } = await props.params;
  const user = await requireUser(`/sets/${id}`);
  const set = idParam.safeParse(id).success ? await getOwnedSet({ userId: user.id, setId: id }) : null;
  if (!set) notFound();
  const { q } = browseSearchSchema.parse(await props.searchParams);
  const results = q ? await searchQuestions({ q, tags: [], page: 1 }, { userId: user.id }) : null;
  const seconds = set.items.reduce((sum, i) => sum + (i.secondsOverride ?? i.suggestedSeconds), 0);

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href={"/sets" as Route} className="text-accent-soft-ink underline underline-offset-2">
            My sets
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{set.title}</h1>
          <Badge>{VISIBILITY_LABELS[set.visibility]}</Badge>
        </div>
        <CloneCredit set={set} />
        <p className="text-ink-muted text-sm">
          {questionCount(set.items.length)} · {formatSeconds(seconds)} in all
        </p>
        <div className="flex flex-wrap items-start gap-2">
          <ActionButton
            action={startSetInterview}
            fields={{ setId: set.id }}
            label="Start interview"
            pendingLabel="Starting…"
          />
          <Link
            href={`/sets/${set.id}/results` as Route}
            className="text-accent-soft-ink self-center px-2 text-sm font-medium underline underline-offset-2"
          >
            Shared results
          </Link>
          <ActionButton
            action={copySet}
            fields={{ setId: set.id, kind: "duplicate" }}
            label="Duplicate"
            pendingLabel="Duplicating…"
            variant="secondary"
          />
        </div>
        <ExportLinks setId={set.id} />
      </header>

      <Section id="questions-heading" title="Questions">
        {set.items.length ? (
          <SetItemsEditor setId={set.id} items={set.items} />
        ) : (
          <p className="text-ink-muted text-sm">
            No questions yet. Add some from the bank or write one below.
          </p>
        )}
      </Section>

      <Section id="bank-heading" title="Add from the bank">
        <AddFromBank setId={set.id} q={q} results={results} inSet={new Set(set.items.map((i) => i.slug))} />
      </Section>

      <Section id="write-heading" title="Write a question">
        <WriteQuestionForm setId={set.id} />
      </Section>

      <Section id="sharing-heading" title="Sharing">
        <SharingPanel setId={set.id} visibility={set.visibility} shareToken={set.shareToken} />
      </Section>

      <Section id="details-heading" title="Details">
        <SetDetailsForm set={set} />
      </Section>

      <Section id="delete-heading" title="Delete">
        <DeleteSet setId={set.id} title={set.title} />
      </Section>
    </div>
  );
}

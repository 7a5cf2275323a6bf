import type { Metadata } from "next";
import { ImportWizard } from "@/components/set-import/import-wizard";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import a set" };

export default async function ImportSetPage() {
  await requireUser("/sets/import");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Import a set</h1>
        <p className="text-ink-muted mt-2">
          Bring questions from a Rehearse export, a Markdown file, a spreadsheet saved as CSV or an Anki deck.
          You see every question and any problem before anything is saved; the questions become your private
          questions in a new private set.
        </p>
      </header>
      <Card className="p-6">
        <ImportWizard />
      </Card>
    </div>
  );
}

import type { Metadata, Route } from "next";
import { SetDetailsForm } from "@/components/sets/set-details-form";
import { SetList } from "@/components/sets/set-list";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { listMySets } from "@/lib/dal/sets";

export const metadata: Metadata = { title: "My sets" };

export default async function MySetsPage() {
  const user = await requireUser("/sets");
  const sets = await listMySets({ userId: user.id });
  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">My sets</h1>
          <p className="text-ink-muted mt-2">
            Question sets you put together for interviews: pick questions, order them, set the time, share.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={"/sets/browse" as Route} variant="secondary">
            Browse sets
          </ButtonLink>
          <ButtonLink href={"/sets/import" as Route} variant="secondary">
            Import a set
          </ButtonLink>
        </div>
      </header>

      {sets.length ? (
        <section aria-labelledby="your-sets" className="space-y-3">
          <h2 id="your-sets" className="sr-only">
            Your sets
          </h2>
          <SetList sets={sets} hrefFor={(id) => `/sets/${id}` as Route} />
        </section>
      ) : (
        <EmptyState title="No sets yet">
          Create your first set below, or clone a public one from Browse sets.
        </EmptyState>
      )}

      <Card role="region" aria-labelledby="new-set" className="max-w-2xl space-y-4 p-6">
        <h2 id="new-set" className="text-xl font-semibold">
          New set
        </h2>
        <SetDetailsForm />
      </Card>
    </div>
  );
}

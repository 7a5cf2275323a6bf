import type { Metadata } from "next";
import { StartForm } from "@/components/interviews/start-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listPublicTags } from "@/lib/dal/questions";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  await requireUser("/practice");
  const tags = await listPublicTags();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Practice</h1>
        <p className="text-ink-muted mt-2">
          A timed mock interview drawn from the question bank. The clock starts when you press Start interview
          and keeps running between questions, as in a real interview.
        </p>
      </header>
      <Card className="p-6">
        <StartForm tags={tags} />
      </Card>
    </div>
  );
}

import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage(props: PageProps<"/sign-up">) {
  const next = safeNextPath((await props.searchParams).next);
  if (await getCurrentUser()) redirect(next as Route);
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Create your account</h1>
      <p className="text-ink-muted mt-1 mb-6 text-sm">
        Free. Your answers stay private unless you share them.
      </p>
      <SignUpForm next={next} />
    </Card>
  );
}

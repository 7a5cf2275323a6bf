import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { enabledOAuthProviders } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const params = await props.searchParams;
  const next = safeNextPath(params.next);
  if (await getCurrentUser()) redirect(next as Route);
  const error = typeof params.error === "string" ? params.error.slice(0, 100) : null;
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="text-ink-muted mt-1 mb-6 text-sm">Welcome back. Your practice history is waiting.</p>
      <SignInForm next={next} initialError={error} providers={enabledOAuthProviders} />
    </Card>
  );
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NameForm } from "@/components/account/name-form";
import { PasswordForm } from "@/components/account/password-form";
import { DeleteAccount, SignOutEverywhere } from "@/components/account/session-controls";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account" };

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  const id = title.toLowerCase().replace(/\W+/g, "-");
  return (
    <Card className="p-6" role="region" aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="text-ink-muted mt-1 mb-5 text-sm">{description}</p>
      {children}
    </Card>
  );
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Account</h1>
        <p className="text-ink-muted mt-2">Signed in as {user.email}</p>
      </header>
      <Section title="Profile" description="Shown to interviewers when you share results with them.">
        <NameForm name={user.name ?? ""} />
      </Section>
      <Section
        title="Password"
        description="Changing it keeps you signed in here and signs out everywhere else."
      >
        <PasswordForm />
      </Section>
      <Section
        title="Sessions"
        description="Lost a device or used a shared computer? End every session at once."
      >
        <SignOutEverywhere />
      </Section>
      <Section title="Delete account" description="Removes you and everything you have practised.">
        <DeleteAccount email={user.email} />
      </Section>
    </div>
  );
}

"use client";

import type { Route } from "next";
import Link from "@/components/ui/link";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { prefetchCsrfToken, signInWithPassword, signInWithProvider } from "./next-auth-client";

export interface SignInFormProps {
  next: string;
  initialError?: string | null;
  providers: { id: string; name: string }[];
}

export function SignInForm({ next, initialError, providers }: SignInFormProps) {
  const [error, setError] = useState<string | null>(signInErrorMessage(initialError));
  const [pending, setPending] = useState(false);
  useEffect(() => void prefetchCsrfToken().catch(() => undefined), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signInWithPassword(
      String(form.get("email") ?? ""),
      String(form.get("password") ?? ""),
    );
    if (result.ok) {
      // A full load, so everything on the page (the header too) starts from the new session.
      window.location.assign(next);
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result.error));
  }

  return (
    <div className="space-y-6">
      <form method="post" onSubmit={submit} className="space-y-4" noValidate>
        <FormMessage>{error}</FormMessage>
        <TextField name="email" label="Email" type="email" autoComplete="email" required maxLength={254} />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={256}
        />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {providers.length ? (
        <div className="space-y-2">
          <p className="text-ink-muted text-center text-xs">or continue with</p>
          {providers.map((provider) => (
            <Button
              key={provider.id}
              variant="secondary"
              className="w-full"
              onClick={() => void signInWithProvider(provider.id, next)}
            >
              {provider.name}
            </Button>
          ))}
        </div>
      ) : null}
      <p className="text-ink-muted text-center text-sm">
        New here?{" "}
        <Link
          href={`/sign-up?next=${encodeURIComponent(next)}` as Route}
          className="text-accent-soft-ink font-medium underline underline-offset-2"
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}

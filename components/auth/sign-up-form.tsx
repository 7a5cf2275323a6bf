"use client";

import type { Route } from "next";
import Link from "@/components/ui/link";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { signUp } from "@/lib/actions/auth";
import type { ActionResult } from "@/lib/actions/result";
import { PASSWORD_MIN } from "@/lib/validations/auth";
import { prefetchCsrfToken, signInWithPassword } from "./next-auth-client";

export function SignUpForm({ next }: { next: string }) {
  const credentials = useRef({ email: "", password: "" });
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(signUp, null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => void prefetchCsrfToken().catch(() => undefined), []);

  // Submitting by hand keeps what was typed when the server refuses it (a form action resets).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    credentials.current = {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    startTransition(() => action(form));
  }

  // The account exists: sign in through the same path as the sign-in page.
  useEffect(() => {
    if (!state?.ok) return;
    const { email, password } = credentials.current;
    void signInWithPassword(email, password).then((result) => {
      // A full load, so everything on the page (the header too) starts from the new session.
      window.location.assign(result.ok ? next : `/sign-in?next=${encodeURIComponent(next)}`);
    });
  }, [state, next]);

  return (
    <div className="space-y-6">
      <form method="post" onSubmit={submit} className="space-y-4" noValidate>
        <FormMessage>{failed?.message}</FormMessage>
        <TextField
          name="name"
          label="Name"
          autoComplete="name"
          required
          maxLength={80}
          errors={failed?.fieldErrors?.name}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          errors={failed?.fieldErrors?.email}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          maxLength={256}
          hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`}
          errors={failed?.fieldErrors?.password}
        />
        <Button type="submit" className="w-full" disabled={pending || Boolean(state?.ok)}>
          {pending || state?.ok ? "Creating your account…" : "Create account"}
        </Button>
      </form>
      <p className="text-ink-muted text-center text-sm">
        Already have an account?{" "}
        <Link
          href={`/sign-in?next=${encodeURIComponent(next)}` as Route}
          className="text-accent-soft-ink font-medium underline underline-offset-2"
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}

import Link from "next/link";

export function SignInLinks() {
  return (
    <>
      <Link href="/sign-in" className="rounded-lg px-2 py-2 text-sm text-ink-muted hover:bg-surface-muted hover:text-ink sm:px-3">
        Sign in
      </Link>
      <Link href="/sign-up" className="rounded-lg bg-accent px-3 py-2 text-sm font-medium text-accent-ink hover:opacity-90 max-sm:hidden">
        Get started
      </Link>
    </>
  );
}

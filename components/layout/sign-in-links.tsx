import Link from "@/components/ui/link";

export function SignInLinks() {
  return (
    <>
      <Link
        href="/sign-in"
        className="text-ink-muted hover:bg-surface-muted hover:text-ink rounded-lg px-2 py-2 text-sm sm:px-3"
      >
        Sign in
      </Link>
      <Link
        href="/sign-up"
        className="bg-accent text-accent-ink rounded-lg px-3 py-2 text-sm font-medium hover:opacity-90 max-sm:hidden"
      >
        Get started
      </Link>
    </>
  );
}

import Link from "next/link";
import { AccountNav } from "./account-nav";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="border-line bg-canvas/90 sticky top-0 z-20 border-b backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span
            aria-hidden="true"
            className="bg-accent text-accent-ink grid size-7 place-items-center rounded-lg text-sm font-bold"
          >
            R
          </span>
          <span className="max-sm:sr-only">Rehearse</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link
            href="/questions"
            className="text-ink-muted hover:bg-surface-muted hover:text-ink rounded-lg px-2 py-2 sm:px-3"
          >
            Question bank
          </Link>
          <Link
            href="/practice"
            className="text-ink-muted hover:bg-surface-muted hover:text-ink rounded-lg px-2 py-2 sm:px-3"
          >
            Practice
          </Link>
          <Link
            href="/history"
            className="text-ink-muted hover:bg-surface-muted hover:text-ink rounded-lg px-2 py-2 sm:px-3"
          >
            History
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
          <AccountNav />
        </div>
      </div>
    </header>
  );
}

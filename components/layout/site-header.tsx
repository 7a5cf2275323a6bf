import Link from "next/link";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-canvas/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-lg bg-accent text-sm font-bold text-accent-ink">
            R
          </span>
          Rehearse
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link href="/questions" className="rounded-lg px-3 py-2 text-ink-muted hover:bg-surface-muted hover:text-ink">
            Question bank
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}

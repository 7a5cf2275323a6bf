import Link from "@/components/ui/link";
import { AccountNav } from "./account-nav";
import { MobileNav } from "./mobile-nav";
import { ThemeToggle } from "./theme-toggle";

const LINKS = [
  { href: "/questions", label: "Question bank" },
  { href: "/practice", label: "Practice" },
  { href: "/sets", label: "Sets" },
  { href: "/history", label: "History" },
  { href: "/progress", label: "Progress" },
] as const;

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
        {/* On a phone the links are behind a Menu button; in between they scroll sideways rather
            than push the account links off screen. */}
        <MobileNav links={LINKS} />
        <nav
          aria-label="Main"
          className="-my-1 flex min-w-0 items-center gap-1 overflow-x-auto py-1 text-sm max-sm:hidden"
        >
          {LINKS.map(({ href, label }) => (
            <Link
              key={href}
              href={href}
              className="text-ink-muted hover:bg-surface-muted hover:text-ink shrink-0 rounded-lg px-2 py-2 whitespace-nowrap sm:px-3"
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <ThemeToggle />
          <AccountNav />
        </div>
      </div>
    </header>
  );
}

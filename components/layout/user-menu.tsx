"use client";

import Link from "@/components/ui/link";
import { signOutAndLeave } from "./sign-out";
import { useDisclosure } from "./use-disclosure";

const MENU_LINKS = [
  { href: "/my-questions", label: "My questions" },
  { href: "/sets", label: "My sets" },
  { href: "/account", label: "Account" },
] as const;

/** A disclosure menu: Escape closes it and returns focus, clicking elsewhere closes it. */
export function UserMenu({ name, email }: { name: string; email: string }) {
  const { open, close, buttonProps, panelProps } = useDisclosure<HTMLDivElement>();

  const initial = (name || email).trim().charAt(0).toUpperCase() || "?";
  const item = "block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-surface-muted";
  return (
    <div className="relative">
      <button
        {...buttonProps}
        className="hover:bg-surface-muted flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm"
      >
        <span
          aria-hidden="true"
          className="bg-accent-soft text-accent-soft-ink grid size-7 place-items-center rounded-full text-xs font-semibold"
        >
          {initial}
        </span>
        <span className="max-w-32 truncate max-sm:sr-only">{name || email}</span>
        <span className="sr-only">, account menu</span>
      </button>
      {open ? (
        <div
          {...panelProps}
          className="border-line bg-surface absolute right-0 mt-2 w-56 rounded-xl border p-1.5 shadow-lg"
        >
          <p className="text-ink-muted truncate px-3 py-2 text-xs">{email}</p>
          {MENU_LINKS.map(({ href, label }) => (
            <Link key={href} href={href} className={item} onClick={close}>
              {label}
            </Link>
          ))}
          <button type="button" className={item} onClick={() => void signOutAndLeave("/")}>
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}

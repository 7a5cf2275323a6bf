"use client";

import type { Route } from "next";
import Link from "@/components/ui/link";
import { useDisclosure } from "./use-disclosure";

/** On a phone, the main links behind a Menu button; the panel opens over the page, moving nothing. */
export function MobileNav({ links }: { links: readonly { href: Route; label: string }[] }) {
  const { open, close, buttonProps, panelProps } = useDisclosure();
  return (
    <div className="sm:hidden">
      <button
        {...buttonProps}
        className="text-ink hover:bg-surface-muted flex items-center gap-1.5 rounded-lg px-2 py-2 text-sm"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor">
          <path d="M2 4h12M2 8h12M2 12h12" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      {open ? (
        <nav
          {...panelProps}
          aria-label="Main"
          className="border-line bg-surface absolute inset-x-0 top-full border-b p-2 shadow-lg"
        >
          <ul>
            {links.map(({ href, label }) => (
              <li key={href}>
                <Link
                  href={href}
                  onClick={close}
                  className="hover:bg-surface-muted block rounded-lg px-3 py-3 text-sm font-medium"
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}

"use client";

import { useSyncExternalStore } from "react";

type Theme = "system" | "light" | "dark";
const ORDER: Theme[] = ["system", "light", "dark"];
const LABEL: Record<Theme, string> = { system: "System", light: "Light", dark: "Dark" };
const listeners = new Set<() => void>();

function apply(theme: Theme) {
  const dark =
    theme === "dark" || (theme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

function readTheme(): Theme {
  const saved = localStorage.getItem("theme");
  return saved === "light" || saved === "dark" ? saved : "system";
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const follow = () => apply(readTheme());
  media.addEventListener("change", follow);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener("change", follow);
    window.removeEventListener("storage", listener);
  };
}

/** Cycles System → Light → Dark; the choice is kept in this browser. */
export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme>(subscribe, readTheme, () => "system");

  function next() {
    const value = ORDER[(ORDER.indexOf(theme) + 1) % ORDER.length] ?? "system";
    if (value === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", value);
    apply(value);
    listeners.forEach((notify) => notify());
  }

  return (
    <button
      type="button"
      onClick={next}
      className="text-ink-muted hover:bg-surface-muted hover:text-ink inline-flex h-9 items-center gap-2 rounded-lg px-2.5 text-sm"
      aria-label={`Theme: ${LABEL[theme]}. Change theme`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        {theme === "dark" ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
        ) : theme === "light" ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <>
            <rect x="3" y="4" width="18" height="12" rx="2" />
            <path d="M8 20h8M12 16v4" />
          </>
        )}
      </svg>
      <span className="hidden sm:inline">{LABEL[theme]}</span>
    </button>
  );
}

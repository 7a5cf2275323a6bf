import type { ReactNode } from "react";

/** The skip link's target. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto w-full max-w-6xl flex-1 px-4 pt-8 outline-none sm:px-6 sm:pt-12"
    >
      {children}
    </main>
  );
}

"use client";

import { Unavailable } from "@/components/layout/unavailable";
import "./globals.css";

/** Replaces the whole document when even the root layout failed to render. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-16">
          <title>Temporarily unavailable · Rehearse</title>
          <Unavailable reset={reset} />
        </main>
      </body>
    </html>
  );
}

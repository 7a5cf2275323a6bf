import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { PageMain } from "@/components/layout/page-main";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { themeScript } from "@/components/layout/theme-script";
import { ZOD_JITLESS_SCRIPT } from "@/lib/security/csp";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rehearse — interview practice", template: "%s · Rehearse" },
  description: "Study a question bank, run timed mock interviews and grade yourself against key points.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0d0e15" },
  ],
};

// Every page renders per request, so each carries the nonce of its own Content-Security-Policy
// (proxy.ts); the data behind public pages stays cached (see the bank and question pages).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Browsers hide a nonce from the DOM once applied, so the client never sees the same value. */}
        <script
          nonce={nonce}
          suppressHydrationWarning
          dangerouslySetInnerHTML={{ __html: ZOD_JITLESS_SCRIPT + themeScript }}
        />
      </head>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="bg-accent text-accent-ink sr-only z-50 rounded-lg px-4 py-2 focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        <SiteHeader />
        <PageMain>{children}</PageMain>
        <SiteFooter />
      </body>
    </html>
  );
}

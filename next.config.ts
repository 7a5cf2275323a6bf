import type { NextConfig } from "next";
import { BANK_SEARCH_PARAMS as SEARCH_PARAMS, PATH_SAFE_VALUE } from "./lib/bank-search-routing";

// Each distinct bank search is its own cached page (app/(app)/questions/results/[key]). These
// rewrites map /questions?q=…&tags=…&difficulty=…&page=… onto it without running code per request:
// one rule per combination of present parameters; the page parses (and repairs) what it is given.
// Values with characters that would break a path segment are left to proxy.ts instead.

const bankSearchRewrites = Array.from({ length: 2 ** SEARCH_PARAMS.length }, (_, mask) => {
  const present = SEARCH_PARAMS.filter((_, i) => mask & (1 << i));
  const absent = SEARCH_PARAMS.filter((_, i) => !(mask & (1 << i)));
  const key = present.map((name) => `${name}=:${name}`).join("&") || "all";
  return {
    source: "/questions",
    has: present.map((name) => ({
      type: "query" as const,
      key: name,
      value: `(?<${name}>${PATH_SAFE_VALUE})`,
    })),
    missing: absent.map((name) => ({ type: "query" as const, key: name })),
    destination: `/questions/results/${key}`,
  };
});

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: true,
  // The build type-checks the app; `npm run check` type-checks everything (scripts, tests too).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "sanitize-html", "sql.js"],
  experimental: {
    // On-demand cached pages stay in memory (an LRU of 50 MB), never on disk: any number of
    // distinct searches can't fill the disk, and a restart starts from fresh data.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return { beforeFiles: bankSearchRewrites, afterFiles: [], fallback: [] };
  },
  // The same on every response. Pages get their Content-Security-Policy (with a nonce) and HSTS
  // from proxy.ts; API answers are data, never documents, so theirs allows nothing at all.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
          },
        ],
      },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;

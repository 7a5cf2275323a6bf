"use client";

import { Unavailable } from "@/components/layout/unavailable";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <Unavailable reset={reset} />;
}

"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export interface UnavailableProps {
  reset: () => void;
}

/**
 * What a page shows when the server could not render it — most often because the database is
 * briefly away. Production errors carry no details to the browser, so it never shows a trace.
 */
export function Unavailable({ reset }: UnavailableProps) {
  const router = useRouter();
  // A server component failed: fetch it again, then clear the error boundary.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <EmptyState
      title="Rehearse is temporarily unavailable"
      action={<Button onClick={retry}>Try again</Button>}
    >
      We could not load this page just now. Nothing you saved is lost; try again in a few seconds.
    </EmptyState>
  );
}

import type { Route } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ShareLinkNotFound() {
  return (
    <EmptyState
      title="This link is no longer valid"
      action={<ButtonLink href={"/sets/browse" as Route}>Browse public sets</ButtonLink>}
    >
      The set&apos;s owner may have revoked or replaced it. Ask them for a new link.
    </EmptyState>
  );
}

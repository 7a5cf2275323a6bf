import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      action={<ButtonLink href="/questions">Browse the question bank</ButtonLink>}
    >
      The page you asked for does not exist, or it is not yours to see.
    </EmptyState>
  );
}

import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function QuestionNotFound() {
  return (
    <EmptyState
      title="Question not found"
      action={<ButtonLink href="/questions">Back to the question bank</ButtonLink>}
    >
      This question does not exist, or it is private to its author.
    </EmptyState>
  );
}

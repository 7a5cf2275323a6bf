import { cn } from "@/components/ui/cn";

export interface AnswerNotesProps {
  /** Sanitized HTML from `renderMarkdown` (lib/markdown.ts), never anything else. */
  html: string;
  className?: string;
}

/** Model answer notes as the question page shows them; the editor's preview uses the same box. */
export function AnswerNotes({ html, className }: AnswerNotesProps) {
  return (
    <div
      className={cn("prose-answer border-line bg-surface rounded-xl border p-6", className)}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

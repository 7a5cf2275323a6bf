"use client";

import { useEffect, useRef, useState } from "react";
import { previewMarkdown } from "@/lib/actions/markdown-preview";
import { QUESTION_LIMITS } from "@/lib/validations/authored-question";
import { AnswerNotes } from "./answer-notes";
import { TextAreaField } from "./text-area-field";

export interface NotesEditorProps {
  initial: string;
  /** `initial` already rendered by the server, so the preview shows at once. */
  initialHtml: string;
  errors?: string[];
}

const DEBOUNCE_MS = 300;

/**
 * Markdown answer notes beside a live preview. The preview is rendered and sanitized by the
 * server, exactly as the question page renders it; nothing the author types reaches the page raw.
 */
export function NotesEditor({ initial, initialHtml, errors }: NotesEditorProps) {
  const [markdown, setMarkdown] = useState(initial);
  const [html, setHtml] = useState(initialHtml);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const latest = useRef(0);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const request = ++latest.current;
    setPending(true);
    const timer = setTimeout(() => {
      previewMarkdown(markdown)
        .then((result) => {
          if (request !== latest.current) return; // a newer edit is on its way
          setProblem(result.ok ? null : result.message);
          if (result.ok) setHtml(result.data);
        })
        .catch(() => request === latest.current && setProblem("The preview could not be updated."))
        .finally(() => request === latest.current && setPending(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [markdown]);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField
        name="answerNotes"
        label="Answer notes"
        hint="Markdown: **bold**, lists, links, and code in ``` fences with a language (```ts)."
        errors={errors}
        rows={16}
        maxLength={QUESTION_LIMITS.answerNotes.max}
        value={markdown}
        onChange={(event) => setMarkdown(event.target.value)}
        controlClassName="font-mono"
      />
      <section aria-labelledby="notes-preview-heading" aria-busy={pending} className="min-w-0 space-y-1.5">
        <h2 id="notes-preview-heading" className="text-sm font-medium">
          Preview
        </h2>
        {problem ? (
          <p role="alert" className="text-danger text-sm">
            {problem}
          </p>
        ) : null}
        {html ? (
          <AnswerNotes html={html} />
        ) : (
          <p className="text-ink-muted border-line rounded-xl border border-dashed p-6 text-sm">
            The notes appear here as the question page will show them.
          </p>
        )}
      </section>
    </div>
  );
}

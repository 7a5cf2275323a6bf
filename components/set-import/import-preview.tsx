"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/form-field";
import type { ImportPreview as Preview } from "@/lib/sets/io/preview";
import { SET_LIMITS } from "@/lib/sets/limits";
import { PreviewTable } from "./preview-table";

export interface ImportPreviewProps {
  preview: Preview;
  pending: boolean;
  error: string | null;
  onConfirm: (title: string) => void;
  onCancel: () => void;
}

const FORMAT_NAMES = { json: "JSON", md: "Markdown", csv: "CSV", apkg: "Anki deck" } as const;
const count = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;

/** What the file would create, before anything is written: the title, every question and its problems. */
export function ImportPreview({ preview, pending, error, onConfirm, onCancel }: ImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { counts } = preview;
  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm(String(new FormData(event.currentTarget).get("title") ?? ""));
  }

  const rows = onlyProblems ? preview.rows.filter((r) => r.errors.length || r.warnings.length) : preview.rows;
  return (
    <form onSubmit={submit} className="space-y-5" noValidate>
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold outline-none">
        Preview: {FORMAT_NAMES[preview.format]} file
      </h2>
      <p role="status" className="text-sm">
        {count(counts.ready, "question")} ready to import
        {counts.blocked ? `, ${count(counts.blocked, "question")} with errors (left out)` : ""}
        {counts.duplicates ? `, ${count(counts.duplicates, "duplicate")} skipped` : ""}. Nothing is saved
        until you import.
      </p>
      {preview.warnings.length ? (
        <ul aria-label="Notes about the file" className="text-ink-muted list-disc space-y-1 pl-5 text-sm">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <TextField
        name="title"
        label="Set title"
        defaultValue={preview.file.title}
        maxLength={SET_LIMITS.title.max}
        required
      />
      {preview.file.description ? (
        <p className="text-ink-muted text-sm whitespace-pre-line">{preview.file.description}</p>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={onlyProblems}
          onChange={(e) => setOnlyProblems(e.target.checked)}
          className="accent-accent size-4"
        />
        Show only questions with problems
      </label>
      <PreviewTable rows={rows} />
      <FormMessage>{error}</FormMessage>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending || !counts.ready}>
          {pending ? "Importing…" : `Import ${count(counts.ready, "question")}`}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Choose another file
        </Button>
      </div>
    </form>
  );
}

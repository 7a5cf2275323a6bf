"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-field";
import type { ImportPreview as Preview } from "@/lib/sets/io/preview";
import { IMPORT_LIMITS } from "@/lib/sets/limits";
import { ImportPreview } from "./import-preview";

const ACCEPT = ".json,.md,.markdown,.csv,.tsv,.tab,.txt,.apkg";
const MAX_MB = IMPORT_LIMITS.bytes / 1024 / 1024;

type Answer = { ok: true; preview: Preview } | { ok: true; url: string } | { ok: false; message: string };

async function send(url: string, body: BodyInit): Promise<Answer> {
  try {
    const response = await fetch(url, { method: "POST", body });
    return (await response.json()) as Answer;
  } catch {
    return { ok: false, message: "The connection failed. Check your network and try again." };
  }
}

/** Choose a file → preview what it would create → import it as a new private set. */
export function ImportWizard() {
  const router = useRouter();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || !file.name) return setError("Choose a file to import.");
    if (file.size > IMPORT_LIMITS.bytes)
      return setError(`The file is larger than ${MAX_MB} MB, the most an import may be.`);
    setPending(true);
    setError(null);
    const answer = await send(`/api/sets/import?name=${encodeURIComponent(file.name)}`, file);
    setPending(false);
    if (!answer.ok) return setError(answer.message);
    if ("preview" in answer) setPreview(answer.preview);
  }

  async function confirm(title: string) {
    if (!preview) return;
    setPending(true);
    setError(null);
    const answer = await send("/api/sets/import/confirm", JSON.stringify({ ...preview.file, title }));
    if (!answer.ok) {
      setPending(false);
      return setError(answer.message);
    }
    if ("url" in answer) router.push(answer.url as Route);
  }

  if (preview)
    return (
      <ImportPreview
        preview={preview}
        pending={pending}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setPreview(null);
          setError(null);
        }}
      />
    );
  return (
    <form onSubmit={upload} className="space-y-4" noValidate>
      <FormMessage>{error}</FormMessage>
      <div className="space-y-1.5">
        <Label htmlFor="set-file">Set file</Label>
        <Input
          id="set-file"
          name="file"
          type="file"
          accept={ACCEPT}
          required
          aria-describedby="set-file-hint"
          className="h-auto py-2"
        />
        <p id="set-file-hint" className="text-ink-muted text-xs">
          JSON, Markdown, CSV or TSV, or an Anki deck (.apkg); up to {MAX_MB} MB and{" "}
          {IMPORT_LIMITS.questions.toLocaleString("en")} questions.
        </p>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Reading the file…" : "Preview import"}
      </Button>
    </form>
  );
}

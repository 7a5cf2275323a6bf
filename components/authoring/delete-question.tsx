"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-field";
import { deleteQuestion, makeQuestionPrivate } from "@/lib/actions/questions";
import type { ActionResult } from "@/lib/actions/result";

export interface DeleteQuestionProps {
  slug: string;
  prompt: string;
  isPublic: boolean;
  /** The author's own answers, deleted with the question. */
  ownAttempts: number;
  /** Other people answered it or keep it in a set: deleting is refused, going private is offered. */
  usedByOthers: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Delete, behind a confirmation that says what goes with the question. */
export function DeleteQuestion({ slug, prompt, isPublic, ownAttempts, usedByOthers }: DeleteQuestionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleted, deleteAction, deleting] = useActionState<ActionResult | null, FormData>(
    deleteQuestion,
    null,
  );
  const [hidden, privateAction, hiding] = useActionState<ActionResult | null, FormData>(
    makeQuestionPrivate,
    null,
  );
  const refused = usedByOthers || (deleted && !deleted.ok);
  const titleId = `delete-${slug}-title`;

  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => dialog.current?.showModal()}>
        Delete<span className="sr-only"> “{prompt}”</span>
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="border-line bg-surface text-ink m-auto max-w-md rounded-xl border p-6 shadow-lg backdrop:bg-black/40"
      >
        <h2 id={titleId} className="text-lg font-semibold">
          Delete this question?
        </h2>
        <p className="mt-2 text-sm break-words">“{prompt}”</p>
        {refused ? (
          <div className="mt-4 space-y-3">
            <FormMessage>
              {deleted && !deleted.ok
                ? deleted.message
                : "Other people have answered this question or keep it in a set, so deleting it would delete their history. It can't be deleted."}
            </FormMessage>
            {hidden ? <FormMessage ok={hidden.ok}>{hidden.message ?? null}</FormMessage> : null}
            {isPublic && !hidden?.ok ? (
              <form action={privateAction}>
                <input type="hidden" name="slug" value={slug} />
                <Button type="submit" disabled={hiding}>
                  Make it private instead
                </Button>
              </form>
            ) : null}
          </div>
        ) : (
          <p className="text-ink-muted mt-4 text-sm">
            It is deleted for good
            {ownAttempts ? `, with your own ${plural(ownAttempts, "answer", "answers")} to it` : ""}, and
            taken out of your sets. This can&apos;t be undone.
          </p>
        )}
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {refused ? "Close" : "Cancel"}
          </Button>
          {refused ? null : (
            <form action={deleteAction}>
              <input type="hidden" name="slug" value={slug} />
              <Button type="submit" variant="danger" disabled={deleting}>
                {deleting ? "Deleting…" : "Delete question"}
              </Button>
            </form>
          )}
        </div>
      </dialog>
    </>
  );
}

"use client";

import { useEffect, useEffectEvent, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { MAX_ANSWER_CHARS } from "@/lib/interviews/limits";
import type { AnswerDraft } from "./runner-api";
import { useAutosave, type SaveStatus } from "./use-autosave";

export interface AnswerBoxProps {
  interviewId: string;
  position: number;
  initial: AnswerDraft;
  paused: boolean;
  /** The deadline has passed: no more typing; what is unsaved goes out at once. */
  expired: boolean;
  /** A submit, skip or pause is on its way. */
  busy: boolean;
  /** Resolves true when the server took it; false leaves the text here to try again. */
  onSubmit: (input: { skip: boolean; answer?: AnswerDraft }) => Promise<boolean>;
  /** A save the server refused (time up, already submitted, signed out). */
  onRefused: (message: string, conflict: boolean) => void;
}

const COUNTER_FROM = MAX_ANSWER_CHARS * 0.9;
const TIME = { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" } as const;

function statusText(status: SaveStatus) {
  switch (status.kind) {
    case "idle":
      return "Your answer saves automatically as you type.";
    case "saving":
      return "Saving…";
    case "saved":
      return status.at ? `Saved at ${new Date(status.at).toLocaleTimeString(undefined, TIME)}` : "Saved";
    case "retrying":
      return "Not saved — retrying";
    case "refused":
      return "Not saved";
  }
}

/** The answer being written, saved as it changes; submit and skip send its newest text. */
export function AnswerBox(props: AnswerBoxProps) {
  const { interviewId, position, initial, paused, expired, busy } = props;
  const [text, setText] = useState(initial.text);
  const { saver, status } = useAutosave(interviewId, position, initial);

  const refused = useEffectEvent((message: string, conflict: boolean) => props.onRefused(message, conflict));
  useEffect(() => {
    if (status.kind === "refused") refused(status.message, status.conflict);
  }, [status]);

  // Out of time or paused: what is unsaved goes now, while the server still takes it.
  useEffect(() => {
    if (expired || paused) void saver.flush();
  }, [expired, paused, saver]);

  async function submit(skip: boolean) {
    if (busy || paused) return;
    const draft = saver.snapshot();
    saver.stop();
    const accepted = await props.onSubmit({ skip, answer: draft.revision > 0 ? draft : undefined });
    if (!accepted) saver.resume();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit(false);
    }
  }

  const nearLimit = text.length >= COUNTER_FROM;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label htmlFor="answer" className="text-ink text-sm font-medium">
          Your answer
        </label>
        <p
          className={cn("text-sm", status.kind === "retrying" ? "text-danger font-medium" : "text-ink-muted")}
        >
          {statusText(status)}
        </p>
      </div>
      <textarea
        id="answer"
        name="answer"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          saver.change(event.target.value);
        }}
        onBlur={() => void saver.flush()}
        onKeyDown={onKeyDown}
        maxLength={MAX_ANSWER_CHARS}
        disabled={paused}
        readOnly={expired}
        rows={12}
        aria-describedby={nearLimit ? "answer-hint answer-count" : "answer-hint"}
        className="border-line bg-surface text-ink placeholder:text-ink-muted block min-h-64 w-full resize-y rounded-lg border px-3 py-2 font-mono text-sm leading-6 focus-visible:outline-2 disabled:opacity-60"
      />
      <div className="text-ink-muted flex flex-wrap justify-between gap-2 text-xs">
        <p id="answer-hint">Markdown allowed. Ctrl + Enter (⌘ + Enter on a Mac) submits.</p>
        {nearLimit ? (
          <p id="answer-count" className="text-danger font-medium tabular-nums">
            {text.length.toLocaleString("en")} of {MAX_ANSWER_CHARS.toLocaleString("en")} characters
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => void submit(false)} disabled={busy || paused}>
          Submit answer
        </Button>
        <Button variant="secondary" onClick={() => void submit(true)} disabled={busy || paused}>
          Skip
        </Button>
      </div>
    </div>
  );
}

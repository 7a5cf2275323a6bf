"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ApiError, saveAnswer, type AnswerDraft } from "./runner-api";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string | null }
  | { kind: "retrying" }
  | { kind: "refused"; message: string; conflict: boolean };

const DEBOUNCE_MS = 1_500;
const PERIODIC_MS = 5_000;
const MAX_RETRY_MS = 30_000;

type Send = (draft: AnswerDraft, keepalive: boolean) => Promise<{ savedAt: string }>;

/**
 * Keeps one answer saved: each edit bumps a revision (the server keeps only newer ones, so saves
 * may land in any order), and saves go out after a pause in typing, every few seconds while
 * typing, on demand, and again with growing delays while the network or server fails.
 */
export class AnswerSaver {
  private draft: AnswerDraft;
  private saved: number;
  private busy = false;
  private paused = false;
  private failures = 0;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private periodic: ReturnType<typeof setInterval> | undefined;

  constructor(
    initial: AnswerDraft,
    private readonly send: Send,
    private readonly onStatus: (status: SaveStatus) => void,
  ) {
    this.draft = initial;
    this.saved = initial.revision;
  }

  get dirty() {
    return this.draft.revision > this.saved;
  }

  /** The newest text and its revision, for a submit that carries it. */
  snapshot(): AnswerDraft {
    return this.draft;
  }

  start() {
    this.paused = false;
    this.periodic ??= setInterval(() => {
      if (!this.retryTimer) void this.flush();
    }, PERIODIC_MS);
  }

  /** Stops every timer; answers that arrive later change nothing. */
  stop() {
    this.paused = true;
    clearInterval(this.periodic);
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.periodic = this.debounceTimer = this.retryTimer = undefined;
  }

  /** Saving again after a failed submit. */
  resume() {
    this.start();
    if (this.dirty) this.schedule();
  }

  change(text: string) {
    this.draft = { text, revision: this.draft.revision + 1 };
    this.schedule();
  }

  private schedule() {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.flush();
    }, DEBOUNCE_MS);
  }

  /** Saves now if anything is unsaved. `keepalive` lets the request outlive a closing tab. */
  async flush(keepalive = false) {
    if (this.paused || !this.dirty || (this.busy && !keepalive)) return;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.retryTimer);
    this.debounceTimer = this.retryTimer = undefined;
    const draft = this.draft;
    this.busy = true;
    this.onStatus({ kind: "saving" });
    try {
      const { savedAt } = await this.send(draft, keepalive);
      if (this.paused) return;
      this.saved = Math.max(this.saved, draft.revision);
      this.failures = 0;
      if (!this.dirty) this.onStatus({ kind: "saved", at: savedAt });
    } catch (error) {
      if (this.paused) return;
      const failure = error instanceof ApiError ? error : new ApiError(0, String(error));
      if (failure.retryable) {
        this.failures += 1;
        this.onStatus({ kind: "retrying" });
        const delay = Math.min(MAX_RETRY_MS, 1_000 * 2 ** (this.failures - 1));
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          void this.flush();
        }, delay);
      } else {
        // Refused for a reason a retry won't fix (time up, signed out): the next edit tries again.
        this.onStatus({ kind: "refused", message: failure.message, conflict: failure.status === 409 });
      }
    } finally {
      this.busy = false;
    }
    // Typed while that save was on its way: save that too, after the usual pause.
    if (this.dirty && !this.paused && !this.retryTimer && !this.debounceTimer) this.schedule();
  }
}

/** The saver for one question of one interview, with its visible status. */
export function useAutosave(interviewId: string, position: number, initial: AnswerDraft) {
  const [status, setStatus] = useState<SaveStatus>(
    initial.revision > 0 ? { kind: "saved", at: null } : { kind: "idle" },
  );
  const { mutateAsync } = useMutation({
    mutationFn: ({ draft, keepalive }: { draft: AnswerDraft; keepalive: boolean }) =>
      saveAnswer(interviewId, { position, ...draft }, keepalive),
  });
  const [saver] = useState(
    () => new AnswerSaver(initial, (draft, keepalive) => mutateAsync({ draft, keepalive }), setStatus),
  );

  useEffect(() => {
    saver.start();
    const onLeave = () => void saver.flush(true);
    const onVisibility = () => {
      if (document.visibilityState === "hidden") onLeave();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onLeave);
      saver.stop();
    };
  }, [saver]);

  return { saver, status };
}

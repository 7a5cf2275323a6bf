"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { DifficultyBadge } from "@/components/questions/difficulty-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-field";
import { GRACE_MS } from "@/lib/interviews/clock";
import { AnswerBox, type AnswerBoxProps } from "./answer-box";
import { Countdown } from "./countdown";
import {
  ApiError,
  fetchRunnerState,
  setPaused,
  submitAnswer,
  type RunnerStateJson,
  type SubmitBody,
} from "./runner-api";

export interface InterviewRunnerProps {
  initialState: RunnerStateJson;
}

const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError(0, "Something went wrong. Try again.");

/** One question at a time on the server's clock; the server decides what comes next. */
export function InterviewRunner({ initialState }: InterviewRunnerProps) {
  const id = initialState.id;
  const queryKey = ["interview", id];
  const router = useRouter();
  const queryClient = useQueryClient();
  // Fetched again on mount too: the clock offset is then measured over one request, not a page load.
  const query = useQuery({
    queryKey,
    queryFn: () => fetchRunnerState(id),
    initialData: initialState,
    refetchOnMount: "always",
  });
  const { refetch } = query;
  const state = query.data;
  const current = state.status === "IN_PROGRESS" ? state.current : null;
  const paused = state.pausedAt !== null;

  const [message, setMessage] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  // Which deadline has run out, so a new question or a pause starts fresh.
  const clockKey = current ? `${current.position}|${current.deadlineAt}` : null;
  const [expiredKey, setExpiredKey] = useState<string | null>(null);
  const expired = clockKey !== null && expiredKey === clockKey && !paused;

  const reviewHref = `/interviews/${id}/review` as Route;
  useEffect(() => {
    if (!current) router.replace(reviewHref);
  }, [current, reviewHref, router]);

  const position = current?.position;
  // Past the deadline and the server's grace the server has closed the question: ask what's next,
  // and keep asking while it hasn't (a slow clock here, a failed request).
  useEffect(() => {
    if (!expired || position === undefined) return;
    const timer = setTimeout(async () => {
      const { data } = await refetch();
      const next = data?.status === "IN_PROGRESS" ? data.current : null;
      if (next && next.position !== position) {
        setMessage(`Time ran out on question ${position + 1}; your last saved answer was kept.`);
      }
    }, GRACE_MS + 500);
    return () => clearTimeout(timer);
  }, [expired, position, query.dataUpdatedAt, query.errorUpdatedAt, refetch]);

  // A new question: move focus to it, so keyboard and screen-reader users know it changed.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstPosition = useRef(position);
  useEffect(() => {
    if (position !== undefined && position !== firstPosition.current) heading.current?.focus();
  }, [position]);

  const fail = (error: unknown) => {
    const failure = asApiError(error);
    setMessage(failure.message);
    if (failure.status === 409) void refetch();
  };

  const submitting = useMutation({ mutationFn: (body: SubmitBody) => submitAnswer(id, body) });
  const pausing = useMutation({
    mutationFn: (pause: boolean) => setPaused(id, pause),
    onMutate: () => setMessage(null),
    onSuccess: (next) => queryClient.setQueryData(queryKey, next),
    onError: fail,
  });

  const onSubmit: AnswerBoxProps["onSubmit"] = async (input) => {
    if (!current) return false;
    setMessage(null);
    try {
      const next = await submitting.mutateAsync({ position: current.position, ...input });
      if (state.gradeEachQuestion) {
        setLeaving(true);
        router.push(`/interviews/${id}/review?position=${current.position}` as Route);
      } else if (next) {
        queryClient.setQueryData(queryKey, next);
      } else {
        void refetch();
      }
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };

  const loadError = query.error ? asApiError(query.error).message : null;
  if (!current) {
    return (
      <Card className="mx-auto max-w-xl p-6 text-center">
        <h1 className="text-xl font-semibold">This interview has ended</h1>
        <p className="text-ink-muted mt-2 text-sm">
          Opening your review…{" "}
          <Link href={reviewHref} className="text-accent-soft-ink font-medium underline">
            Go to the review
          </Link>
        </p>
      </Card>
    );
  }

  const { question } = current;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-ink-muted text-sm font-medium">
          Question {current.position + 1} of {state.total}
          <span aria-hidden="true"> · </span>
          {state.mode === "PRACTICE" ? "Practice mode" : "Strict mode"}
        </p>
        {state.mode === "PRACTICE" ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => pausing.mutate(!paused)}
            disabled={pausing.isPending || submitting.isPending || leaving}
          >
            {paused ? "Resume" : "Pause"}
          </Button>
        ) : null}
      </div>

      <Card className="p-5">
        <Countdown
          key={current.position}
          deadlineAt={current.deadlineAt ?? state.serverNow}
          allowedSeconds={current.allowedSeconds}
          serverNow={state.serverNow}
          receivedAt={query.dataUpdatedAt}
          pausedAt={state.pausedAt}
          onExpire={() => setExpiredKey(clockKey)}
        />
      </Card>

      <FormMessage>{message ?? loadError}</FormMessage>

      <header className="space-y-3">
        <h1
          ref={heading}
          tabIndex={-1}
          className="text-2xl leading-tight font-bold tracking-tight text-balance outline-none sm:text-3xl"
        >
          {paused ? "Paused" : question.prompt}
        </h1>
        {paused ? (
          <p className="text-ink-muted">The question is hidden and the clock is stopped until you resume.</p>
        ) : (
          <div className="flex flex-wrap items-center gap-2">
            <DifficultyBadge difficulty={question.difficulty} />
            <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
              {question.tags.map((tag) => (
                <li key={tag}>
                  <Badge tone="accent">{tag}</Badge>
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>

      {leaving ? <p className="text-ink-muted text-sm">Opening grading…</p> : null}
      <AnswerBox
        key={current.position}
        interviewId={id}
        position={current.position}
        initial={{ text: current.answer, revision: current.answerRevision }}
        paused={paused}
        expired={expired}
        busy={submitting.isPending || pausing.isPending || leaving}
        onSubmit={onSubmit}
        onRefused={(refusal, conflict) => {
          setMessage(refusal);
          if (conflict) void refetch();
        }}
      />
    </div>
  );
}

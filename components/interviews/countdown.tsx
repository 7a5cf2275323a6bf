"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { cn } from "@/components/ui/cn";

export interface CountdownProps {
  deadlineAt: string;
  allowedSeconds: number;
  /** The server's clock when this state was read, for the first (server-rendered) frame. */
  serverNow: string;
  /** This browser's clock when the state arrived; with `serverNow` it gives the clock offset. */
  receivedAt: number;
  /** Set while paused: the time left stays what it was at this moment. */
  pausedAt: string | null;
  /** Called once when the time left reaches zero. */
  onExpire: () => void;
}

function clock(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

function spoken(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const parts = [
    m ? `${m} minute${m === 1 ? "" : "s"}` : "",
    s || !m ? `${s} second${s === 1 ? "" : "s"}` : "",
  ];
  return `${parts.filter(Boolean).join(" ")} left`;
}

/** The time left on the server's deadline; the browser only displays it. */
export function Countdown({
  deadlineAt,
  allowedSeconds,
  serverNow,
  receivedAt,
  pausedAt,
  onExpire,
}: CountdownProps) {
  const [now, setNow] = useState<number | null>(null);
  const paused = pausedAt !== null;

  useEffect(() => {
    if (paused) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [paused]);

  // Until the first tick since this state arrived (and on the server), the time left is as the
  // server read it; after that, this browser's clock moved by the server's offset.
  const server = Date.parse(serverNow);
  const reference = paused
    ? Date.parse(pausedAt)
    : now === null || now < receivedAt
      ? server
      : now + server - receivedAt;
  const seconds = Math.max(0, Math.ceil((Date.parse(deadlineAt) - reference) / 1000));
  const expired = seconds === 0 && !paused;

  // Screen readers hear the time only twice, as it crosses one minute and ten seconds.
  const [previous, setPrevious] = useState(seconds);
  const [announcement, setAnnouncement] = useState("");
  if (seconds !== previous) {
    setPrevious(seconds);
    if (previous > 60 && seconds <= 60 && seconds > 10) setAnnouncement("1 minute left");
    else if (previous > 10 && seconds <= 10 && seconds > 0) setAnnouncement("10 seconds left");
  }

  const expire = useEffectEvent(onExpire);
  useEffect(() => {
    if (expired) expire();
  }, [expired]);

  const low = seconds <= 60;
  const share = allowedSeconds ? Math.min(1, seconds / allowedSeconds) : 0;
  const note = paused ? "Clock stopped" : expired ? "Time is up" : low ? "Under a minute left" : null;
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-ink-muted text-sm font-medium">Time left</span>
        <span className="inline-block w-[5ch] text-right font-mono text-2xl font-semibold tabular-nums">
          {clock(seconds)}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Time left"
        aria-valuemin={0}
        aria-valuemax={allowedSeconds}
        aria-valuenow={Math.min(seconds, allowedSeconds)}
        aria-valuetext={paused ? `Paused, ${spoken(seconds)}` : spoken(seconds)}
        className="bg-surface-muted border-line h-2.5 overflow-hidden rounded-full border"
      >
        <div
          className={cn("h-full rounded-full", low ? "bg-danger" : "bg-accent", paused && "opacity-50")}
          style={{ width: `${share * 100}%` }}
        />
      </div>
      <p className={cn("h-5 text-sm font-medium", low && !paused ? "text-danger" : "text-ink-muted")}>
        {note}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

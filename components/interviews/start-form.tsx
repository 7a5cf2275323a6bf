"use client";

import { startTransition, useActionState, useState, type FormEvent, type ReactNode } from "react";
import { difficultyLabel } from "@/components/questions/difficulty-badge";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/field";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { startInterview } from "@/lib/actions/interviews";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_QUESTIONS, MAX_SECONDS, MIN_SECONDS } from "@/lib/interviews/limits";
import { DIFFICULTIES } from "@/lib/validations/question";

export interface StartFormProps {
  tags: { tag: string; count: number }[];
}

const legend = "text-ink text-sm font-medium";
const errorText = "text-danger text-sm";

/** A fieldset of choices whose errors are read out with the group. */
function Group({
  id,
  title,
  errors,
  children,
}: {
  id: string;
  title: string;
  errors?: string[];
  children: ReactNode;
}) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="space-y-2">
      <legend className={legend}>{title}</legend>
      {children}
      {errorId ? (
        <p id={errorId} className={errorText}>
          {errors?.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

function Radio({
  name,
  value,
  label,
  defaultChecked,
  onChange,
}: {
  name: string;
  value: string;
  label: string;
  defaultChecked?: boolean;
  onChange?: (value: string) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="radio"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        onChange={onChange ? () => onChange(value) : undefined}
        className="accent-accent size-4"
      />
      {label}
    </label>
  );
}

/** Starts a timed interview; the server picks the questions and starts the clock. */
export function StartForm({ tags }: StartFormProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(startInterview, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const [timing, setTiming] = useState("suggested");

  // Submitting by hand keeps the choices when the server refuses them (a form action resets).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const amount = String(form.get("timeAmount") ?? "").trim();
    if (form.get("timing") === "fixed" && amount) {
      const factor = form.get("timeUnit") === "minutes" ? 60 : 1;
      form.set("secondsPerQuestion", String(Math.round(Number(amount) * factor)));
    }
    startTransition(() => action(form));
  }

  const timeErrorId = errors?.secondsPerQuestion?.length ? "time-amount-error" : undefined;
  return (
    <form method="post" onSubmit={submit} className="space-y-6" noValidate>
      <FormMessage>{state && !state.ok ? state.message : null}</FormMessage>

      <Group id="tags" title="Tags" errors={errors?.tags}>
        <p className="text-ink-muted text-xs">Leave all unticked to draw from every tag.</p>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {tags.map(({ tag, count }) => (
            <label key={tag} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="tags" value={tag} className="accent-accent size-4" />
              {tag}
              <span className="text-ink-muted text-xs">({count})</span>
            </label>
          ))}
        </div>
      </Group>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1.5">
          <Label htmlFor="difficulty">Difficulty</Label>
          <Select
            id="difficulty"
            name="difficulty"
            defaultValue=""
            aria-describedby={errors?.difficulty ? "difficulty-error" : undefined}
          >
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {difficultyLabel(d)}
              </option>
            ))}
          </Select>
          {errors?.difficulty ? (
            <p id="difficulty-error" className={errorText}>
              {errors.difficulty.join(" ")}
            </p>
          ) : null}
        </div>
        <TextField
          name="count"
          label="Number of questions"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_QUESTIONS}
          defaultValue={5}
          required
          hint={`1 to ${MAX_QUESTIONS}.`}
          errors={errors?.count}
        />
      </div>

      <Group id="order" title="Order" errors={errors?.order}>
        <Radio name="order" value="random" label="Random" defaultChecked />
        <Radio name="order" value="fixed" label="Fixed (the bank's order)" />
      </Group>

      <Group
        id="timing"
        title="Time per question"
        errors={timing === "fixed" ? undefined : errors?.secondsPerQuestion}
      >
        <Radio
          name="timing"
          value="suggested"
          label="Each question's suggested time"
          defaultChecked
          onChange={setTiming}
        />
        <Radio name="timing" value="fixed" label="Same for every question" onChange={setTiming} />
        {timing === "fixed" ? (
          <div className="flex flex-wrap items-end gap-2 pl-6">
            <div className="space-y-1.5">
              <Label htmlFor="time-amount">Time for each question</Label>
              <Input
                id="time-amount"
                name="timeAmount"
                type="number"
                inputMode="decimal"
                min={0.5}
                step="any"
                defaultValue={3}
                className="w-28"
                aria-invalid={timeErrorId ? true : undefined}
                aria-describedby={["time-amount-hint", timeErrorId].filter(Boolean).join(" ")}
              />
            </div>
            <Select name="timeUnit" defaultValue="minutes" aria-label="Unit" className="w-32">
              <option value="minutes">minutes</option>
              <option value="seconds">seconds</option>
            </Select>
            <p id="time-amount-hint" className="text-ink-muted w-full text-xs">
              {MIN_SECONDS} seconds to {MAX_SECONDS / 60} minutes.
            </p>
            {timeErrorId ? (
              <p id={timeErrorId} className={`${errorText} w-full`}>
                {errors?.secondsPerQuestion?.join(" ")}
              </p>
            ) : null}
          </div>
        ) : null}
      </Group>

      <TextField
        name="totalMinutes"
        label="Time limit for the whole interview (minutes)"
        type="number"
        inputMode="numeric"
        min={1}
        max={600}
        hint="Optional. Leave empty for no overall limit."
        errors={errors?.totalMinutes}
      />

      <Group id="mode" title="Mode" errors={errors?.mode}>
        <Radio name="mode" value="STRICT" label="Strict — no pausing" defaultChecked />
        <Radio name="mode" value="PRACTICE" label="Practice — may pause" />
      </Group>

      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="gradeEachQuestion" className="accent-accent size-4" />
        Grade after each question
      </label>

      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Starting…" : "Start interview"}
      </Button>
    </form>
  );
}

"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { difficultyLabel } from "@/components/questions/difficulty-badge";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";
import { FormMessage, TextField } from "@/components/ui/form-field";
import { createQuestion, updateQuestion } from "@/lib/actions/questions";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_SECONDS, MIN_SECONDS } from "@/lib/interviews/limits";
import { QUESTION_LIMITS } from "@/lib/validations/authored-question";
import { DIFFICULTIES } from "@/lib/validations/question";
import { KeyPointsEditor } from "./key-points-editor";
import { NotesEditor } from "./notes-editor";
import { TagsInput } from "./tags-input";
import { TextAreaField } from "./text-area-field";
import { VisibilityChoice } from "./visibility-choice";

export interface QuestionFormValues {
  slug?: string;
  prompt: string;
  whyAsked: string;
  answerNotes: string;
  keyPoints: string[];
  tags: string[];
  difficulty: (typeof DIFFICULTIES)[number];
  suggestedSeconds: number;
  visibility: "PRIVATE" | "PUBLIC";
}

export interface QuestionFormProps {
  /** Absent for a new question. */
  question?: QuestionFormValues & { slug: string };
  notesHtml: string;
  tagOptions: { tag: string; count: number }[];
}

const NEW: QuestionFormValues = {
  prompt: "",
  whyAsked: "",
  answerNotes: "",
  keyPoints: [],
  tags: [],
  difficulty: "MEDIUM",
  suggestedSeconds: 300,
  visibility: "PRIVATE",
};

/** Writes a new question or edits one; the same schema checks it here and on the server. */
export function QuestionForm({ question, notesHtml, tagOptions }: QuestionFormProps) {
  const values = question ?? NEW;
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    question ? updateQuestion : createQuestion,
    null,
  );
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const formRef = useRef<HTMLFormElement>(null);

  // After a refusal, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (!errors) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  // Submitting by hand keeps what was typed when the server refuses it (a form action resets).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const minutes = String(form.get("suggestedMinutes") ?? "").trim();
    form.set("suggestedSeconds", minutes ? String(Math.round(Number(minutes) * 60)) : "");
    startTransition(() => action(form));
  }

  return (
    <form ref={formRef} method="post" onSubmit={submit} className="space-y-8" noValidate>
      <FormMessage>{state && !state.ok ? state.message : null}</FormMessage>
      {question ? <input type="hidden" name="slug" value={question.slug} /> : null}

      <TextAreaField
        name="prompt"
        label="Question"
        hint={`The question as an interviewer asks it (${QUESTION_LIMITS.prompt.min}–${QUESTION_LIMITS.prompt.max} characters).`}
        errors={errors?.prompt}
        rows={2}
        maxLength={QUESTION_LIMITS.prompt.max}
        defaultValue={values.prompt}
        required
      />
      <TextAreaField
        name="whyAsked"
        label="Why it's asked"
        hint="What the interviewer learns from the answer. Optional."
        errors={errors?.whyAsked}
        rows={3}
        maxLength={QUESTION_LIMITS.whyAsked.max}
        defaultValue={values.whyAsked}
      />
      <NotesEditor initial={values.answerNotes} initialHtml={notesHtml} errors={errors?.answerNotes} />
      <KeyPointsEditor initial={values.keyPoints} errors={errors?.keyPoints} />
      <TagsInput initial={values.tags} options={tagOptions} errors={errors?.tags} />

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1.5">
          <Label htmlFor="difficulty">Difficulty</Label>
          <Select
            id="difficulty"
            name="difficulty"
            defaultValue={values.difficulty}
            aria-invalid={errors?.difficulty ? true : undefined}
            aria-describedby={errors?.difficulty ? "difficulty-error" : undefined}
          >
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {difficultyLabel(d)}
              </option>
            ))}
          </Select>
          {errors?.difficulty ? (
            <p id="difficulty-error" className="text-danger text-sm">
              {errors.difficulty.join(" ")}
            </p>
          ) : null}
        </div>
        <TextField
          name="suggestedMinutes"
          label="Suggested time (minutes)"
          hint={`From ${MIN_SECONDS / 60} to ${MAX_SECONDS / 60} minutes.`}
          errors={errors?.suggestedSeconds}
          type="number"
          inputMode="decimal"
          step="0.5"
          min={MIN_SECONDS / 60}
          max={MAX_SECONDS / 60}
          defaultValue={values.suggestedSeconds / 60}
        />
      </div>

      <VisibilityChoice initial={values.visibility} errors={errors?.visibility} />

      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : question ? "Save changes" : "Create question"}
      </Button>
    </form>
  );
}

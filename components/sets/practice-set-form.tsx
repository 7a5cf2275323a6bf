"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-field";
import { startSetInterview } from "@/lib/actions/sets";
import type { ActionResult } from "@/lib/actions/result";

export interface PracticeSetFormProps {
  sets: { id: string; title: string; questionCount: number }[];
}

/** Starts an interview from one of the user's own sets, in its order and times. */
export function PracticeSetForm({ sets }: PracticeSetFormProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(startSetInterview, null);
  return (
    <form action={action} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1 space-y-1.5">
        <Label htmlFor="practice-set">Set</Label>
        <Select id="practice-set" name="setId">
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.title} ({set.questionCount === 1 ? "1 question" : `${set.questionCount} questions`})
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start from set"}
      </Button>
      <div className="sm:basis-full">
        <FormMessage>{state && !state.ok ? state.message : null}</FormMessage>
      </div>
    </form>
  );
}

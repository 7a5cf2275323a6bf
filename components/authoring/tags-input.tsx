"use client";

import { useState, type KeyboardEvent } from "react";
import { flushSync } from "react-dom";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { normalizeTag, QUESTION_LIMITS } from "@/lib/validations/authored-question";
import { FieldGroup } from "./field-group";

export interface TagsInputProps {
  initial: string[];
  /** The bank's existing tags, offered as suggestions. */
  options: { tag: string; count: number }[];
  errors?: string[];
}

const MAX = QUESTION_LIMITS.tags.max;

/** Tags picked from the bank's existing ones or typed anew; the typed text is sent too. */
export function TagsInput({ initial, options, errors }: TagsInputProps) {
  const [tags, setTags] = useState(initial);
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");

  function add() {
    const tag = normalizeTag(draft);
    if (!tag || tags.includes(tag) || tags.length >= MAX) {
      setAnnouncement(tags.includes(tag) ? `${tag} is already added.` : "");
      return;
    }
    setTags([...tags, tag]);
    setDraft("");
    setAnnouncement(`Tag ${tag} added.`);
  }

  function remove(tag: string) {
    flushSync(() => {
      setTags(tags.filter((t) => t !== tag));
      setAnnouncement(`Tag ${tag} removed.`);
    });
    document.getElementById("tag-input")?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault(); // adds the tag instead of submitting the form
      add();
    }
  }

  return (
    <FieldGroup
      id="tags"
      title="Tags"
      hint={`Up to ${MAX}; pick one the bank uses or type a new one.`}
      errors={errors}
    >
      {tags.length ? (
        <ul aria-label="Chosen tags" className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li key={tag} className="flex items-center gap-1">
              <Badge tone="accent">{tag}</Badge>
              <input type="hidden" name="tags" value={tag} />
              <Button variant="ghost" size="sm" className="h-7 px-2" onClick={() => remove(tag)}>
                <span aria-hidden="true">×</span>
                <span className="sr-only">Remove tag {tag}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <label htmlFor="tag-input" className="sr-only">
          Tag to add
        </label>
        <Input
          id="tag-input"
          name="tags"
          list="tag-options"
          autoComplete="off"
          value={draft}
          maxLength={QUESTION_LIMITS.tag.max}
          disabled={tags.length >= MAX}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          className="max-w-xs"
        />
        <Button variant="secondary" onClick={add} disabled={tags.length >= MAX}>
          Add tag
        </Button>
      </div>
      <datalist id="tag-options">
        {options.map(({ tag }) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </FieldGroup>
  );
}

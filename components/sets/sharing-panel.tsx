"use client";

import { useActionState, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-field";
import { changeSharing } from "@/lib/actions/sets";
import type { ActionResult } from "@/lib/actions/result";
import type { SetVisibilityValue } from "@/lib/validations/sets";

export interface SharingPanelProps {
  setId: string;
  visibility: SetVisibilityValue;
  shareToken: string | null;
}

const CHOICES: { value: SetVisibilityValue; label: string; hint: string }[] = [
  { value: "PRIVATE", label: "Private", hint: "Only you." },
  { value: "LINK", label: "Anyone with the link", hint: "Signed-in people you send the link to." },
  { value: "PUBLIC", label: "Public", hint: "Listed on Browse sets; anyone signed in can run or clone it." },
];

const noSubscription = () => () => {};

/** Who can open the set, and its share link: copy, replace or revoke. */
export function SharingPanel({ setId, visibility, shareToken }: SharingPanelProps) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changeSharing, null);
  const [copied, setCopied] = useState(false);
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const link = shareToken ? `${origin}/s/${shareToken}` : null;

  return (
    <div className="space-y-4">
      <FormMessage ok={state?.ok}>{state?.message}</FormMessage>
      <form action={action} className="space-y-3">
        <input type="hidden" name="setId" value={setId} />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Who can open this set</legend>
          {CHOICES.map((choice) => (
            <label key={choice.value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="visibility"
                value={choice.value}
                defaultChecked={visibility === choice.value}
                className="accent-accent mt-0.5 size-4"
              />
              <span>
                {choice.label} <span className="text-ink-muted text-xs">— {choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Button type="submit" variant="secondary" disabled={pending} name="intent" value="visibility">
          Save sharing
        </Button>
      </form>

      {link ? (
        <div className="space-y-2">
          <Label htmlFor="share-link">Share link</Label>
          <div className="flex flex-wrap gap-2">
            <Input id="share-link" readOnly value={link} className="min-w-0 flex-1 font-mono text-xs" />
            <Button
              variant="secondary"
              onClick={() =>
                navigator.clipboard?.writeText(link).then(
                  () => setCopied(true),
                  () => {},
                )
              }
            >
              {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
          <form action={action} className="flex flex-wrap gap-2">
            <input type="hidden" name="setId" value={setId} />
            <Button
              type="submit"
              size="sm"
              variant="secondary"
              name="intent"
              value="regenerate"
              disabled={pending}
            >
              Regenerate link
            </Button>
            <Button type="submit" size="sm" variant="danger" name="intent" value="revoke" disabled={pending}>
              Revoke link
            </Button>
          </form>
        </div>
      ) : null}
    </div>
  );
}

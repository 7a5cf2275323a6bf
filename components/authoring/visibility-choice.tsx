import { FieldGroup } from "./field-group";

export interface VisibilityChoiceProps {
  initial: "PRIVATE" | "PUBLIC";
  errors?: string[];
}

const CHOICES = [
  { value: "PRIVATE", label: "Private", description: "Only you see it and can practise it." },
  { value: "PUBLIC", label: "Public", description: "It joins the question bank for everyone." },
] as const;

export function VisibilityChoice({ initial, errors }: VisibilityChoiceProps) {
  return (
    <FieldGroup id="visibility" title="Who can see it" errors={errors}>
      {CHOICES.map((choice) => (
        <label key={choice.value} className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="visibility"
            value={choice.value}
            defaultChecked={initial === choice.value}
            className="accent-accent mt-0.5 size-4"
          />
          <span>
            <span className="font-medium">{choice.label}</span>
            <span className="text-ink-muted"> — {choice.description}</span>
          </span>
        </label>
      ))}
    </FieldGroup>
  );
}

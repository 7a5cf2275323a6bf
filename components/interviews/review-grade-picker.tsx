import { cn } from "@/components/ui/cn";
import { GRADE_LABELS, GRADES } from "@/lib/interviews/limits";

export interface ReviewGradePickerProps {
  /** Unique per question, so each question's radios form their own group. */
  name: string;
  value: number;
  onChange: (grade: 1 | 2 | 3 | 4) => void;
}

/** Four real radio inputs styled as buttons: arrow keys move between them, keys 1–4 pick directly. */
export function ReviewGradePicker({ name, value, onChange }: ReviewGradePickerProps) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Your grade</legend>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {GRADES.map((grade) => (
          <label key={grade} className="relative block">
            <input
              type="radio"
              name={name}
              value={grade}
              checked={value === grade}
              onChange={() => onChange(grade)}
              className="peer sr-only"
            />
            <span
              className={cn(
                "flex h-11 cursor-pointer items-center justify-center gap-2 rounded-lg border px-3 text-sm font-medium",
                "peer-focus-visible:outline-ring peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2",
                value === grade
                  ? "border-accent bg-accent text-accent-ink"
                  : "border-line bg-surface hover:bg-surface-muted",
              )}
            >
              <span className="tabular-nums">{grade}</span> {GRADE_LABELS[grade]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

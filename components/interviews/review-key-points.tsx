export interface ReviewKeyPointsProps {
  points: string[];
  /** Indexes into `points`, ascending. */
  covered: number[];
  onChange: (covered: number[]) => void;
}

/** The question's key points, each a checkbox the candidate ticks when their answer covered it. */
export function ReviewKeyPoints({ points, covered, onChange }: ReviewKeyPointsProps) {
  function toggle(index: number, on: boolean) {
    const next = on ? [...covered, index] : covered.filter((i) => i !== index);
    onChange([...new Set(next)].sort((a, b) => a - b));
  }
  return (
    <fieldset>
      <legend className="text-sm font-semibold">Key points — tick the ones your answer covered</legend>
      <ul className="mt-2 space-y-2">
        {points.map((point, index) => (
          <li key={index}>
            <label className="border-line hover:bg-surface-muted has-checked:border-accent has-checked:bg-accent-soft flex cursor-pointer gap-3 rounded-lg border px-4 py-3">
              <input
                type="checkbox"
                checked={covered.includes(index)}
                onChange={(event) => toggle(index, event.target.checked)}
                className="accent-accent mt-1 size-4 shrink-0"
              />
              <span>
                <span className="sr-only">I covered this: </span>
                {point}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

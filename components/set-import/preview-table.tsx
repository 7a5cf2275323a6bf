import { Badge } from "@/components/ui/badge";
import type { PreviewRow } from "@/lib/sets/io/preview";

export interface PreviewTableProps {
  rows: PreviewRow[];
}

const STATUS = {
  ready: { label: "Ready", tone: "easy" },
  duplicate: { label: "Skipped: duplicate", tone: "neutral" },
  blocked: { label: "Not imported", tone: "hard" },
} as const;

function Problems({ row }: { row: PreviewRow }) {
  if (!row.errors.length && !row.warnings.length) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs">
      {row.errors.map((message) => (
        <li key={`e-${message}`} className="text-danger">
          Error: {message}
        </li>
      ))}
      {row.warnings.map((message) => (
        <li key={`w-${message}`} className="text-ink-muted">
          Warning: {message}
        </li>
      ))}
    </ul>
  );
}

/** Every question of the file with what will happen to it and why. */
export function PreviewTable({ rows }: PreviewTableProps) {
  return (
    <div
      role="region"
      aria-label="Questions in the file"
      tabIndex={0}
      className="border-line max-h-[32rem] overflow-auto rounded-lg border"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Questions in the file, with their problems</caption>
        <thead className="bg-surface-muted text-ink-muted sticky top-0 text-xs tracking-wide uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Where
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Question
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="divide-line divide-y">
          {rows.map((row) => (
            <tr key={row.label} className="align-top">
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                {row.label}
              </th>
              <td className="px-3 py-2">
                <span className="break-words">{row.prompt || "(no question)"}</span>
                {row.status !== "blocked" ? (
                  <p className="text-ink-muted mt-0.5 text-xs">
                    {[
                      row.difficulty ? row.difficulty[0] + row.difficulty.slice(1).toLowerCase() : null,
                      row.tags.length ? row.tags.join(", ") : null,
                      `${row.keyPoints} key point${row.keyPoints === 1 ? "" : "s"}`,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                ) : null}
                <Problems row={row} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].label}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ReactNode } from "react";

export interface DataTableProps {
  caption: string;
  columns: string[];
  /** The first cell of each row names it (a row header). */
  rows: { key: string; cells: ReactNode[] }[];
}

/** A chart's numbers as a table, folded away under "Show data": what the chart draws, in words. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <details className="group mt-4 text-sm">
      <summary className="text-accent-soft-ink w-fit cursor-pointer font-medium underline-offset-2 hover:underline">
        Show data<span className="sr-only">: {caption}</span>
      </summary>
      {/* Long tables scroll inside the card; the region can take focus so keyboards scroll it too. */}
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="border-line mt-3 max-h-96 overflow-auto rounded-lg border"
      >
        <table className="w-full text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-surface-muted text-ink-muted sticky top-0 text-xs tracking-wide uppercase">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-semibold">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-line divide-y">
            {rows.map(({ key, cells: [first, ...rest] }) => (
              <tr key={key}>
                <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                  {first}
                </th>
                {rest.map((cell, index) => (
                  <td key={index} className="px-3 py-2">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

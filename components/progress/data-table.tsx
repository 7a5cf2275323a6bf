"use client";

import { useEffect, useRef, useState } from "react";
import { tableRows } from "./format";

export interface DataTableProps {
  caption: string;
  columns: string[];
  /** The rows as tableText made them: a line a row, its cells split by tabs; the first names the row (a row header). */
  rows: string;
}

/**
 * A chart's numbers as a table, folded away under "Show data": what the chart draws, in words.
 * The table is drawn when it is first opened, so a long one costs the page its text, not its markup;
 * its rows come as one string (tableText), which the server serialises far faster than an array of
 * arrays of strings.
 */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  // Opened before the page hydrated: the browser toggled it with no one listening.
  useEffect(() => {
    if (details.current?.open) setOpened(true);
  }, []);

  return (
    <details
      ref={details}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
      className="group mt-4 text-sm"
    >
      <summary className="text-accent-soft-ink w-fit cursor-pointer font-medium underline-offset-2 hover:underline">
        Show data<span className="sr-only">: {caption}</span>
      </summary>
      {/* Long tables scroll inside the card; the region can take focus so keyboards scroll it too. */}
      {opened ? (
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
              {tableRows(rows).map(([first, ...rest], row) => (
                <tr key={row}>
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
      ) : null}
    </details>
  );
}

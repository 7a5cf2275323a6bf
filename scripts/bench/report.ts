// One table of figures against budgets, and the same as JSON in bench-results/.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface Row {
  figure: string;
  value: string;
  /** Empty for figures reported without a budget. */
  budget: string;
  /** null for figures reported without a budget. */
  pass: boolean | null;
}

const verdict = (row: Row) => (row.pass === null ? "" : row.pass ? "pass" : "FAIL");

export function printTable(rows: Row[]) {
  const table = [
    ["Figure", "Value", "Budget", "Result"],
    ...rows.map((r) => [r.figure, r.value, r.budget, verdict(r)]),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join(" │ ")
      .trimEnd();
  console.log();
  console.log(line(table[0]!));
  console.log(widths.map((w) => "─".repeat(w)).join("─┼─"));
  for (const cells of table.slice(1)) console.log(line(cells));
  console.log();
}

export function missedBudgets(rows: Row[]) {
  return rows.filter((row) => row.pass === false);
}

/** Writes bench-results/<date>-foundation.json and returns its path. */
export async function writeResults(rows: Row[], details: Record<string, unknown>) {
  const date = new Date().toISOString().slice(0, 10);
  const file = path.join("bench-results", `${date}-foundation.json`);
  const machine = {
    node: process.version,
    cpus: os.availableParallelism(),
    platform: `${os.platform()} ${os.arch()}`,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
  const results = rows.map((row) => ({ ...row, result: verdict(row) || "info" }));
  await mkdir("bench-results", { recursive: true });
  await writeFile(
    file,
    `${JSON.stringify({ benchmark: "foundation", finishedAt: new Date().toISOString(), machine, rows: results, details }, null, 2)}\n`,
  );
  return file;
}

// Dates here are UTC calendar days ("YYYY-MM-DD") from lib/dal/progress.ts; they are formatted in
// UTC too, so the server's render and the browser's hydration always agree.

const DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** A YYYY-MM-DD day as milliseconds (the formats take them as well as Dates; no Date is made per call). */
const parse = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));

/** "Mon 3 Mar 2025" */
export const formatDay = (date: string) => DAY.format(parse(date));
/** "3 Mar" */
export const formatShortDate = (date: string) => SHORT.format(parse(date));
/** "3 Mar 2025" */
export const formatLongDate = (date: string) => LONG.format(parse(date));
/** "Mar" */
export const formatMonth = (date: string) => MONTH.format(parse(date));

/** "1 answer", "3 answers" */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** A share 0–1 as a whole percentage, "45%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * A DataTable's rows as one string: a line a row, its cells split by tabs. A tab or line break inside
 * a cell (a tag could hold one) becomes a space, as HTML would show it anyway.
 */
export const tableText = (rows: string[][]) =>
  rows.map((cells) => cells.map((cell) => cell.replace(/[\t\r\n]/g, " ")).join("\t")).join("\n");

/** tableText's rows back as cells. */
export const tableRows = (text: string) => (text ? text.split("\n").map((line) => line.split("\t")) : []);

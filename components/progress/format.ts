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

const parse = (date: string) => new Date(`${date}T00:00:00Z`);

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

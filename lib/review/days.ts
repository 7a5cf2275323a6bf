// Calendar days for review scheduling. Days are UTC days: users have no time zone yet (the
// progress dashboard counts days the same way).

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight UTC at the start of the day `date` falls on. */
export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addUtcDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Midnight UTC after the day `date` falls on: "end of today", exclusive. */
export const startOfNextUtcDay = (date: Date) => addUtcDays(startOfUtcDay(date), 1);

/** Whole days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function utcDaysBetween(from: Date, to: Date): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS);
}

/** YYYY-MM-DD of the UTC day, as a date input shows it. */
export const toDateInput = (date: Date) => date.toISOString().slice(0, 10);

/** A real calendar date written YYYY-MM-DD, as midnight UTC; null for anything else. */
export function parseDateInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return toDateInput(date) === value ? date : null; // refuses 2027-02-30 and friends
}

const LONG_DATE = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "3 December 2026". */
export const formatLongDate = (date: Date) => LONG_DATE.format(date);

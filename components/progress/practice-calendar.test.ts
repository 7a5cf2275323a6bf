// The calendar's drawing, rendered as the server renders it: a year of days must stay a handful of
// elements (it is sent twice, as HTML and in the React payload), and the table's rows wait until
// it is opened.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CalendarDay } from "@/lib/dal/progress";
import { calendarView, dayCells, intensity, PracticeCalendar } from "./practice-calendar";

/** 53 weeks from Monday 18 March 2024, one to four answers on most days. */
const year: CalendarDay[] = Array.from({ length: 52 * 7 + 4 }, (_, i) => ({
  date: new Date(Date.UTC(2024, 2, 18 + i)).toISOString().slice(0, 10),
  count: i % 3 === 0 ? 0 : 1 + (i % 4),
}));

describe("dayCells", () => {
  it("draws each day as a 7px square 2px inside its cell, each placed relative to the one before", () => {
    // Monday and Tuesday of the first week, then Tuesday of the second.
    expect(dayCells([0, 1, 8])).toBe("M32 18h7v7h-7zm0 14h7v7h-7zm14 0h7v7h-7z");
    // Back up to Monday of the next week.
    expect(dayCells([6, 7])).toBe("M32 102h7v7h-7zm14 -84h7v7h-7z");
    expect(dayCells([])).toBe("");
  });
});

describe("PracticeCalendar", () => {
  it("draws a year of days as a pattern and one path per level, with the levels' day counts", () => {
    const html = renderToStaticMarkup(createElement(PracticeCalendar, { days: year }));
    const levels = Object.fromEntries(
      [...html.matchAll(/data-level="(\d)" data-days="(\d+)"/g)].map((m) => [m[1], Number(m[2])]),
    );
    const expected = [0, 0, 0, 0, 0];
    for (const day of year) expected[intensity(day.count, 4)]! += 1;
    expect(levels).toEqual({ 1: expected[1], 2: expected[2], 3: expected[3], 4: expected[4] });
    // No element per day: 52 full weeks and the last one's four days are two rects of the pattern;
    // the pattern's square and the legend's five are the only other rects.
    expect(html.match(/<rect/g)).toHaveLength(8);
    expect(html).toContain('<rect x="29" y="15" width="728" height="98" fill="url(#calendar-day)">');
    expect(html).toContain('<rect x="757" y="15" width="14" height="56" fill="url(#calendar-day)">');
    expect(html).not.toContain('<tr><th scope="row"');
    expect(html).toContain(
      "Practice calendar: 612 graded answers on 245 days between 18 Mar 2024 and 20 Mar 2025.",
    );
    expect(html.length).toBeLessThan(9_000);
  });
});

describe("calendarView", () => {
  it("works the drawing out once per array of days (the cached dashboard returns the same one)", () => {
    const view = calendarView(year);
    expect(calendarView(year)).toBe(view);
    // A new array with the same days is drawn again, and alike.
    expect(calendarView([...year])).not.toBe(view);
    expect(calendarView([...year])).toEqual(view);
  });

  it("gives the table's rows as text: newest day first, days without answers left out", () => {
    const lines = calendarView(year).table.split("\n");
    expect(lines).toHaveLength(245);
    expect(lines[0]).toBe("Thu, 20 Mar 2025\t4");
    expect(lines.at(-1)).toBe("Tue, 19 Mar 2024\t2");
  });
});

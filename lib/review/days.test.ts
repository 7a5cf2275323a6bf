import { describe, expect, it } from "vitest";
import {
  addUtcDays,
  formatLongDate,
  parseDateInput,
  startOfNextUtcDay,
  startOfUtcDay,
  toDateInput,
  utcDaysBetween,
} from "./days";

describe("UTC days", () => {
  it("finds the start of the day and of the next one", () => {
    const late = new Date("2030-03-02T23:59:59.999Z");
    expect(startOfUtcDay(late)).toEqual(new Date("2030-03-02T00:00:00Z"));
    expect(startOfNextUtcDay(late)).toEqual(new Date("2030-03-03T00:00:00Z"));
    expect(startOfNextUtcDay(new Date("2030-03-03T00:00:00Z"))).toEqual(new Date("2030-03-04T00:00:00Z"));
  });

  it("counts calendar days, not 24-hour spans", () => {
    expect(utcDaysBetween(new Date("2030-03-02T23:00:00Z"), new Date("2030-03-03T01:00:00Z"))).toBe(1);
    expect(utcDaysBetween(new Date("2030-03-02T01:00:00Z"), new Date("2030-03-02T23:00:00Z"))).toBe(0);
    expect(utcDaysBetween(new Date("2030-03-05T00:00:00Z"), new Date("2030-03-02T00:00:00Z"))).toBe(-3);
    expect(addUtcDays(new Date("2030-02-27T00:00:00Z"), 2)).toEqual(new Date("2030-03-01T00:00:00Z"));
  });

  it("reads and writes the date input's YYYY-MM-DD, refusing dates that don't exist", () => {
    expect(parseDateInput("2028-02-29")).toEqual(new Date("2028-02-29T00:00:00Z"));
    for (const bad of ["2027-02-29", "2027-13-01", "2027-1-01", "01/02/2027", "", "2027-02-01T00:00"]) {
      expect(parseDateInput(bad), bad).toBeNull();
    }
    expect(toDateInput(new Date("2030-03-02T23:30:00Z"))).toBe("2030-03-02");
    expect(formatLongDate(new Date("2030-03-02T23:30:00Z"))).toBe("2 March 2030");
  });
});

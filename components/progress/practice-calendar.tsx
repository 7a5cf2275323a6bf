import type { CalendarDay } from "@/lib/dal/progress";
import { DataTable } from "./data-table";
import { formatDay, formatLongDate, formatMonth, plural } from "./format";

export interface PracticeCalendarProps {
  /** Consecutive days starting on a Monday, oldest first (lib/dal/progress.ts practiceCalendar). */
  days: CalendarDay[];
}

const CELL = 11;
const STEP = 14;
const LEFT = 30;
const TOP = 16;
const ROWS = ["Mon", "", "Wed", "", "Fri", "", ""];
const OPACITY = [1, 0.3, 0.5, 0.75, 1];

/** 0 for no answers, else 1–4 by the day's share of the busiest day. */
export function intensity(count: number, max: number) {
  return count === 0 || max === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
}

const label = (day: CalendarDay) => `${plural(day.count, "answer")} on ${formatDay(day.date)}`;

function Cell({ day, index, max }: { day: CalendarDay; index: number; max: number }) {
  const level = intensity(day.count, max);
  return (
    <rect
      x={LEFT + Math.floor(index / 7) * STEP}
      y={TOP + (index % 7) * STEP}
      width={CELL}
      height={CELL}
      rx={2}
      fill={level ? "var(--accent)" : "var(--surface-muted)"}
      fillOpacity={OPACITY[level]}
      stroke={level ? "none" : "var(--line)"}
      data-count={day.count}
      data-date={day.date}
    >
      <title>{label(day)}</title>
    </rect>
  );
}

/** A year of practice, one square a day, one column a week, drawn on the server. */
export function PracticeCalendar({ days }: PracticeCalendarProps) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((sum, d) => sum + d.count, 0);
  const weeks = Math.ceil(days.length / 7);
  const width = LEFT + weeks * STEP;
  const height = TOP + 7 * STEP;
  // A month's name above the first week that starts in it; a partial first month too close to
  // the next one's name goes without.
  const starts = days.flatMap((day, index) =>
    index % 7 === 0 && (index === 0 || day.date.slice(5, 7) !== days[index - 7]?.date.slice(5, 7))
      ? [{ column: index / 7, name: formatMonth(day.date) }]
      : [],
  );
  const months = starts.filter((month, i) => (starts[i + 1]?.column ?? weeks + 3) - month.column >= 3);
  const first = days[0];
  const last = days.at(-1);
  const summary =
    first && last
      ? `${plural(total, "graded answer")} on ${plural(active.length, "day")} between ${formatLongDate(first.date)} and ${formatLongDate(last.date)}.`
      : "No days to show.";

  return (
    <div>
      <div
        role="region"
        aria-label="Practice calendar, scrollable"
        tabIndex={0}
        className="overflow-x-auto pb-2"
      >
        <svg
          role="img"
          aria-label={`Practice calendar: ${summary}`}
          viewBox={`0 0 ${width} ${height}`}
          className="min-w-[40rem]"
          width="100%"
        >
          {months.map((month) => (
            <text
              key={month.column}
              x={LEFT + month.column * STEP}
              y={10}
              fontSize={10}
              fill="var(--ink-muted)"
            >
              {month.name}
            </text>
          ))}
          {ROWS.map((name, row) =>
            name ? (
              <text key={name} x={0} y={TOP + row * STEP + 9} fontSize={10} fill="var(--ink-muted)">
                {name}
              </text>
            ) : null,
          )}
          {days.map((day, index) => (
            <Cell key={day.date} day={day} index={index} max={max} />
          ))}
        </svg>
      </div>
      <div className="text-ink-muted mt-2 flex flex-wrap items-center justify-between gap-2 text-xs">
        <p>{summary} Days are in UTC.</p>
        <div aria-hidden="true" className="flex items-center gap-1">
          <span>Less</span>
          <svg width={5 * STEP} height={CELL}>
            {OPACITY.map((opacity, level) => (
              <rect
                key={level}
                x={level * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                fill={level ? "var(--accent)" : "var(--surface-muted)"}
                fillOpacity={opacity}
                stroke={level ? "none" : "var(--line)"}
              />
            ))}
          </svg>
          <span>More</span>
        </div>
      </div>
      <DataTable
        caption="Graded answers per day, newest first (days without answers left out)"
        columns={["Day", "Graded answers"]}
        rows={[...active].reverse().map((day) => ({
          key: day.date,
          cells: [formatDay(day.date), day.count.toLocaleString("en")],
        }))}
      />
    </div>
  );
}

import type { CalendarDay } from "@/lib/dal/progress";
import { DataTable } from "./data-table";
import { formatDay, formatLongDate, formatMonth, plural, tableText } from "./format";

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
// Days without answers are a pattern over the grid. A day with answers is a CORE-wide square widened
// by a round-joined stroke of 2 × INSET: an 11 × 11 square with corners of radius 2, as <rect rx={2}>
// draws it. So all the days of one level are one <path> instead of an element each, which keeps a
// year of days small in the page and its React payload.
const INSET = 2;
const CORE = CELL - 2 * INSET;

/** 0 for no answers, else 1–4 by the day's share of the busiest day. */
export function intensity(count: number, max: number) {
  return count === 0 || max === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
}

/** Path data of the squares of these days (by index from the first Monday), each placed relative to the last. */
export function dayCells(indexes: number[]) {
  let d = "";
  let [x, y] = [0, 0];
  for (const index of indexes) {
    const [cx, cy] = [LEFT + Math.floor(index / 7) * STEP + INSET, TOP + (index % 7) * STEP + INSET];
    d += `${d ? `m${cx - x} ${cy - y}` : `M${cx} ${cy}`}h${CORE}v${CORE}h-${CORE}z`;
    [x, y] = [cx, cy];
  }
  return d;
}

const cellStroke = (width: number) => ({ strokeWidth: width, strokeLinejoin: "round" as const });

/** What the calendar draws for these days. */
function drawCalendar(days: CalendarDay[]) {
  const max = Math.max(0, ...days.map((d) => d.count));
  const levels: number[][] = OPACITY.map(() => []);
  days.forEach((day, index) => levels[intensity(day.count, max)]!.push(index));
  const active = levels.flatMap((indexes, level) => (level && indexes.length ? [{ level, indexes }] : []));
  const [fullWeeks, lastWeek] = [Math.floor(days.length / 7), days.length % 7];
  const practised = days.filter((d) => d.count > 0);
  const total = practised.reduce((sum, d) => sum + d.count, 0);
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
      ? `${plural(total, "graded answer")} on ${plural(practised.length, "day")} between ${formatLongDate(first.date)} and ${formatLongDate(last.date)}.`
      : "No days to show.";
  const paths = active.map(({ level, indexes }) => ({ level, d: dayCells(indexes), count: indexes.length }));
  const table = tableText(
    [...practised].reverse().map((day) => [formatDay(day.date), day.count.toLocaleString("en")]),
  );
  return { paths, fullWeeks, lastWeek, width, height, months, summary, table };
}

// The dashboard's figures are cached per member (lib/dal/progress-cache.ts), so the same days come
// back view after view: what is drawn from them (paths, month names, the table's text) is worked out
// once per array of days.
const views = new WeakMap<CalendarDay[], ReturnType<typeof drawCalendar>>();

export function calendarView(days: CalendarDay[]) {
  let view = views.get(days);
  if (!view) views.set(days, (view = drawCalendar(days)));
  return view;
}

/** A year of practice, one square a day, one column a week, drawn on the server. */
export function PracticeCalendar({ days }: PracticeCalendarProps) {
  const { paths, fullWeeks, lastWeek, width, height, months, summary, table } = calendarView(days);

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
          <defs>
            {/* A day without answers, repeated over the grid: a muted square in a 1px line. */}
            <pattern
              id="calendar-day"
              patternUnits="userSpaceOnUse"
              x={LEFT - 1}
              y={TOP - 1}
              width={STEP}
              height={STEP}
            >
              <rect
                x={1}
                y={1}
                width={CELL}
                height={CELL}
                rx={2}
                fill="var(--surface-muted)"
                stroke="var(--line)"
              />
            </pattern>
            {paths.map(({ level, d, count }) => (
              <path key={level} id={`calendar-level-${level}`} d={d} data-level={level} data-days={count} />
            ))}
          </defs>
          <rect
            x={LEFT - 1}
            y={TOP - 1}
            width={fullWeeks * STEP}
            height={7 * STEP}
            fill="url(#calendar-day)"
          />
          {lastWeek ? (
            <rect
              x={LEFT - 1 + fullWeeks * STEP}
              y={TOP - 1}
              width={STEP}
              height={lastWeek * STEP}
              fill="url(#calendar-day)"
            />
          ) : null}
          {/* Days with answers first clear their empty square (to the card's colour), then take their level's. */}
          {paths.map(({ level }) => (
            <use
              key={level}
              href={`#calendar-level-${level}`}
              {...cellStroke(2 * INSET + 2)}
              fill="var(--surface)"
              stroke="var(--surface)"
            />
          ))}
          {paths.map(({ level }) => (
            <use
              key={level}
              href={`#calendar-level-${level}`}
              {...cellStroke(2 * INSET)}
              fill="var(--accent)"
              stroke="var(--accent)"
              opacity={OPACITY[level]}
            />
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
        rows={table}
      />
    </div>
  );
}

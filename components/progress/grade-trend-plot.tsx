"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { GRADE_LABELS } from "@/lib/interviews/limits";
import { axisTick, tooltipStyles } from "./chart-theme";
import { formatLongDate, formatShortDate } from "./format";
import type { GradeTrendPoint } from "./grade-trend-chart";

const gradeTick = (grade: number) => GRADE_LABELS[grade] ?? String(grade);
const average = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} of 4`);

/** The drawing itself; loaded (with the chart library) only when the chart comes into view. */
export function GradeTrendPlot({ weeks, height }: { weeks: GradeTrendPoint[]; height: number }) {
  const first = weeks[0];
  const last = weeks.at(-1);
  const graded = weeks.filter((w) => w.averageGrade !== null);
  return (
    <LineChart
      responsive
      data={weeks}
      style={{ width: "100%", height: height }}
      margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
      title="Average grade per week"
      desc={
        first && last
          ? `Mean self-grade of each week from ${formatLongDate(first.weekStart)} to ${formatLongDate(last.weekStart)}; ${graded.length} of ${weeks.length} weeks have grades.`
          : undefined
      }
    >
      <CartesianGrid stroke="var(--line)" strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="weekStart"
        tickFormatter={formatShortDate}
        tick={axisTick}
        stroke="var(--line)"
        minTickGap={24}
      />
      <YAxis
        domain={[1, 4]}
        ticks={[1, 2, 3, 4]}
        tickFormatter={gradeTick}
        tick={axisTick}
        stroke="var(--line)"
        width={72}
      />
      <Tooltip
        {...tooltipStyles}
        labelFormatter={(label) => `Week of ${formatLongDate(String(label))}`}
        formatter={(value) => [average(typeof value === "number" ? value : null), "Average grade"]}
      />
      <Line
        type="monotone"
        dataKey="averageGrade"
        name="Average grade"
        stroke="var(--accent)"
        strokeWidth={2}
        dot={{ r: 3, fill: "var(--accent)" }}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}

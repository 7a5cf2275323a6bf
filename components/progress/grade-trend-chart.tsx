"use client";

import dynamic from "next/dynamic";
import { DataTable } from "./data-table";
import { formatLongDate, tableText } from "./format";
import { WhenVisible } from "./when-visible";

export interface GradeTrendPoint {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  averageGrade: number | null;
  graded: number;
}

export interface GradeTrendChartProps {
  weeks: GradeTrendPoint[];
}

const CHART_HEIGHT = 260;
const GradeTrendPlot = dynamic(() => import("./grade-trend-plot").then((m) => m.GradeTrendPlot), {
  ssr: false,
  loading: () => null,
});
const average = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} of 4`);

/** Weekly mean self-grade as a line; weeks without grades leave the line to bridge them. */
export function GradeTrendChart({ weeks }: GradeTrendChartProps) {
  return (
    <div>
      <WhenVisible height={CHART_HEIGHT}>
        {/* The box keeps its height while the chart's code loads, so nothing below moves. */}
        <div style={{ minHeight: CHART_HEIGHT }}>
          <GradeTrendPlot weeks={weeks} height={CHART_HEIGHT} />
        </div>
      </WhenVisible>
      <DataTable
        caption="Average grade per week, oldest first"
        columns={["Week of", "Average grade", "Graded answers"]}
        rows={tableText(
          weeks.map((week) => [
            formatLongDate(week.weekStart),
            average(week.averageGrade),
            week.graded.toLocaleString("en"),
          ]),
        )}
      />
    </div>
  );
}

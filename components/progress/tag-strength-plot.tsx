"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import type { TagStrength } from "@/lib/dal/progress";
import { axisTick, tooltipStyles } from "./chart-theme";
import { percent } from "./format";

/** The drawing itself; loaded (with the chart library) only when the chart comes into view. */
export function TagStrengthPlot({ tags, height }: { tags: TagStrength[]; height: number }) {
  const data = tags.map((t) => ({ ...t, percent: Math.round(t.share * 100) }));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height }}
      margin={{ top: 0, right: 44, bottom: 0, left: 8 }}
      title="Strength per tag"
      desc={`Share of recent answers graded Solid or Nailed it, for ${data.length} tags, weakest first.`}
    >
      <CartesianGrid stroke="var(--line)" strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={(value: number) => `${value}%`}
        tick={axisTick}
        stroke="var(--line)"
      />
      <YAxis type="category" dataKey="tag" tick={axisTick} stroke="var(--line)" width={120} />
      <Tooltip
        {...tooltipStyles}
        formatter={(_value, _name, item) => {
          const tag = item.payload as (typeof data)[number];
          return [`${percent(tag.share)} (${tag.strong} of ${tag.recent})`, "Solid or better"];
        }}
      />
      <Bar
        dataKey="percent"
        name="Solid or better"
        fill="var(--accent)"
        radius={[0, 4, 4, 0]}
        barSize={18}
        minPointSize={3}
        isAnimationActive={false}
      >
        {/* The figure beside each bar; with the stub of minPointSize, 0% reads as a value, not a gap. */}
        <LabelList
          dataKey="percent"
          position="right"
          formatter={(value) => `${String(value)}%`}
          fill="var(--ink)"
          fontSize={12}
        />
      </Bar>
    </BarChart>
  );
}

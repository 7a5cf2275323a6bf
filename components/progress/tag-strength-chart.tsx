"use client";

import dynamic from "next/dynamic";
import type { TagStrength } from "@/lib/dal/progress";
import { DataTable } from "./data-table";
import { percent, tableText } from "./format";
import { WhenVisible } from "./when-visible";

export interface TagStrengthChartProps {
  /** Weakest first (lib/dal/progress.ts tagStrength). */
  tags: TagStrength[];
}

const BAR_ROW = 34;
const TagStrengthPlot = dynamic(() => import("./tag-strength-plot").then((m) => m.TagStrengthPlot), {
  ssr: false,
  loading: () => null,
});

/** Per tag, the share of recent answers graded Solid or Nailed it, as horizontal bars. */
export function TagStrengthChart({ tags }: TagStrengthChartProps) {
  const height = 40 + tags.length * BAR_ROW;
  return (
    <div>
      <WhenVisible height={height}>
        {/* The box keeps its height while the chart's code loads, so nothing below moves. */}
        <div style={{ minHeight: height }}>
          <TagStrengthPlot tags={tags} height={height} />
        </div>
      </WhenVisible>
      <DataTable
        caption="Share of recent answers graded Solid or Nailed it, per tag, weakest first"
        columns={["Tag", "Solid or better", "Recent answers"]}
        rows={tableText(
          tags.map((t) => [t.tag, `${percent(t.share)} (${t.strong})`, t.recent.toLocaleString("en")]),
        )}
      />
    </div>
  );
}

// Recharts styles from the theme's CSS variables, so both light and dark mode read well.
export const axisTick = { fill: "var(--ink-muted)", fontSize: 12 };

export const tooltipStyles = {
  contentStyle: {
    background: "var(--surface)",
    border: "1px solid var(--line)",
    borderRadius: 8,
    color: "var(--ink)",
    fontSize: 13,
  },
  labelStyle: { color: "var(--ink)", fontWeight: 600 },
  itemStyle: { color: "var(--ink)" },
  cursor: { stroke: "var(--line)", fill: "var(--surface-muted)" },
};

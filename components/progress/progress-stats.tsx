import { StatList } from "@/components/ui/stat-list";
import { formatAverage } from "@/components/interviews/summary-stats";
import { plural } from "./format";

export interface ProgressStatsProps {
  currentStreak: number;
  /** Whether today already has a graded answer (the streak counts up to yesterday until it does). */
  practisedToday: boolean;
  longestStreak: number;
  answersThisYear: number;
  /** Mean grade over the trend's weeks, or null when none was graded. */
  averageGrade: number | null;
}

/** The headline figures above the charts. */
export function ProgressStats(props: ProgressStatsProps) {
  const { currentStreak, practisedToday, longestStreak, answersThisYear, averageGrade } = props;
  const items = [
    {
      term: "Current streak",
      value: plural(currentStreak, "day"),
      detail: practisedToday
        ? "Including today"
        : currentStreak
          ? "Practise today to keep it going"
          : "Grade an answer today to start one",
    },
    { term: "Longest streak", value: plural(longestStreak, "day"), detail: "Days in a row, ever" },
    { term: "Graded answers", value: answersThisYear.toLocaleString("en"), detail: "In the last 12 months" },
    { term: "Average grade", value: formatAverage(averageGrade), detail: "Over the last 26 weeks" },
  ];
  return <StatList items={items} className="sm:grid-cols-2 lg:grid-cols-4" />;
}

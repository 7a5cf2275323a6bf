import Link from "@/components/ui/link";
import type { Route } from "next";
import { Badge } from "@/components/ui/badge";
import type { WeakQuestion } from "@/lib/dal/progress";
import { GRADE_LABELS } from "@/lib/interviews/limits";
import { PractiseTheseButton } from "./practise-these-button";

const tone = (grade: number) => (grade >= 3 ? "easy" : grade === 2 ? "medium" : "hard");

/** The questions with the lowest recent grades, and a way to practise exactly them. */
export function WeakestQuestions({ questions }: { questions: WeakQuestion[] }) {
  return (
    <div className="space-y-4">
      <div
        role="region"
        aria-labelledby="weakest-caption"
        tabIndex={0}
        className="border-line overflow-x-auto rounded-lg border"
      >
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption id="weakest-caption" className="sr-only">
            Your weakest questions, lowest average of the last three grades first
          </caption>
          <thead className="bg-surface-muted text-ink-muted text-xs tracking-wide uppercase">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Question
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Last grades, oldest first
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Average
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Times graded
              </th>
            </tr>
          </thead>
          <tbody className="divide-line divide-y">
            {questions.map((q) => (
              <tr key={q.id}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link
                    href={`/questions/${q.slug}` as Route}
                    className="text-accent-soft-ink underline-offset-2 hover:underline"
                  >
                    {q.prompt}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  <ol className="flex gap-1 whitespace-nowrap">
                    {q.lastGrades.map((grade, index) => (
                      <li key={index}>
                        <Badge tone={tone(grade)}>{GRADE_LABELS[grade]}</Badge>
                      </li>
                    ))}
                  </ol>
                </td>
                <td className="px-3 py-2 tabular-nums">{q.average.toFixed(1)} of 4</td>
                <td className="px-3 py-2 tabular-nums">{q.gradedCount.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PractiseTheseButton questionIds={questions.map((q) => q.id)} />
    </div>
  );
}

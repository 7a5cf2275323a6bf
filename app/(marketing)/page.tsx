import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const steps = [
  {
    title: "Study the bank",
    body: "Every question comes with why interviewers ask it, model answer notes and the key points a strong answer covers.",
  },
  {
    title: "Answer against the clock",
    body: "Timed mock interviews with a countdown the server keeps, so practice feels like the real thing.",
  },
  {
    title: "Grade yourself honestly",
    body: "Tick the key points you hit, pick a grade, and let the questions you miss come back until they stick.",
  },
];

export default function LandingPage() {
  return (
    <div className="space-y-16">
      <section className="grid gap-10 lg:grid-cols-[1.15fr_1fr] lg:items-center">
        <div>
          <p className="text-accent-soft-ink text-sm font-semibold tracking-wide uppercase">
            Interview practice
          </p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            Walk into your next technical interview having already answered the questions.
          </h1>
          <p className="text-ink-muted mt-5 max-w-xl text-lg">
            Rehearse turns a question bank into timed mock interviews, then shows you exactly which answers
            still need work.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/questions" size="lg">
              Browse the question bank
            </ButtonLink>
            <ButtonLink href="/questions?tags=cold-start" size="lg" variant="secondary">
              Start with cold starts
            </ButtonLink>
          </div>
        </div>
        <Card className="p-6" aria-label="Example question">
          <div className="text-ink-muted flex items-center justify-between text-sm">
            <span>Question 3 of 8</span>
            <span className="font-mono tabular-nums" aria-hidden="true">
              02:41
            </span>
          </div>
          <div className="bg-surface-muted mt-3 h-1.5 overflow-hidden rounded-full" aria-hidden="true">
            <div className="bg-accent h-full w-2/3 rounded-full" />
          </div>
          <p className="mt-5 text-lg font-semibold">
            What is a cold start in AWS Lambda, and how do you keep it short?
          </p>
          <ul className="text-ink-muted mt-4 space-y-2 text-sm">
            <li>✓ Init phase: environment, runtime, your code outside the handler</li>
            <li>✓ Warm environments are reused between invocations</li>
            <li>○ Provisioned concurrency and SnapStart</li>
          </ul>
        </Card>
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-2xl font-semibold tracking-tight">
          How practice works
        </h2>
        <ol className="mt-6 grid gap-4 md:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title}>
              <Card className="h-full p-6">
                <span className="bg-accent-soft text-accent-soft-ink grid size-8 place-items-center rounded-full text-sm font-semibold">
                  {index + 1}
                </span>
                <h3 className="mt-4 font-semibold">{step.title}</h3>
                <p className="text-ink-muted mt-2 text-sm">{step.body}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

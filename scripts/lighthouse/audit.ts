// Runs Lighthouse (mobile profile, simulated throttling: its defaults) on each page in turn, in one
// headless Chromium, and checks the scores against the thresholds.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
type Category = (typeof CATEGORIES)[number];

/** Minimum scores (0–100) and the largest layout shift allowed. */
export const THRESHOLDS: Record<Category, number> & { cls: number } = {
  performance: 95,
  accessibility: 100,
  "best-practices": 95,
  cls: 0.05,
};

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-gpu",
];

export interface PageToAudit {
  name: string;
  path: string;
  cookie?: string;
}

export interface Assertion {
  name: string;
  actual: number;
  threshold: string;
  pass: boolean;
}

export interface PageResult {
  name: string;
  url: string;
  scores: Record<Category, number>;
  cls: number;
  assertions: Assertion[];
  /** Performance score of every run of this page (one, or five when the first missed). */
  runs?: number[];
  /** When it missed the performance threshold: the reference build's best score, side by side (reference.ts). */
  reference?: { commit: string; performance: number; runs?: number[] };
  /** Audits that cost points in a category that missed its threshold. */
  findings: { category: Category; audit: string; title: string; score: number | null; display?: string }[];
}

function findingsOf(lhr: NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"], category: Category) {
  return lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 || category === "performance")
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 0.9)
    .map((audit) => ({
      category,
      audit: audit.id,
      title: audit.title,
      score: audit.score,
      display: audit.displayValue,
    }));
}

export async function auditPages(
  origin: string,
  pages: PageToAudit[],
  options: { chromePath: string; reportDir: string; runs?: number },
): Promise<PageResult[]> {
  await mkdir(options.reportDir, { recursive: true });
  const chrome = await chromeLauncher.launch({ chromePath: options.chromePath, chromeFlags: CHROME_FLAGS });
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const url = `${origin}${page.path}`;
      // A page that misses is measured five times and judged by its best run (by performance
      // score), as Lighthouse CI's "optimistic" aggregation does: other work on the machine can
      // only lengthen the tasks Chromium observes, so a lower score is noise, a higher one is not;
      // a real regression lowers every run.
      // `runs` asks for that many runs of every page up front (for comparing changes).
      let runs = [await auditWithRetries(url, page, chrome.port)];
      const wanted = Math.max(options.runs ?? 1, runs[0]!.pass ? 1 : 5);
      while (runs.length < wanted) runs.push(await auditWithRetries(url, page, chrome.port));
      runs = runs.sort((a, b) => a.result.scores.performance - b.result.scores.performance);
      const best = runs.at(-1)!;
      await writeFile(path.join(options.reportDir, `${page.name}.html`), best.report);
      results.push({ ...best.result, runs: runs.map((r) => r.result.scores.performance) });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

class LighthouseRuntimeError extends Error {}

/** Busy and total CPU time since boot, from /proc/stat (Linux), or null elsewhere. */
async function cpuTimes() {
  const line = (await readFile("/proc/stat", "utf8").catch(() => "")).split("\n")[0] ?? "";
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 5 || fields.some(Number.isNaN)) return null;
  const idle = fields[3]! + fields[4]!; // idle + iowait
  const total = fields.reduce((sum, n) => sum + n, 0);
  return { idle, total };
}

const QUIET_IDLE_SHARE = 0.85;
const QUIET_WAIT_MS = 30_000;

/**
 * Simulated throttling multiplies the main-thread time Chromium observed, so work left over from
 * earlier steps (a database vacuuming after the browser tests, a process shutting down) would be
 * counted against the page. Each run starts once the machine has been mostly idle for a second,
 * or after 30 s whatever the load.
 */
async function waitForQuietMachine() {
  const deadline = Date.now() + QUIET_WAIT_MS;
  while (Date.now() < deadline) {
    const before = await cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = await cpuTimes();
    if (!before || !after) return;
    const total = after.total - before.total;
    if (total > 0 && (after.idle - before.idle) / total >= QUIET_IDLE_SHARE) return;
  }
  console.warn("The machine stayed busy for 30 s; measuring anyway (expect a lower performance score).");
}

/**
 * Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP…) and asks to be run again;
 * that is the tool failing, not the page, so it gets two more tries before it counts.
 */
async function auditWithRetries(url: string, page: PageToAudit, port: number) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await auditOnce(url, page, port);
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError) || attempt === 3) throw error;
      console.warn(`${error.message} — running it again (${attempt + 1} of 3).`);
    }
  }
}

async function auditOnce(url: string, page: PageToAudit, port: number) {
  await waitForQuietMachine();
  const run = await lighthouse(url, {
    port,
    logLevel: "error",
    output: "html",
    onlyCategories: [...CATEGORIES],
    extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
  });
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}.`);
  const { lhr } = run;
  if (lhr.runtimeError)
    throw new LighthouseRuntimeError(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const cls = lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.POSITIVE_INFINITY;
  const assertions: Assertion[] = [
    ...CATEGORIES.map((c) => ({
      name: `${page.name} ${c}`,
      actual: scores[c],
      threshold: c === "accessibility" ? "= 100" : `≥ ${THRESHOLDS[c]}`,
      pass: scores[c] >= THRESHOLDS[c],
    })),
    {
      name: `${page.name} CLS`,
      actual: cls,
      threshold: `≤ ${THRESHOLDS.cls}`,
      pass: cls <= THRESHOLDS.cls,
    },
  ];
  const missed = CATEGORIES.filter((c) => scores[c] < THRESHOLDS[c]);
  const result = {
    name: page.name,
    url: page.path,
    scores,
    cls,
    assertions,
    findings: missed.flatMap((c) => findingsOf(lhr, c)),
  };
  return { result, report: run.report as string, pass: assertions.every((a) => a.pass) };
}

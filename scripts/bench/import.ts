// Set import budget: a 2,000-question CSV and a 1,000-note Anki deck, each parsed, validated and
// written in one transaction in under 5 s. Runs in a child process (node --conditions=react-server)
// that calls the same code as the import routes, against the bench database.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { log } from "../lib/database.ts";
import { onCleanup } from "./cleanup.ts";
import type { Row } from "./report.ts";

export const IMPORT_BUDGET_MS = 5_000;
const RUNS = 3;
const WORKER_FLAG = "--import-worker";
const USER_ID = "bench-import-user";

interface Timing {
  parseMs: number;
  writeMs: number;
  totalMs: number;
}
export interface ImportReport {
  csv: { questions: number; bytes: number; runs: Timing[] };
  apkg: { notes: number; bytes: number; runs: Timing[] };
}

const paragraph = (i: number) =>
  `Answer ${i}: a cache keeps recently used data close to where it is needed, so repeated reads skip the slow path. ` +
  "It trades memory and the risk of stale data for speed; invalidation and eviction decide how well it works.";

/** The CSV rows of the 2,000-question bench file (without its header). */
function benchCsvRows() {
  return Array.from({ length: 2_000 }, (_, i) =>
    [
      `"How would you design cache number ${i} for a read-heavy service?"`,
      `"${paragraph(i)}\n\n- Hit rate\n- Invalidation\n- Eviction policy"`,
      `"Interviewers check trade-off thinking."`,
      "Hit rate|Invalidation|Eviction",
      "caching|systems-design",
      ["easy", "medium", "hard"][i % 3],
      String(60 + (i % 10) * 30),
    ].join(","),
  );
}

/** The bench files: a 2,000-question CSV and a 1,000-note Anki deck. */
export async function benchImportFiles() {
  const { buildApkg } = await import("../../tests/anki.ts");
  const csv = new TextEncoder().encode(
    ["question,answer,why,key points,tags,difficulty,seconds", ...benchCsvRows()].join("\n"),
  );
  const apkg = await buildApkg({
    deckName: "Bench::Caching",
    notes: Array.from({ length: 1_000 }, (_, i) => ({
      fields: [
        `What does <b>cache ${i}</b> keep?`,
        `<div>${paragraph(i)}</div><ul><li>Hit rate</li><li>Invalidation</li></ul>`,
      ],
      tags: ["bench::caching", "systems"],
    })),
  });
  return { csv, apkg };
}

async function worker(): Promise<ImportReport> {
  const { previewImport } = await import("../../lib/sets/io/import.ts");
  const { importSet } = await import("../../lib/dal/set-import.ts");
  const { setFileSchema } = await import("../../lib/validations/set-file.ts");
  const { buildApkg } = await import("../../tests/anki.ts");
  const { db } = await import("../../lib/db.ts");
  await db.user.upsert({
    where: { id: USER_ID },
    create: { id: USER_ID, email: "bench-import@example.test" },
    update: {},
    select: { id: true },
  });
  const clear = () => db.question.deleteMany({ where: { authorId: USER_ID } });

  async function time(name: string, bytes: Uint8Array): Promise<Timing> {
    const started = performance.now();
    const preview = await previewImport(name, bytes);
    const file = setFileSchema.parse(preview.file);
    const parsed = performance.now();
    await importSet({ userId: USER_ID, file });
    const done = performance.now();
    await clear();
    return { parseMs: parsed - started, writeMs: done - parsed, totalMs: done - started };
  }

  const csvRows = benchCsvRows();
  const { csv, apkg } = await benchImportFiles();
  const report: ImportReport = {
    csv: { questions: 2_000, bytes: csv.length, runs: [] },
    apkg: { notes: 1_000, bytes: apkg.length, runs: [] },
  };
  try {
    await clear();
    // A server answers imports warm: connections open, code compiled. One small import first.
    const warmUp = ["question,answer", ...csvRows.slice(0, 20)]
      .join("\n")
      .replace(/,"Interviewers[^\n]*/g, "");
    await time("warm-up.csv", new TextEncoder().encode(warmUp));
    await time(
      "warm-up.apkg",
      await buildApkg({ notes: [{ fields: ["What is a cache for?", paragraph(0)] }] }),
    );
    for (let i = 0; i < RUNS; i++) {
      report.csv.runs.push(await time("bench.csv", csv));
      report.apkg.runs.push(await time("bench.apkg", apkg));
    }
  } finally {
    await clear();
    await db.user.delete({ where: { id: USER_ID } });
    await db.$disconnect();
  }
  return report;
}

export async function measureImport(databaseUrl: string): Promise<ImportReport> {
  log(`Import: a 2,000-question CSV and a 1,000-note Anki deck, ${RUNS} runs each…`);
  const child = fork(fileURLToPath(import.meta.url), [WORKER_FLAG], {
    // react-server resolves "server-only" to its empty module, as it does inside Next.js.
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const forget = onCleanup("the import worker", () => void child.kill("SIGTERM"));
  return new Promise<ImportReport>((resolve, reject) => {
    let result: ImportReport | null = null;
    child.on("message", (message) => (result = message as ImportReport));
    child.on("error", reject);
    child.on("exit", (code) => {
      forget();
      if (code === 0 && result) resolve(result);
      else reject(new Error(`The import worker failed (exit code ${code}); see its output above.`));
    });
  });
}

const slowest = (runs: Timing[]) => runs.reduce((a, b) => (b.totalMs > a.totalMs ? b : a));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function importRows(report: ImportReport): Row[] {
  const row = (figure: string, runs: Timing[]): Row => {
    const worst = slowest(runs);
    return {
      figure,
      value: `${seconds(worst.totalMs)} (parse ${seconds(worst.parseMs)}, write ${seconds(worst.writeMs)}; slowest of ${runs.length})`,
      budget: `< ${IMPORT_BUDGET_MS / 1000} s`,
      pass: worst.totalMs < IMPORT_BUDGET_MS,
    };
  };
  return [
    row(
      `Import a ${report.csv.questions.toLocaleString("en")}-question CSV (parse + write)`,
      report.csv.runs,
    ),
    row(
      `Import a ${report.apkg.notes.toLocaleString("en")}-note Anki deck (parse + write)`,
      report.apkg.runs,
    ),
  ];
}

if (process.argv.includes(WORKER_FLAG)) {
  worker().then(
    (report) => process.send!(report, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

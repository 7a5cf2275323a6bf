// `npm run db:restore -- <file> [--into <database url>] [--force] [--pg-bin <dir>]`.
import "../lib/load-dotenv.ts";
import { log, type DatabaseHandle } from "../lib/database.ts";
import { formatBytes, openTarget, restoreDatabase } from "./archive.ts";
import { describeDatabase } from "./pg-tools.ts";

const USAGE = "Usage: npm run db:restore -- <file> [--into <database url>] [--force] [--pg-bin <dir>]";
const args = process.argv.slice(2);
function option(name: string) {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}
const into = option("--into");
const pgBin = option("--pg-bin");
const force = args.includes("--force");
const file = args.filter((a) => a !== "--force")[0];
if (!file || (into !== undefined && !/^postgres(ql)?:\/\//.test(into))) {
  console.error(`[rehearse] ${USAGE}`);
  process.exit(1);
}

const target: DatabaseHandle = into
  ? { url: into, embedded: false, stop: async () => {} }
  : await openTarget();
let code = 0;
try {
  const result = await restoreDatabase(target.url, file, { force, pgBin });
  log(
    `Restored ${file} (${formatBytes(result.bytes)}) into ${describeDatabase(target.url)}${result.replaced ? `, replacing what it held (${result.replaced} tables)` : ""}: ${result.tables} tables, ${result.rows} rows (pg_restore ${result.toolsMajor}, PostgreSQL ${result.serverMajor}).`,
  );
} catch (error) {
  console.error(`[rehearse] ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await target.stop();
}
// Explicitly: the embedded Postgres library's exit hook would otherwise end the process with 0.
process.exit(code);

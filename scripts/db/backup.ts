// `npm run db:backup [-- <file>] [--pg-bin <dir>]`: the whole database as a pg_dump archive.
import "../lib/load-dotenv.ts";
import { log } from "../lib/database.ts";
import { backupDatabase, formatBytes, openTarget } from "./archive.ts";
import { describeDatabase } from "./pg-tools.ts";

const args = process.argv.slice(2);
const binAt = args.indexOf("--pg-bin");
const pgBin = binAt >= 0 ? args.splice(binAt, 2)[1] : undefined;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = args[0] ?? `backups/rehearse-${stamp}.dump`;

const target = await openTarget();
let code = 0;
try {
  const result = await backupDatabase(target.url, file, pgBin);
  log(
    `Backed up ${describeDatabase(target.url)} (PostgreSQL ${result.serverMajor}, ${result.tables} tables, ${result.rows} rows) to ${result.file} (${formatBytes(result.bytes)}, pg_dump ${result.toolsMajor}).`,
  );
} catch (error) {
  console.error(`[rehearse] ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await target.stop();
}
// Explicitly: the embedded Postgres library's exit hook would otherwise end the process with 0.
process.exit(code);

// sql.js (SQLite compiled to wasm), loaded once per process. Node 20 can't import .wasm: on the
// server sql.js reads sql-wasm.wasm from beside its own script with fs. It must stay an external
// package (next.config.ts serverExternalPackages) so that "beside its own script" is node_modules,
// and so the bundler doesn't try to turn the .wasm file into a module.
import initSqlJs, { type SqlJsStatic } from "sql.js";

let loading: Promise<SqlJsStatic> | undefined;

export function loadSqlite(): Promise<SqlJsStatic> {
  loading ??= initSqlJs();
  return loading;
}

// The attack surface as the code defines it: every server action (each export of a module whose
// first statement is the "use server" directive, anywhere in app/, lib/, components/ or the
// project's top-level files) and every route handler (each HTTP method exported by any
// app/**/route.{ts,tsx,js,jsx}). The matrix and the fuzzers both start from this list, so nothing
// new can slip past them. A "use server" directive inside a function body (an inline action) is
// listed apart: the matrix can't call it, so the code base must have none.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type TypeScript from "typescript";

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");
const ACTIONS = path.join(ROOT, "lib/actions");
/** Where the app's own modules live; the project's top-level files are read as well. */
const SOURCE_DIRS = ["app", "lib", "components"];
const SOURCE = /\.(?:ts|tsx|js|jsx|mjs)$/;
/** Test files and type declarations are never part of the app. */
const NOT_APP = /\.(?:test|spec)\.[jt]sx?$|\.d\.ts$/;
const ROUTE_FILE = /^route\.(?:ts|tsx|js|jsx)$/;
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export type ServerAction = (...args: unknown[]) => Promise<unknown>;
export type RouteHandler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

/** "sets.createSet": the module (its path under lib/actions, else under the project) and the export. */
export interface DiscoveredAction {
  key: string;
  run: ServerAction;
}

/** "POST /api/sets/import": the method and the route's path, dynamic segments as written. */
export interface DiscoveredRoute {
  key: string;
  handler: RouteHandler;
}

/** Every file under `dir` (recursively), skipping dependencies and hidden folders. */
function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(file));
    else if (entry.isFile()) found.push(file);
  }
  return found;
}

const DIRECTIVE = /(["'])use server\1/g;
/** The common case, no parser needed: the file's first statement (after comments) is the directive. */
const startsWithDirective = (source: string) =>
  /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*(["'])use server\1/.test(source);

let typescript: typeof TypeScript | undefined;
/** The "use server" directives in a file, found by parsing it: at its top, and inside function bodies. */
function parseDirectives(file: string, source: string) {
  typescript ??= createRequire(import.meta.url)("typescript") as typeof TypeScript;
  const ts = typescript;
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const saysUseServer = (statements: readonly TypeScript.Statement[]) => {
    for (const statement of statements) {
      if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
      if (statement.expression.getText(sourceFile).slice(1, -1) === "use server") return true;
    }
    return false;
  };
  const inline: number[] = [];
  const visit = (node: TypeScript.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body as TypeScript.Node)) {
      if (saysUseServer((node.body as TypeScript.Block).statements))
        inline.push(sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { module: saysUseServer(sourceFile.statements), inline };
}

interface Scan {
  /** Modules whose first statement is "use server". */
  serverModules: string[];
  /** "lib/foo.ts:12": functions with a "use server" directive of their own. */
  inline: string[];
}

let scanned: Scan | undefined;
/** Reads every source file once; only files that mention the directive anywhere but their top are parsed. */
function scan(): Scan {
  if (scanned) return scanned;
  const topLevel = readdirSync(ROOT, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(ROOT, e.name));
  const files = [...topLevel, ...SOURCE_DIRS.flatMap((dir) => walk(path.join(ROOT, dir)))].filter(
    (f) => SOURCE.test(f) && !NOT_APP.test(f),
  );
  const result: Scan = { serverModules: [], inline: [] };
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const mentions = source.match(DIRECTIVE)?.length ?? 0;
    if (mentions === 0) continue;
    const atTop = startsWithDirective(source);
    const found = atTop && mentions === 1 ? { module: true, inline: [] } : parseDirectives(file, source);
    if (found.module) result.serverModules.push(file);
    const name = path.relative(ROOT, file);
    result.inline.push(...found.inline.map((line) => `${name}:${line}`));
  }
  result.serverModules.sort();
  scanned = result;
  return result;
}

export const actionFiles = (): string[] => scan().serverModules;

/** Functions that are server actions by a directive of their own: none may exist (see the matrix test). */
export const inlineServerActions = (): string[] => scan().inline;

export function routeFiles(): string[] {
  return walk(APP)
    .filter((f) => ROUTE_FILE.test(path.basename(f)))
    .sort();
}

/** "sets" for lib/actions/sets.ts, "lib/actions/x/y" for nested ones, "app/a/actions" elsewhere. */
function moduleName(file: string) {
  const withoutExtension = file.replace(/\.[^./]+$/, "");
  const underActions = path.relative(ACTIONS, withoutExtension);
  const name =
    !underActions.startsWith("..") && !underActions.includes(path.sep)
      ? underActions
      : path.relative(ROOT, withoutExtension);
  return name.split(path.sep).join("/");
}

export async function discoverActions(): Promise<DiscoveredAction[]> {
  const found = new Map<string, DiscoveredAction>();
  for (const file of actionFiles()) {
    const exports = (await import(file)) as Record<string, unknown>;
    const name = moduleName(file);
    for (const [exported, value] of Object.entries(exports)) {
      // A "use server" module may export only async functions; anything else would not build.
      if (typeof value !== "function") throw new Error(`${name}.${exported} is not a function`);
      const key = `${name}.${exported}`;
      if (found.has(key)) throw new Error(`two server actions are both named ${key}`);
      found.set(key, { key, run: value as ServerAction });
    }
  }
  return [...found.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The URL path of a route file: route groups, "(name)", are not part of it. */
function routePath(file: string) {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + segments.filter((s) => !/^\(.*\)$/.test(s)).join("/");
}

export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const found = new Map<string, DiscoveredRoute>();
  for (const file of routeFiles()) {
    const exports = (await import(file)) as Record<string, unknown>;
    const route = routePath(file);
    for (const method of HTTP_METHODS) {
      const handler = exports[method];
      if (typeof handler !== "function") continue;
      const key = `${method} ${route}`;
      if (found.has(key)) throw new Error(`two route handlers answer ${key}`);
      found.set(key, { key, handler: handler as RouteHandler });
    }
  }
  return [...found.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** What the code has that `listed` lacks, and what `listed` names that the code no longer has. */
export function compareWithCode(code: string[], listed: string[]) {
  const missing = code.filter((k) => !listed.includes(k));
  const stale = listed.filter((k) => !code.includes(k));
  return { missing, stale };
}

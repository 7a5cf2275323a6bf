// EXPLAIN (ANALYZE, BUFFERS) of the exact statement the DAL sends, captured at the pg driver.
import pg from "pg";

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
}

export interface ExplainSummary {
  executionMs: number;
  planningMs: number;
  searchIndexUsed: boolean;
  indexNodes: string[];
  sharedHit: number;
  sharedRead: number;
}

type Statement = { text: string; values: unknown[] };
type Query = (...args: unknown[]) => unknown;

/**
 * Records the first statement matching `pattern` that any pg client sends while `run` executes.
 * Capturing it (instead of copying the SQL here) keeps the plan honest when the DAL changes.
 */
export async function captureStatement(pattern: RegExp, run: () => Promise<unknown>): Promise<Statement> {
  const proto = pg.Client.prototype as unknown as { query: Query };
  const original = proto.query;
  let captured: Statement | null = null;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0] as { text?: unknown; values?: unknown[] } | undefined;
    if (!captured && typeof config?.text === "string" && pattern.test(config.text)) {
      captured = { text: config.text, values: config.values ?? [] };
    }
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.query = original;
  }
  if (!captured) throw new Error(`No statement matching ${pattern} was sent.`);
  return captured;
}

function walk(node: PlanNode, visit: (node: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

export async function explain(url: string, statement: Statement, indexName: string): Promise<ExplainSummary> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{
      "QUERY PLAN": [{ Plan: PlanNode; "Planning Time": number; "Execution Time": number }];
    }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`, statement.values);
    const [root] = result.rows[0]?.["QUERY PLAN"] ?? [];
    if (!root) throw new Error("EXPLAIN returned no plan.");
    const indexNodes: string[] = [];
    walk(root.Plan, (node) => {
      if (node["Index Name"]) indexNodes.push(`${node["Node Type"]} on ${node["Index Name"]}`);
    });
    return {
      executionMs: root["Execution Time"],
      planningMs: root["Planning Time"],
      searchIndexUsed: indexNodes.some((n) => n.endsWith(` on ${indexName}`)),
      indexNodes,
      sharedHit: root.Plan["Shared Hit Blocks"] ?? 0,
      sharedRead: root.Plan["Shared Read Blocks"] ?? 0,
    };
  } finally {
    await client.end();
  }
}

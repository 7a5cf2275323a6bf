// Reads the shape of a database's public schema from the Postgres catalogs, in a form two
// databases can be compared with: sorted rows of plain strings.
import type pg from "pg";

export interface Catalog {
  columns: {
    table: string;
    column: string;
    type: string;
    notNull: boolean;
    default: string | null;
    generated: string;
  }[];
  indexes: { name: string; definition: string }[];
  constraints: { table: string; name: string; definition: string }[];
  enums: { name: string; labels: string[] }[];
  functions: { signature: string; definition: string }[];
}

export async function readCatalog(client: pg.Client): Promise<Catalog> {
  const columns = await client.query(`
    SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type",
           a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS "default", a.attgenerated::text AS "generated"
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY 1, 2`);
  const indexes = await client.query(`
    SELECT indexname AS "name", indexdef AS "definition" FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`);
  const constraints = await client.query(`
    SELECT c.conrelid::regclass::text AS "table", c.conname AS "name", pg_get_constraintdef(c.oid) AS "definition"
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public' ORDER BY 1, 2`);
  const enums = await client.query(`
    SELECT t.typname AS "name", array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS "labels"
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY 1`);
  const functions = await client.query(`
    SELECT p.oid::regprocedure::text AS "signature", pg_get_functiondef(p.oid) AS "definition"
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' ORDER BY 1`);
  return {
    columns: columns.rows,
    indexes: indexes.rows,
    constraints: constraints.rows,
    enums: enums.rows,
    functions: functions.rows,
  };
}

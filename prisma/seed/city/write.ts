// Writes batches with one INSERT … SELECT FROM unnest(…) each: every column goes as a text array and is cast
// to its column's own type, read from the catalogue, so the generators need not know the SQL types.
import type pg from "pg";
import type { Batch, Value } from "./batch";

const text = (v: Value): string | null =>
  v === null ? null : v instanceof Date ? v.toISOString() : typeof v === "string" ? v : String(v);

export class BatchWriter {
  private types = new Map<string, Map<string, string>>();

  constructor(private client: pg.ClientBase) {}

  private async typesOf(table: string): Promise<Map<string, string>> {
    let t = this.types.get(table);
    if (!t) {
      const r = await this.client.query<{ name: string; type: string }>(
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type
           FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
        [`"${table}"`],
      );
      t = new Map(r.rows.map((c) => [c.name, c.type]));
      this.types.set(table, t);
    }
    return t;
  }

  async insert(batch: Batch): Promise<void> {
    const types = await this.typesOf(batch.table);
    const casts = batch.columns.map((c, i) => {
      const type = types.get(c);
      if (!type) throw new Error(`${batch.table} has no column ${c}`);
      return `c${i}::${type}`;
    });
    const sql =
      `INSERT INTO "${batch.table}" (${batch.columns.map((c) => `"${c}"`).join(", ")}) ` +
      `SELECT ${casts.join(", ")} FROM unnest(${batch.columns.map((_, i) => `$${i + 1}::text[]`).join(", ")}) ` +
      `AS t(${batch.columns.map((_, i) => `c${i}`).join(", ")})`;
    const params = batch.columns.map((_, i) => batch.rows.map((r) => text(r[i] ?? null)));
    await this.client.query(sql, params);
  }
}

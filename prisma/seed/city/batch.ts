// A batch of rows for one table: what the pure generators yield and the writer inserts.
export type Value = string | number | boolean | bigint | Date | null;
export type Batch = { table: string; columns: readonly string[]; rows: Value[][] };

export function* chunked(
  table: string,
  columns: readonly string[],
  rows: Iterable<Value[]>,
  size: number,
): Generator<Batch> {
  let batch: Value[][] = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length >= size) {
      yield { table, columns, rows: batch };
      batch = [];
    }
  }
  if (batch.length) yield { table, columns, rows: batch };
}

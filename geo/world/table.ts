/**
 * Points in the world pack are stored as a table: the column names once, then one array per row. A
 * FeatureCollection would repeat every key in every one of 18,000 rows.
 */
export interface Table {
  columns: string[];
  rows: (string | number | null)[][];
}

export function toTable<R extends Record<string, string | number | null>>(
  columns: readonly (keyof R & string)[],
  records: readonly R[],
): Table {
  return { columns: [...columns], rows: records.map((r) => columns.map((c) => r[c] ?? null)) };
}

export function fromTable<R>(table: Table): R[] {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i]])) as R);
}

import { columnLetter, quote } from './messages.ts';

/** The columns the importer understands; any other column is carried along as `extra`. */
export const KNOWN_COLUMNS = [
  'id',
  'date',
  'end',
  'time',
  'title',
  'summary',
  'note',
  'category',
  'lat',
  'lon',
  'place',
  'country',
  'source',
  'url',
  'quote',
  'certainty',
  'claimed_by',
] as const;
export type KnownColumn = (typeof KNOWN_COLUMNS)[number];

const known = new Set<string>(KNOWN_COLUMNS);
export const isKnownColumn = (key: string): key is KnownColumn => known.has(key);

/** A row's further sources: `source_2`, `url_2`, `quote_2`, then `_3`… (the first is `source`, `url`, `quote`). */
export type SourceField = 'source' | 'url' | 'quote';
export function sourceColumn(key: string): { field: SourceField; n: number } | undefined {
  const m = /^(source|url|quote)_([2-9]|[1-9]\d+)$/.exec(key);
  return m ? { field: m[1] as SourceField, n: Number(m[2]) } : undefined;
}

/**
 * The key a header matches on: editors write "Date", " date " or "Claimed by", and all of them mean the
 * same column.
 */
export const columnKey = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * Header problems, at most one message each: columns that appear twice (after case and spacing are
 * ignored, since they would otherwise silently shadow each other), and required columns that are missing.
 */
export function checkHeader(columns: readonly string[]): string[] {
  const errors: string[] = [];
  const positions = new Map<string, number[]>();
  columns.forEach((name, i) => {
    const key = columnKey(name);
    if (key !== '') positions.set(key, [...(positions.get(key) ?? []), i]);
  });

  const duplicates = [...positions].filter(([, at]) => at.length > 1);
  if (duplicates.length > 0) {
    const list = duplicates.map(
      ([, at]) => `${quote(columns[at[0]].trim())} (columns ${at.map(columnLetter).join(', ')})`,
    );
    errors.push(`header (row 1): duplicate ${duplicates.length === 1 ? 'column' : 'columns'} ${list.join(', ')}`);
  }

  const has = (key: string) => positions.has(key);
  const missing = (['date', 'title'] as const).filter((key) => !has(key)).map(String);
  if (!has('place')) {
    if (has('lat') && !has('lon')) missing.push('lon');
    else if (has('lon') && !has('lat')) missing.push('lat');
    else if (!has('lat')) missing.push('place (or lat and lon)');
  }
  if (missing.length > 0) {
    const found = columns.length > 0 ? columns.map((c) => quote(c.trim())).join(', ') : 'nothing';
    errors.push(
      `header (row 1): missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}; found ${found}`,
    );
  }
  return errors;
}

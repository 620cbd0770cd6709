/** Small helpers that keep every message in the same shape, so editors learn to read them once. */

const MAX_QUOTED = 60;

/** A cell value as it appears in a message: JSON-quoted (newlines and quotes visible), cut at ~60 characters. */
export function quote(value: string): string {
  const chars = Array.from(value); // by code point, so a cut never splits an emoji or a surrogate pair
  return JSON.stringify(chars.length > MAX_QUOTED ? chars.slice(0, MAX_QUOTED).join('') + '…' : value);
}

/** The spreadsheet's name for a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `row 4, date: …` for a CSV, `feature 4, date: …` for GeoJSON. */
export type RecordLabel = 'row' | 'feature';

export const cellMessage = (label: RecordLabel, row: number, column: string, text: string): string =>
  `${label} ${row}, ${column}: ${text}`;

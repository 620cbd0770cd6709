import Papa from 'papaparse';
import { checkHeader } from './columns.ts';
import { columnLetter } from './messages.ts';
import { progressTicker } from './progress.ts';
import type { Progress, RawRecord } from './types.ts';
import { decodeUtf8 } from './utf8.ts';

export interface CsvTable {
  /** Header names as written (trimmed), in column order. */
  columns: string[];
  /** Data rows that have at least one non-empty cell, numbered as the spreadsheet shows them. */
  rows: RawRecord[];
  /** False when the rows cannot be checked (not UTF-8, empty, a header without the required columns). */
  readable: boolean;
  errors: string[];
}

export interface ReadCsvOptions {
  /** Characters parsed so far of the whole text. */
  onProgress?: Progress;
}

/**
 * Reads a spreadsheet's CSV export: UTF-8 with or without BOM, RFC 4180 quoting, CRLF or LF. Cells stay
 * text exactly as written: nothing is evaluated, so "=1+2" or "<b>" arrive as those characters.
 */
export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): CsvTable {
  const decoded = decodeUtf8(bytes);
  if ('error' in decoded) return { columns: [], rows: [], readable: false, errors: [decoded.error] };
  const text = decoded.text;
  if (text.trim() === '') return { columns: [], rows: [], readable: false, errors: [EMPTY] };

  const errors: string[] = [];
  const progress = progressTicker(text.length, options.onProgress);
  let columns: string[] = [];
  const rows: RawRecord[] = [];
  let index = 0; // 0 is the header; spreadsheet row = index + 1, blank lines included, as Excel shows them

  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      const row = index + 1;
      index++;
      // One message per row: a broken quote usually raises two codes for the same mistake.
      if (result.errors.length > 0) errors.push(`row ${row}: ${quoteProblem(result.errors[0].code)}`);
      progress(result.meta.cursor);
      if (row === 1) {
        // A cell typed under a column without a name is still data: it travels as `extra`, labelled by its letter.
        columns = cells.map((c, i) => c.trim() || `column ${columnLetter(i)}`);
        return;
      }
      if (cells.every((c) => c.trim() === '')) return; // blank rows between or after events are harmless
      const overflow = cells.slice(columns.length).filter((c) => c.trim() !== '');
      if (overflow.length > 0)
        errors.push(
          `row ${row}: ${cells.length} cells but the header has ${columns.length} columns; is a comma missing its quotes?`,
        );
      rows.push({ row, fields: columns.map((column, i) => ({ column, value: cells[i] ?? '' })) });
    },
  });
  progress(text.length);

  const headerErrors = checkHeader(columns);
  errors.unshift(...headerErrors);
  if (errors.length === 0 && rows.length === 0) errors.push('the file has a header row but no events below it');
  return { columns, rows, readable: headerErrors.length === 0, errors };
}

const EMPTY = 'the file is empty: it needs a header row (date, title, …) and one row per event';

/**
 * Comma, as RFC 4180 says; but spreadsheets in locales with a decimal comma export with semicolons (or
 * tabs), and such a file is taken as it is rather than refused. Judged from the header line only, where
 * no cell holds free text.
 */
function guessDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const header = end === -1 ? text : text.slice(0, end);
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

function quoteProblem(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed (a " is missing), so everything after it was read as one cell';
    case 'InvalidQuotes':
      return 'a quoted cell has text after its closing quote; write a " inside a quoted cell as ""';
    default:
      return `the row could not be read as CSV (${code})`;
  }
}

import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const HEADER = 'date,title,place\n';

/** Each data row as { column: value }, with its row number. */
const table = (text: string) => {
  const { rows, errors } = readCsv(bytes(text));
  return {
    errors,
    rows: rows.map((r): Record<string, string | number> => ({
      row: r.row,
      ...Object.fromEntries(r.fields.map((f) => [f.column, f.value])),
    })),
  };
};

describe('readCsv: RFC 4180 and what spreadsheets write', () => {
  it.each([
    [
      'plain LF',
      'date,title,place\n2022-01-05,A,Almaty\n',
      [{ row: 2, date: '2022-01-05', title: 'A', place: 'Almaty' }],
    ],
    [
      'CRLF',
      'date,title,place\r\n2022-01-05,A,Almaty\r\n',
      [{ row: 2, date: '2022-01-05', title: 'A', place: 'Almaty' }],
    ],
    [
      'no final newline',
      'date,title,place\n2022-01-05,A,Almaty',
      [{ row: 2, date: '2022-01-05', title: 'A', place: 'Almaty' }],
    ],
    [
      'BOM',
      '\ufeffdate,title,place\n2022-01-05,A,Almaty\n',
      [{ row: 2, date: '2022-01-05', title: 'A', place: 'Almaty' }],
    ],
    [
      'comma inside quotes',
      HEADER + '2022-01-05,"Almaty, day one",Almaty\n',
      [{ row: 2, date: '2022-01-05', title: 'Almaty, day one', place: 'Almaty' }],
    ],
    [
      'doubled quotes',
      HEADER + '2022-01-05,"He said ""go""",Almaty\n',
      [{ row: 2, date: '2022-01-05', title: 'He said "go"', place: 'Almaty' }],
    ],
    [
      'newline inside quotes',
      HEADER + '2022-01-05,"two\nlines",Almaty\n',
      [{ row: 2, date: '2022-01-05', title: 'two\nlines', place: 'Almaty' }],
    ],
    [
      'CRLF inside quotes',
      'date,title,place\r\n2022-01-05,"two\r\nlines",Almaty\r\n',
      [{ row: 2, date: '2022-01-05', title: 'two\r\nlines', place: 'Almaty' }],
    ],
    ['empty cells', HEADER + '2022-01-05,,\n', [{ row: 2, date: '2022-01-05', title: '', place: '' }]],
    [
      'short row: missing cells are empty',
      HEADER + '2022-01-05\n',
      [{ row: 2, date: '2022-01-05', title: '', place: '' }],
    ],
    [
      'header names keep their spelling (trimmed)',
      ' Date ,TITLE,Place\n2022-01-05,A,B\n',
      [{ row: 2, Date: '2022-01-05', TITLE: 'A', Place: 'B' }],
    ],
    [
      'semicolons (decimal-comma locales)',
      'date;title;place\n2022-01-05;A, B;C\n',
      [{ row: 2, date: '2022-01-05', title: 'A, B', place: 'C' }],
    ],
    ['tabs', 'date\ttitle\tplace\n2022-01-05\tA\tC\n', [{ row: 2, date: '2022-01-05', title: 'A', place: 'C' }]],
    [
      'a column without a name is named by its letter',
      'date,,title,place\n2022-01-05,x,A,B\n',
      [{ row: 2, date: '2022-01-05', 'column B': 'x', title: 'A', place: 'B' }],
    ],
    [
      'empty trailing cells beyond the header are ignored',
      HEADER + '2022-01-05,A,B,,\n',
      [{ row: 2, date: '2022-01-05', title: 'A', place: 'B' }],
    ],
  ])('%s', (_, text, rows) => {
    expect(table(text)).toEqual({ errors: [], rows });
  });

  it('numbers rows as the spreadsheet shows them: blank rows count, multi-line cells do not add rows', () => {
    const text = HEADER + '2022-01-05,"one\ntwo\nthree",A\n\n,,\n2022-01-06,B,C\n';
    expect(table(text).rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('keeps formula-looking and HTML cells as the characters written', () => {
    const cells = [
      '=1+2',
      '+7 701 000 0000',
      '-2',
      '@SUM(A1)',
      '=HYPERLINK("http://x")',
      '<script>alert(1)</script>',
      '<b>bold</b> &amp;',
    ];
    const text = 'date,title,place\n' + cells.map((c) => `2022-01-05,"${c.replace(/"/g, '""')}",X`).join('\n');
    expect(table(text).rows.map((r) => r.title)).toEqual(cells);
  });
});

describe('readCsv: files it refuses, with one clear message', () => {
  it.each([
    ['empty file', '', 'the file is empty: it needs a header row (date, title, …) and one row per event'],
    [
      'only a BOM and blank lines',
      '\ufeff\n\r\n  \n',
      'the file is empty: it needs a header row (date, title, …) and one row per event',
    ],
    [
      'header without required columns',
      'when,what,where\n2022-01-05,A,B\n',
      'header (row 1): missing columns date, title, place (or lat and lon); found "when", "what", "where"',
    ],
    [
      'lat without lon',
      'date,title,lat\n2022-01-05,A,43\n',
      'header (row 1): missing column lon; found "date", "title", "lat"',
    ],
    [
      'duplicate column',
      'date,title,place,Date\n2022-01-05,A,B,C\n',
      'header (row 1): duplicate column "date" (columns A, D)',
    ],
    [
      'two duplicates',
      'date,title,place,DATE, Title \n',
      'header (row 1): duplicate columns "date" (columns A, D), "title" (columns B, E)',
    ],
  ])('%s', (_, text, message) => {
    const result = readCsv(bytes(text));
    expect(result.errors).toEqual([message]);
    expect(result.readable).toBe(false);
  });

  it('a header and nothing else', () => {
    expect(readCsv(bytes('date,title,place\n\n')).errors).toEqual(['the file has a header row but no events below it']);
  });

  it('Windows-1252 bytes: names the byte and the line, suggests CSV UTF-8', () => {
    // "Almaty,Café" with é as the single byte 0xE9 on line 2
    const latin1 = Uint8Array.from([...bytes('date,title,place\n2022-01-05,Caf'), 0xe9, ...bytes(',Almaty\n')]);
    expect(readCsv(latin1).errors).toEqual([
      'the file is not UTF-8 text (byte 31, line 2); save it from the spreadsheet as "CSV UTF-8" and try again',
    ]);
  });

  it('a real U+FFFD in the text before the bad byte does not shift the offset', () => {
    const text = bytes('date,title,place\n2022-01-05,\ufffd,X\n');
    const bad = Uint8Array.from([...text, 0xff, 0x0a]);
    expect(readCsv(bad).errors[0]).toContain(`(byte ${text.length}, line 3)`);
  });

  it('UTF-16 ("Unicode text" in Excel)', () => {
    expect(readCsv(Uint8Array.from([0xff, 0xfe, 0x64, 0x00])).errors).toEqual([
      'the file is UTF-16 text ("Unicode text"), not UTF-8; save it from the spreadsheet as "CSV UTF-8" and try again',
    ]);
  });
});

describe('readCsv: broken rows are named, the rest still read', () => {
  it.each([
    [
      'more cells than columns',
      HEADER + '2022-01-05,A,B\n2022-01-06,Astana, capital,C\n',
      'row 3: 4 cells but the header has 3 columns; is a comma missing its quotes?',
    ],
    [
      'unclosed quote',
      HEADER + '2022-01-05,A,B\n2022-01-06,"Astana,C\n2022-01-07,D,E\n',
      'row 3: a quoted cell is never closed (a " is missing), so everything after it was read as one cell',
    ],
    [
      'text after a closing quote',
      HEADER + '2022-01-05,"A"B,C\n',
      'row 2: a quoted cell has text after its closing quote; write a " inside a quoted cell as ""',
    ],
  ])('%s', (_, text, message) => {
    const result = readCsv(bytes(text));
    expect(result.errors).toEqual([message]);
    expect(result.readable).toBe(true);
  });
});

describe('readCsv: progress', () => {
  it('reports about every 5 % of the text and ends at the total', () => {
    const text = HEADER + Array.from({ length: 1000 }, (_, i) => `2022-01-05,Event ${i},Almaty`).join('\n');
    const calls: [number, number][] = [];
    readCsv(bytes(text), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThanOrEqual(19);
    expect(calls.length).toBeLessThanOrEqual(21);
    expect(calls.at(-1)).toEqual([text.length, text.length]);
    expect(calls.every(([done], i) => i === 0 || done > calls[i - 1][0])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';
import { validateRecords } from './rows.ts';
import { testGazetteer } from './test-gazetteer.ts';

/** Reads a CSV given as text and checks its rows against the small test gazetteer. */
function check(text: string) {
  const table = readCsv(new TextEncoder().encode(text));
  expect(table.errors).toEqual([]);
  return validateRecords(table.rows, { gazetteer: testGazetteer });
}

const HEAD = 'date,end,time,title,lat,lon,place,country,certainty,claimed_by,url,id';
/** One data row from cells by column name; the rest stay empty. A valid row is date + title + lat + lon. */
const row = (cells: Record<string, string>): string =>
  HEAD.split(',')
    .map((c) => cells[c] ?? '')
    .map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
    .join(',');
const ok = { date: '2022-01-05', title: 'An event', lat: '43.25', lon: '76.93' };
/** A file whose row 2 is `cells` on top of a valid row. */
const oneRow = (cells: Record<string, string>) => `${HEAD}\n${row({ ...ok, ...cells })}\n`;

describe('validateRecords: one message per problem, naming row, column and value', () => {
  it.each([
    [{ date: '2020-13-01' }, 'row 2, date: "2020-13-01" is not a date (YYYY-MM-DD)'],
    [{ date: '05/01/2022' }, 'row 2, date: "05/01/2022" is not a date (YYYY-MM-DD)'],
    [{ date: '2022-02-30' }, 'row 2, date: "2022-02-30" is not a date (YYYY-MM-DD)'],
    [{ date: '' }, 'row 2, date: empty (required)'],
    [{ title: '' }, 'row 2, title: empty (required)'],
    [{ title: '   ' }, 'row 2, title: empty (required)'],
    [{ date: '2022-01-05', end: '2022-01-01' }, 'row 2, end: "2022-01-01" is before date "2022-01-05"'],
    [{ end: '2022-1-6' }, 'row 2, end: "2022-1-6" is not a date (YYYY-MM-DD)'],
    [{ time: '25:00' }, 'row 2, time: "25:00" is not a time (HH:MM, 24-hour)'],
    [{ time: 'noon' }, 'row 2, time: "noon" is not a time (HH:MM, 24-hour)'],
    [{ lat: '91' }, 'row 2, lat: "91" is not a latitude (-90 to 90)'],
    [{ lat: '43,25' }, 'row 2, lat: "43,25" is not a latitude (-90 to 90)'],
    [{ lat: '=1+2' }, 'row 2, lat: "=1+2" is not a latitude (-90 to 90)'],
    [{ lon: '200' }, 'row 2, lon: "200" is not a longitude (-180 to 180)'],
    [{ lon: '1e2' }, 'row 2, lon: "1e2" is not a longitude (-180 to 180)'],
    [{ lon: '' }, 'row 2, lon: empty (required with lat)'],
    [{ lat: '' }, 'row 2, lat: empty (required with lon)'],
    [{ lat: '', lon: '' }, 'row 2, place: empty (required without lat and lon)'],
    [{ lat: '', lon: '', place: 'Atlantis' }, 'row 2, place: "Atlantis" not found in the gazetteer; give lat and lon'],
    [
      { lat: '', lon: '', place: 'Springfield' },
      'row 2, place: "Springfield" is ambiguous: Springfield (US, 166,810), Springfield (US, 154,341), Springfield (US, 116,565), Springfield (US, 60,870), Springfield (US, 59,680), …; add a country column or lat and lon',
    ],
    [
      { lat: '', lon: '', place: 'Springfield', country: 'US' },
      'row 2, place: "Springfield" is ambiguous: Springfield (US, 166,810), Springfield (US, 154,341), Springfield (US, 116,565), Springfield (US, 60,870), Springfield (US, 59,680), …; give lat and lon',
    ],
    [
      { lat: '', lon: '', place: 'Colombo' },
      'row 2, place: "Colombo" is ambiguous: Colombo (LK, 648,034), Colombo (BR, 217,000); add a country column or lat and lon',
    ],
    [
      { lat: '', lon: '', place: 'Kandy', country: 'FR' },
      'row 2, place: "Kandy" is not in the gazetteer for FR (only LK); check country, or give lat and lon',
    ],
    [
      { lat: '', lon: '', place: 'Kandy', country: 'XX' },
      'row 2, country: "XX" is not a country code (ISO 3166-1 alpha-2, such as LK or FR)',
    ],
    [{ country: 'UK' }, 'row 2, country: "UK" is not a country code (ISO 3166-1 alpha-2, such as LK or FR)'],
    [{ certainty: 'maybe' }, 'row 2, certainty: "maybe" is not one of confirmed, reported, claimed, disputed'],
    [{ certainty: 'claimed' }, 'row 2, claimed_by: empty (required when certainty is claimed)'],
    [{ url: 'javascript:alert(1)' }, 'row 2, url: "javascript:alert(1)" is not an http(s) address'],
    [{ url: 'www.example.com' }, 'row 2, url: "www.example.com" is not an http(s) address'],
    [{ url: 'file:///etc/passwd' }, 'row 2, url: "file:///etc/passwd" is not an http(s) address'],
    [{ id: 'My Event' }, 'row 2, id: "My Event" is not kebab-case (a-z, 0-9 and single hyphens)'],
    [{ date: 'x'.repeat(100) }, `row 2, date: "${'x'.repeat(60)}…" is not a date (YYYY-MM-DD)`],
    [{ date: 'a\nb' }, 'row 2, date: "a\\nb" is not a date (YYYY-MM-DD)'],
  ])('%j', (cells, message) => {
    expect(check(oneRow(cells))).toEqual({ events: [], errors: [message] });
  });

  it('reports every error of every row at once, in row order', () => {
    const text = [
      HEAD,
      row(ok),
      row({ ...ok, url: 'javascript:alert(1)' }),
      row({ ...ok, date: '2020-13-01', title: '', lat: '91' }),
      '',
      row({ ...ok, lat: '', lon: '', place: 'Atlantis' }),
      row({ ...ok, date: '2022-01-05', end: '2022-01-01', certainty: 'maybe' }),
    ].join('\n');
    const result = check(text);
    expect(result.errors).toEqual([
      'row 3, url: "javascript:alert(1)" is not an http(s) address',
      'row 4, date: "2020-13-01" is not a date (YYYY-MM-DD)',
      'row 4, title: empty (required)',
      'row 4, lat: "91" is not a latitude (-90 to 90)',
      'row 6, place: "Atlantis" not found in the gazetteer; give lat and lon',
      'row 7, end: "2022-01-01" is before date "2022-01-05"',
      'row 7, certainty: "maybe" is not one of confirmed, reported, claimed, disputed',
    ]);
    expect(result.events.map((e) => e.row)).toEqual([2]);
  });

  it('names a repeated id and the row that has it first', () => {
    const text = [HEAD, row({ ...ok, id: 'protest' }), row({ ...ok, id: 'other' }), row({ ...ok, id: 'protest' })].join(
      '\n',
    );
    expect(check(text).errors).toEqual(['row 4, id: "protest" is already used by row 2']);
  });
});

describe('validateRecords: the events', () => {
  it('a full row', () => {
    const text =
      'ID,Date,End,Time,Title,Summary,Category,Lat,Lon,Place,Country,Source,URL,Quote,Certainty,Claimed by,Photographer,Notes\n' +
      'march-1,2022-01-05,2022-01-06,9:30,March,"Thousands, then more.\nSecond line",Protest ,43.25,76.93,Almaty,kz,Wikipedia,https://en.wikipedia.org/wiki/Almaty,"a ""quote""",Claimed,Ministry,,see note\n';
    expect(check(text)).toEqual({
      errors: [],
      events: [
        {
          row: 2,
          id: 'march-1',
          date: '2022-01-05',
          end: '2022-01-06',
          time: '09:30',
          title: 'March',
          summary: 'Thousands, then more.\nSecond line',
          category: 'Protest',
          lon: 76.93,
          lat: 43.25,
          place: { name: 'Almaty', country: 'KZ', resolvedFrom: 'coordinates' },
          sources: [{ name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Almaty', quote: 'a "quote"' }],
          certainty: 'claimed',
          claimedBy: 'Ministry',
          extra: [{ label: 'Notes', value: 'see note' }],
        },
      ],
    });
  });

  it('a minimal row: no optional members at all', () => {
    expect(check('date,title,lat,lon\n2022-01-05,A,-33.5,-0\n').events).toEqual([
      { row: 2, id: '2022-01-05-a', date: '2022-01-05', title: 'A', lon: 0, lat: -33.5, sources: [], extra: [] },
    ]);
  });

  it('a place from the gazetteer, spelled as the editor wrote it', () => {
    const [event] = check('date,title,place,country\n2022-01-05,A,MALÉ,\n').events;
    expect(event).toMatchObject({
      lon: 73.50916,
      lat: 4.17521,
      place: { name: 'MALÉ', country: 'MV', resolvedFrom: 'gazetteer', geonameId: 1282027, population: 103693 },
    });
  });

  it.each([
    ['Paris', '', 'FR'],
    ['Paris', 'us', 'US'],
    ['Colombo', 'BR', 'BR'],
    ['Lodz', '', 'PL'],
    ['Mariehamn', 'FI', 'FI'],
  ])('place %s, country %j → %s', (place, country, expected) => {
    const { events, errors } = check(`date,title,place,country\n2022-01-05,A,${place},${country}\n`);
    expect(errors).toEqual([]);
    expect(events[0].place?.country).toBe(expected);
  });

  it('keeps formula-looking and HTML cells verbatim, in every text column and extra', () => {
    const nasty = [
      '=1+2',
      '+SUM(A1:A9)',
      '-cmd|calc',
      '@import',
      '<img src=x onerror=alert(1)>',
      '<script>alert("x")</script>',
    ];
    const text =
      'date,title,summary,category,source,quote,claimed_by,lat,lon,Remark\n' +
      nasty
        .map((v) => {
          const q = `"${v.replace(/"/g, '""')}"`;
          return `2022-01-05,${q},${q},${q},${q},${q},${q},1,2,${q}`;
        })
        .join('\n');
    const { events, errors } = check(text);
    expect(errors).toEqual([]);
    expect(
      events.map((e) => [
        e.title,
        e.summary,
        e.category,
        e.sources[0].name,
        e.sources[0].quote,
        e.claimedBy,
        e.extra[0].value,
      ]),
    ).toEqual(nasty.map((v) => [v, v, v, v, v, v, v]));
  });

  it('extra: unknown columns in column order, empty cells left out', () => {
    const { events } = check('Zeta,date,title,lat,lon,Alpha,2022\nz,2022-01-05,A,1,2,,x\n');
    expect(events[0].extra).toEqual([
      { label: 'Zeta', value: 'z' },
      { label: '2022', value: 'x' },
    ]);
  });

  it('further sources in numbered columns, in their order, each checked like the first; a note', () => {
    const text =
      'date,title,lat,lon,source,url,Quote 3,Source 3,url_2,source_2,note\n' +
      '2022-01-05,A,1,2,Wire,https://a.org/1,“Said”,Paper,https://b.org/2,Radio,Placed on the city\n' +
      '2022-01-06,B,1,2,,,,,notaurl,,\n';
    const { events, errors } = check(text);
    expect(events[0].sources).toEqual([
      { name: 'Wire', url: 'https://a.org/1' },
      { name: 'Radio', url: 'https://b.org/2' },
      { name: 'Paper', quote: '“Said”' },
    ]);
    expect(events[0].note).toBe('Placed on the city');
    expect(errors).toEqual([expect.stringMatching(/^row 3, url_2: "notaurl" /)]);
  });

  it('certainty in any case; claimed_by kept for any certainty', () => {
    const { events } = check('date,title,lat,lon,certainty,claimed_by\n2022-01-05,A,1,2,DISPUTED,Both sides\n');
    expect(events[0]).toMatchObject({ certainty: 'disputed', claimedBy: 'Both sides' });
  });

  it('coordinates win over a place name, which is then only a label (no lookup)', () => {
    const lookups: string[] = [];
    const gazetteer = { ...testGazetteer, find: (name: string) => (lookups.push(name), testGazetteer.find(name)) };
    const table = readCsv(new TextEncoder().encode('date,title,place,lat,lon\n2022-01-05,A,Springfield,1,2\n'));
    const { events, errors } = validateRecords(table.rows, { gazetteer });
    expect(errors).toEqual([]);
    expect(events[0].place).toEqual({ name: 'Springfield', resolvedFrom: 'coordinates' });
    expect(lookups).toEqual([]);
  });

  it('loads the gazetteer only when a row needs it, and once', () => {
    let loads = 0;
    const gazetteer = () => (loads++, testGazetteer);
    const read = (text: string) => readCsv(new TextEncoder().encode(text)).rows;
    validateRecords(read('date,title,lat,lon\n2022-01-05,A,1,2\n'), { gazetteer });
    expect(loads).toBe(0);
    validateRecords(read('date,title,place\n2022-01-05,A,Paris\n2022-01-06,B,Almaty\n'), { gazetteer });
    expect(loads).toBe(1);
  });

  it('reports progress in records', () => {
    const text = 'date,title,lat,lon\n' + Array.from({ length: 200 }, (_, i) => `2022-01-05,E${i},1,2`).join('\n');
    const calls: number[] = [];
    validateRecords(readCsv(new TextEncoder().encode(text)).rows, { onProgress: (done) => calls.push(done) });
    expect(calls).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 10));
  });
});

describe('validateRecords: ids', () => {
  const ids = (rows: string[]) => check(['date,title,lat,lon,id', ...rows].join('\n')).events.map((e) => e.id);

  it.each([
    ['derived from date and title', ['2022-01-05,Protest in Almaty,1,2,'], ['2022-01-05-protest-in-almaty']],
    [
      'repeats get -2, -3',
      ['2022-01-05,Protest,1,2,', '2022-01-05,Protest!,1,2,', '2022-01-05,protest,1,2,'],
      ['2022-01-05-protest', '2022-01-05-protest-2', '2022-01-05-protest-3'],
    ],
    [
      'a written id is reserved before any is derived',
      ['2022-01-05,Protest,1,2,', '2022-01-06,B,1,2,2022-01-05-protest'],
      ['2022-01-05-protest-2', '2022-01-05-protest'],
    ],
    [
      'apostrophes vanish',
      ["2022-01-05,The President's house,1,2,", '2022-01-05,The President’s house,1,2,'],
      ['2022-01-05-the-presidents-house', '2022-01-05-the-presidents-house-2'],
    ],
    ['accents dropped', ['2022-01-05,Café à Malé,1,2,'], ['2022-01-05-cafe-a-male']],
    [
      'non-Latin titles leave the date',
      ['2022-01-05,අරගලය,1,2,', '2022-01-05,Протест,1,2,'],
      ['2022-01-05', '2022-01-05-2'],
    ],
    [
      'long titles cut at a word',
      [`2022-01-05,${'word '.repeat(30)},1,2,`],
      ['2022-01-05-' + Array(10).fill('word').join('-')],
    ],
    ['formula-looking titles make plain ids', ['2022-01-05,=HYPERLINK(x),1,2,'], ['2022-01-05-hyperlink-x']],
  ])('%s', (_, rows, expected) => {
    expect(ids(rows)).toEqual(expected);
  });

  it('are the same on every run', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `2022-01-0${1 + (i % 3)},Event ${i % 4},1,2,`);
    expect(ids(rows)).toEqual(ids(rows));
    expect(new Set(ids(rows)).size).toBe(50);
  });
});

import {
  parseCertainty,
  parseCoordinate,
  parseCountry,
  parseDate,
  parseId,
  parseTime,
  parseUrl,
  type Parsed,
} from './cells.ts';
import { columnKey, isKnownColumn, sourceColumn, type KnownColumn, type SourceField } from './columns.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { assignIds } from './ids.ts';
import { cellMessage, quote, type RecordLabel } from './messages.ts';
import { progressTicker } from './progress.ts';
import { resolvePlace } from './resolve-place.ts';
import type { ImportedEvent, ImportedPlace, ImportedSource, Progress, RawRecord } from './types.ts';

export interface ValidateOptions {
  /** The word messages start with: "row" for a spreadsheet, "feature" for GeoJSON. */
  label?: RecordLabel;
  /** Defaults to the full GeoNames gazetteer, loaded only if some record names a place without coordinates. */
  gazetteer?: Gazetteer | (() => Gazetteer);
  /** Records checked so far. */
  onProgress?: Progress;
}

export interface Validated {
  /** The records that passed, in input order. */
  events: ImportedEvent[];
  /** Every problem in every record, in record order. */
  errors: string[];
}

type Draft = Omit<ImportedEvent, 'row' | 'id'>;

/**
 * Checks every record and reports every problem at once, each naming the row, the column and the
 * value: an editor fixing a sheet should not have to run the import once per mistake.
 */
export function validateRecords(records: readonly RawRecord[], options: ValidateOptions = {}): Validated {
  const label = options.label ?? 'row';
  let gazetteer: Gazetteer | undefined;
  const getGazetteer = (): Gazetteer =>
    (gazetteer ??=
      typeof options.gazetteer === 'function' ? options.gazetteer() : (options.gazetteer ?? loadGazetteer()));
  const progress = progressTicker(records.length, options.onProgress);

  const errors: string[] = [];
  const passed: { row: number; given?: string; draft: Draft }[] = [];
  const givenAt = new Map<string, number>();
  records.forEach((record, i) => {
    const checked = checkRecord(record, label, getGazetteer);
    const { given } = checked;
    if (given !== undefined) {
      const first = givenAt.get(given);
      if (first === undefined) givenAt.set(given, record.row);
      else
        checked.errors.push(
          cellMessage(label, record.row, 'id', `${quote(given)} is already used by ${label} ${first}`),
        );
    }
    errors.push(...checked.errors);
    if (checked.draft && checked.errors.length === 0) passed.push({ row: record.row, given, draft: checked.draft });
    progress(i + 1);
  });

  const ids = assignIds(passed.map(({ given, draft }) => ({ given, date: draft.date, title: draft.title })));
  return { events: passed.map(({ row, draft }, i) => ({ row, id: ids[i], ...draft })), errors };
}

interface Checked {
  /** Absent for a blank record, which is skipped without a word. */
  draft?: Draft;
  given?: string;
  errors: string[];
}

/** Cell text as shown to readers: line breaks made uniform, outer spaces dropped, nothing else touched. */
const cellText = (value: string): string => value.replace(/\r\n?/g, '\n').trim();

function checkRecord(record: RawRecord, label: RecordLabel, gazetteer: () => Gazetteer): Checked {
  const cells = new Map<KnownColumn, string>();
  /** The further sources' cells, by their number: `source_2` is further[2].source. */
  const further = new Map<number, Partial<Record<SourceField, string>>>();
  const extra: Draft['extra'] = [];
  for (const { column, value } of record.fields) {
    const text = cellText(value);
    if (text === '') continue;
    const key = columnKey(column);
    const numbered = sourceColumn(key);
    if (isKnownColumn(key)) cells.set(key, text);
    else if (numbered) further.set(numbered.n, { ...further.get(numbered.n), [numbered.field]: text });
    else extra.push({ label: column, value: text });
  }
  if (cells.size === 0 && further.size === 0 && extra.length === 0) return { errors: [] };

  const errors: string[] = [];
  const fail = (column: KnownColumn, problem: string) => errors.push(cellMessage(label, record.row, column, problem));
  const parse = <T>(column: KnownColumn, parser: (s: string) => Parsed<T>): T | undefined => {
    const text = cells.get(column);
    if (text === undefined) return undefined;
    const parsed = parser(text);
    if ('problem' in parsed) {
      fail(column, parsed.problem);
      return undefined;
    }
    return parsed.value;
  };
  const required = (column: KnownColumn, why = 'required') => {
    if (!cells.has(column)) fail(column, `empty (${why})`);
  };

  required('date');
  const date = parse('date', parseDate);
  const end = parse('end', parseDate);
  if (date !== undefined && end !== undefined && end < date) fail('end', `${quote(end)} is before date ${quote(date)}`);
  const time = parse('time', parseTime);
  required('title');
  const title = cells.get('title');

  const location = checkLocation(record, cells, fail, parse, gazetteer);

  const certainty = parse('certainty', parseCertainty);
  const claimedBy = cells.get('claimed_by');
  if (certainty === 'claimed') required('claimed_by', 'required when certainty is claimed');

  const url = parse('url', parseUrl);
  const source: ImportedSource = {
    ...optional('name', cells.get('source')),
    ...optional('url', url),
    ...optional('quote', cells.get('quote')),
  };
  // Further sources in the order of their numbers, each checked like the first.
  const moreSources = [...further.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, group]): ImportedSource => {
      let moreUrl: string | undefined;
      if (group.url !== undefined) {
        const parsed = parseUrl(group.url);
        if ('problem' in parsed) errors.push(cellMessage(label, record.row, `url_${n}`, parsed.problem));
        else moreUrl = parsed.value;
      }
      return { ...optional('name', group.source), ...optional('url', moreUrl), ...optional('quote', group.quote) };
    });
  const given = parse('id', parseId);

  if (errors.length > 0 || date === undefined || title === undefined || !location) return { given, errors };
  return {
    given,
    errors,
    draft: {
      date,
      ...optional('end', end),
      ...optional('time', time),
      title,
      ...optional('summary', cells.get('summary')),
      ...optional('note', cells.get('note')),
      ...optional('category', cells.get('category')),
      lon: location.lon,
      lat: location.lat,
      ...optional('place', location.place),
      sources: [source, ...moreSources].filter((s) => Object.keys(s).length > 0),
      ...optional('certainty', certainty),
      ...optional('claimedBy', claimedBy),
      extra,
    },
  };
}

/** `{ key: value }` when there is a value, `{}` otherwise: events carry no undefined members. */
const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

type Fail = (column: KnownColumn, problem: string) => void;
type Parse = <T>(column: KnownColumn, parser: (s: string) => Parsed<T>) => T | undefined;

/**
 * Coordinates when given (the place, if named, is then only a label); otherwise the place looked up in
 * the gazetteer, within the country when one is given.
 */
function checkLocation(
  record: RawRecord,
  cells: ReadonlyMap<KnownColumn, string>,
  fail: Fail,
  parse: Parse,
  gazetteer: () => Gazetteer,
): { lon: number; lat: number; place?: ImportedPlace } | undefined {
  const name = cells.get('place');
  const country = parse('country', parseCountry);
  const countryOk = !cells.has('country') || country !== undefined;
  const at = (lon: number, lat: number) => {
    const place =
      name === undefined ? undefined : { name, ...optional('country', country), resolvedFrom: 'coordinates' as const };
    return { lon, lat, ...optional('place', place) };
  };

  if (record.point) return at(record.point.lon, record.point.lat);
  if (cells.has('lat') || cells.has('lon')) {
    if (!cells.has('lat')) fail('lat', 'empty (required with lon)');
    if (!cells.has('lon')) fail('lon', 'empty (required with lat)');
    const lat = parse('lat', (s) => parseCoordinate(s, 'lat'));
    const lon = parse('lon', (s) => parseCoordinate(s, 'lon'));
    return lat === undefined || lon === undefined ? undefined : at(lon, lat);
  }
  if (name === undefined) {
    fail('place', 'empty (required without lat and lon)');
    return undefined;
  }
  if (!countryOk) return undefined; // looking up within a country code that does not exist would only add noise

  const found = resolvePlace(gazetteer(), name, country);
  if ('problem' in found) {
    fail('place', found.problem);
    return undefined;
  }
  const { city } = found;
  return {
    lon: city.lon,
    lat: city.lat,
    place: {
      name,
      country: country ?? city.country,
      resolvedFrom: 'gazetteer',
      geonameId: city.geonameId,
      population: city.population,
    },
  };
}

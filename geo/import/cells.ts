import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { isIsoDate } from '../../src/model/dates.ts';
import { quote } from './messages.ts';
import type { Certainty } from './types.ts';

/**
 * One parser per kind of cell. Each takes the trimmed, non-empty text and gives the value or the
 * message that follows "row N, column: ".
 */
export type Parsed<T> = { value: T } | { problem: string };

export const parseDate = (s: string): Parsed<string> =>
  isIsoDate(s) ? { value: s } : { problem: `${quote(s)} is not a date (YYYY-MM-DD)` };

/** 24-hour HH:MM; "9:30" and the "09:30:00" some spreadsheets write are read as 09:30. */
export function parseTime(s: string): Parsed<string> {
  const m = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(s);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60) return { value: `${m[1].padStart(2, '0')}:${m[2]}` };
  return { problem: `${quote(s)} is not a time (HH:MM, 24-hour)` };
}

// A plain decimal number: no thousands separators, no decimal comma, no exponent, nothing to evaluate.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function parseCoordinate(s: string, axis: 'lat' | 'lon'): Parsed<number> {
  const limit = axis === 'lat' ? 90 : 180;
  const n = DECIMAL.test(s) ? Number(s) : NaN;
  if (Math.abs(n) <= limit) return { value: n === 0 ? 0 : n }; // no -0 in the output
  return { problem: `${quote(s)} is not a ${axis === 'lat' ? 'latitude' : 'longitude'} (-${limit} to ${limit})` };
}

const COUNTRY_CODES = new Set(codes.map((c) => c[0]));

/** ISO 3166-1 alpha-2, in either case; "UK" is not one (GB is). */
export function parseCountry(s: string): Parsed<string> {
  const code = s.toUpperCase();
  if (COUNTRY_CODES.has(code)) return { value: code };
  return { problem: `${quote(s)} is not a country code (ISO 3166-1 alpha-2, such as LK or FR)` };
}

/**
 * Only web addresses: a source link is shown to readers, and "javascript:" or "file:" there would be a
 * hazard, "www.example.com" a broken link.
 */
export function parseUrl(s: string): Parsed<string> {
  let url: URL | undefined;
  try {
    url = new URL(s);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return { value: s };
  return { problem: `${quote(s)} is not an http(s) address` };
}

export const CERTAINTIES: readonly Certainty[] = ['confirmed', 'reported', 'claimed', 'disputed'];

export function parseCertainty(s: string): Parsed<Certainty> {
  const value = CERTAINTIES.find((c) => c === s.toLowerCase());
  return value ? { value } : { problem: `${quote(s)} is not one of ${CERTAINTIES.join(', ')}` };
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const parseId = (s: string): Parsed<string> =>
  KEBAB.test(s) ? { value: s } : { problem: `${quote(s)} is not kebab-case (a-z, 0-9 and single hyphens)` };

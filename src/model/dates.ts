/**
 * Calendar days as ISO strings ('2022-01-05') and whole day numbers since 1970-01-01. Pure UTC
 * arithmetic: a story's dates are local to where it happened, and the reader's time zone must never
 * shift them.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real calendar date written YYYY-MM-DD (not 2022-02-30). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === s;
}

export function toDayNumber(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

export const fromDayNumber = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromDayNumber(toDayNumber(iso) + days);

export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

/** Every day from `start` to `end`, both included. */
export function eachDay(start: string, end: string): string[] {
  const first = toDayNumber(start);
  return Array.from({ length: Math.max(0, toDayNumber(end) - first + 1) }, (_, i) => fromDayNumber(first + i));
}

export const clampDate = (iso: string, start: string, end: string): string =>
  iso < start ? start : iso > end ? end : iso;

const longFormats = new Map<string, Intl.DateTimeFormat>();
const shortFormats = new Map<string, Intl.DateTimeFormat>();
const formatter = (cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions) => {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
};

/** '5 January 2022' */
export const formatLongDate = (iso: string, locale = 'en-GB'): string =>
  formatter(longFormats, locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    toDayNumber(iso) * MS_PER_DAY,
  );

/** '5 Jan' */
export const formatShortDate = (iso: string, locale = 'en-GB'): string =>
  formatter(shortFormats, locale, { day: 'numeric', month: 'short' }).format(toDayNumber(iso) * MS_PER_DAY);

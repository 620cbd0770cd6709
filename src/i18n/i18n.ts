/**
 * Words, dates and numbers in the reader's language. Every string of the interface comes from a
 * catalogue through `t`; dates, numbers and plurals from Intl, never from hand-written tables.
 * English is built in; other catalogues load on demand (catalogues.ts).
 */
import { toDayNumber } from '../model/dates.ts';
import { en, type Catalogue, type MessageKey } from './en.ts';

export const LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const isLang = (x: unknown): x is Lang => (LANGUAGES as readonly unknown[]).includes(x);

type Params = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  t(key: MessageKey, params?: Params): string;
  /** '5 January 2022', '5 января 2022 г.', '2022 ж. 5 қаңтар' */
  date(iso: string): string;
  /** '5 Jan' */
  shortDate(iso: string): string;
  /** The month alone, short: 'Sept', 'сент.', 'қыр.' */
  month(iso: string): string;
  /** The year alone: '2022', '2022 г.' */
  year(iso: string): string;
  number(n: number): string;
}

const MS_PER_DAY = 86_400_000;

/**
 * CLDR's dates and numbers for a language, for browsers that list it without its data: Chromium
 * formats Kazakh as "2022 M01 5" and "2,500". Used only when Intl shows that gap.
 */
export interface IntlFallback {
  /** Month names as they stand after a day, January first: long and short. */
  months: readonly string[];
  shortMonths: readonly string[];
  /** Patterns with {d}, {month}, {y}. */
  long: string;
  short: string;
  /** A locale whose numbers CLDR writes the same way. */
  numbers: string;
}

/** Whether this browser's Intl lacks the language's month names ("M01" where a name should be). */
const lacksMonths = (f: Intl.DateTimeFormat) => /M\d/.test(f.format(0));

export function createI18n(lang: Lang, catalogue: Catalogue = en, fallback?: IntlFallback): I18n {
  const plural = new Intl.PluralRules(lang);
  const locale = lang === 'en' ? 'en-GB' : lang;
  let numbers = new Intl.NumberFormat(lang);
  if (fallback && lang !== 'en' && numbers.format(2500) === new Intl.NumberFormat('en').format(2500))
    numbers = new Intl.NumberFormat(fallback.numbers);
  // Day numbers are UTC midnights: formatting in UTC keeps a story's date whatever the reader's zone.
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const format = (f: Intl.DateTimeFormat, pattern: 'long' | 'short' | 'month') => {
    if (!fallback || !lacksMonths(f)) return (iso: string) => f.format(toDayNumber(iso) * MS_PER_DAY);
    const names = pattern === 'long' ? fallback.months : fallback.shortMonths;
    return (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      if (pattern === 'month') return names[m - 1];
      return fill(fallback[pattern], { y: String(y), month: names[m - 1], d: String(d) });
    };
  };
  const fill = (text: string, params: Params) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? (typeof params[name] === 'number' ? numbers.format(params[name]) : String(params[name])) : whole,
    );
  return {
    lang,
    t(key, params = {}) {
      const message = catalogue[key] ?? en[key];
      const text =
        typeof message === 'string' ? message : (message[plural.select(Number(params.count ?? 0))] ?? message.other);
      return fill(text, params);
    },
    date: format(long, 'long'),
    shortDate: format(short, 'short'),
    month: format(month, 'month'),
    year: (iso) => year.format(toDayNumber(iso) * MS_PER_DAY),
    number: (n) => numbers.format(n),
  };
}

/** English, for what runs before a language is chosen and for tests. */
export const english = createI18n('en');

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
  number(n: number): string;
}

const MS_PER_DAY = 86_400_000;

export function createI18n(lang: Lang, catalogue: Catalogue = en): I18n {
  const plural = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  // Day numbers are UTC midnights: formatting in UTC keeps a story's date whatever the reader's zone.
  const long = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const short = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
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
    date: (iso) => long.format(toDayNumber(iso) * MS_PER_DAY),
    shortDate: (iso) => short.format(toDayNumber(iso) * MS_PER_DAY),
    number: (n) => numbers.format(n),
  };
}

/** English, for what runs before a language is chosen and for tests. */
export const english = createI18n('en');

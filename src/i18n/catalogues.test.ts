import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ru } from './ru.ts';
import { kk } from './kk.ts';
import { createI18n, LANGUAGES } from './i18n.ts';
import { i18nFor } from './catalogues.ts';

const catalogues = { ru, kk };
const placeholders = (m: unknown) =>
  [...new Set([...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();

describe.each(Object.entries(catalogues))('the %s catalogue', (lang, catalogue) => {
  it('has every key of the English one, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(en) as (keyof typeof en)[])('%s keeps the English placeholders and is translated', (key) => {
    expect(placeholders(catalogue[key])).toEqual(placeholders(en[key]));
    // Only the app's name and bare placeholder patterns may read the same in both.
    if (key !== 'app.name' && !/^[{}\w\s,]*$/.test(JSON.stringify(en[key]).replace(/"/g, '')))
      expect(catalogue[key]).not.toEqual(en[key]);
  });
  it('has every plural form its language needs', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalogue))
      if (typeof message !== 'string') for (const c of categories) expect(message, `${key} ${c}`).toHaveProperty(c);
  });
});

describe('words, dates and numbers in each language', () => {
  it.each([
    ['en', 1, '1 event'],
    ['en', 5, '5 events'],
    ['ru', 1, '1 событие'],
    ['ru', 2, '2 события'],
    ['ru', 5, '5 событий'],
    ['ru', 21, '21 событие'],
    ['kk', 1, '1 оқиға'],
    ['kk', 5, '5 оқиға'],
  ] as const)('%s: %i → %s', async (lang, count, text) => {
    expect((await i18nFor(lang)).t('events.count', { count })).toBe(text);
  });

  it.each([
    ['en', '5 January 2022', '5 Jan'],
    ['ru', '5 января 2022 г.', '5 янв.'],
    ['kk', '2022 ж. 5 қаңтар', '5 қаң.'],
  ] as const)('%s dates from Intl, in the story’s day whatever the zone', async (lang, long, short) => {
    const i18n = await i18nFor(lang);
    expect(i18n.date('2022-01-05')).toBe(long);
    expect(i18n.shortDate('2022-01-05')).toBe(short);
  });

  it.each([
    ['en', '2,500'],
    ['ru', '2 500'],
    ['kk', '2 500'],
  ] as const)('%s numbers from Intl', (lang, text) => {
    expect(createI18n(lang).number(2500).replace(/\s/g, ' ')).toBe(text);
  });

  it('loads every language it lists', async () => {
    for (const lang of LANGUAGES) expect((await i18nFor(lang)).lang).toBe(lang);
  });
});

describe('Kazakh where the browser’s Intl lacks it', () => {
  // Chromium lists kk but formats "2022 M01 5" and "2,500": the same formatter, as such a browser has it.
  const gap = (f: typeof Intl.DateTimeFormat, n: typeof Intl.NumberFormat) => ({
    DateTimeFormat: function (locale: string, o: Intl.DateTimeFormatOptions) {
      return locale === 'kk'
        ? {
            format: (t: number) =>
              `${new Date(t).getUTCFullYear()} M0${new Date(t).getUTCMonth() + 1} ${new Date(t).getUTCDate()}`,
          }
        : new f(locale, o);
    },
    NumberFormat: function (locale: string) {
      return new n(locale === 'kk' ? 'en' : locale);
    },
  });

  it('writes CLDR’s dates and numbers from its fallback', async () => {
    const { DateTimeFormat, NumberFormat } = Intl;
    const i18n = await (async () => {
      Object.assign(Intl, gap(DateTimeFormat, NumberFormat));
      try {
        const { kk, kkIntl } = await import('./kk.ts');
        return createI18n('kk', kk, kkIntl);
      } finally {
        Object.assign(Intl, { DateTimeFormat, NumberFormat });
      }
    })();
    expect([i18n.date('2022-01-05'), i18n.shortDate('2022-12-31'), i18n.number(2500).replace(/\s/g, ' ')]).toEqual([
      '2022 ж. 5 қаңтар',
      '31 жел.',
      '2 500',
    ]);
  });
});

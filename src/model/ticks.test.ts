import { describe, expect, it } from 'vitest';
import { chooseTicks, keyStep, tickText, type TickLabel } from './ticks.ts';
import { eachDay } from './dates.ts';
import { createI18n, type Lang } from '../i18n/i18n.ts';
import { ru } from '../i18n/ru.ts';
import { kk, kkIntl } from '../i18n/kk.ts';

const i18ns = {
  en: createI18n('en'),
  ru: createI18n('ru', ru),
  // As Chromium formats Kazakh: without its month names, CLDR's from kk.ts stand in.
  kk: createI18n('kk', kk, kkIntl),
};
/** Labels set in 12 px type are about 7 px a character (the browser test measures the real ones). */
const measure = (text: string) => text.length * 7;
const space = (track: number) => ({ track, edge: 20, gap: 8 });
const ticks = (start: string, end: string, track: number, lang: Lang = 'en') =>
  chooseTicks(eachDay(start, end), tickText(i18ns[lang]), measure, space(track));

/** Each label's box on the track, as chooseTicks placed it. */
const boxes = (labels: TickLabel[], days: number, track: number) =>
  labels.map((l) => {
    const x = days === 1 ? track / 2 : (l.index / (days - 1)) * track + l.dx;
    return { left: x - measure(l.text) / 2, right: x + measure(l.text) / 2 };
  });

describe('chooseTicks', () => {
  it.each([
    // The default story, 18 days: every day where there is room, every other day where there is not.
    { span: ['2022-01-02', '2022-01-19'], px: 1200, lang: 'en', first: ['2 Jan', '3 Jan', '4 Jan'], count: 18 },
    { span: ['2022-01-02', '2022-01-19'], px: 700, lang: 'ru', first: ['2 янв.', '4 янв.', '6 янв.'], count: 9 },
    { span: ['2022-01-02', '2022-01-19'], px: 700, lang: 'kk', first: ['2 қаң.', '4 қаң.', '6 қаң.'], count: 9 },
    { span: ['2022-01-02', '2022-01-19'], px: 280, lang: 'en', first: ['2 Jan', '9 Jan', '16 Jan'], count: 3 },
    // Two months at 1280 px: every third day, not every other ("10 Aug13 Aug16 Aug19 Aug" ran together).
    { span: ['2022-08-01', '2022-09-30'], px: 1280, lang: 'en', first: ['1 Aug', '4 Aug', '7 Aug'], count: 21 },
    { span: ['2022-08-01', '2022-09-30'], px: 320, lang: 'ru', first: ['1 авг.', '15 авг.', '29 авг.'], count: 5 },
    // A year and five: months, with the year in January; years.
    { span: ['2022-01-01', '2022-12-31'], px: 1000, lang: 'en', first: ['2022', 'Feb', 'Mar'], count: 12 },
    { span: ['2022-01-01', '2022-12-31'], px: 320, lang: 'en', first: ['2022', 'Mar', 'May'], count: 6 },
    { span: ['2020-01-01', '2024-12-31'], px: 1400, lang: 'en', first: ['2020', 'Mar', 'May'], count: 30 },
    { span: ['2020-01-01', '2024-12-31'], px: 320, lang: 'ru', first: ['2020', '2021', '2022'], count: 5 },
    // One day: its label, in the middle.
    { span: ['2022-01-05', '2022-01-05'], px: 320, lang: 'kk', first: ['5 қаң.'], count: 1 },
  ])('$span.0 to $span.1 at $px px in $lang: $first.0, $first.1 … ($count)', ({ span, px, lang, first, count }) => {
    const labels = ticks(span[0], span[1], px, lang as Lang);
    expect(labels.slice(0, 3).map((l) => l.text)).toEqual(first);
    expect(labels).toHaveLength(count);
  });

  const spans = [
    ['2022-01-05', '2022-01-05'],
    ['2022-01-02', '2022-01-19'],
    ['2022-08-01', '2022-09-30'],
    ['2021-07-15', '2022-07-14'],
    ['2020-01-01', '2024-12-31'],
  ];
  it.each(spans.flatMap((span) => (['en', 'ru', 'kk'] as const).map((lang) => ({ span, lang }))))(
    '$span.0 to $span.1 in $lang: labels never overlap and stay within the slider, 320 to 1,400 px',
    ({ span, lang }) => {
      const days = eachDay(span[0], span[1]).length;
      for (let px = 320; px <= 1400; px += 10) {
        const labels = ticks(span[0], span[1], px, lang);
        expect(labels.length).toBeGreaterThan(0);
        const b = boxes(labels, days, px);
        for (let i = 1; i < b.length; i++) expect(b[i].left - b[i - 1].right).toBeGreaterThanOrEqual(8);
        expect(b[0].left).toBeGreaterThanOrEqual(-20 - 1e-9);
        expect(b.at(-1)!.right).toBeLessThanOrEqual(px + 20 + 1e-9);
      }
    },
  );

  it('a track too narrow for any two labels shows the first day alone', () => {
    expect(ticks('2022-01-02', '2022-01-19', 40).map((l) => l.text)).toEqual(['2 Jan']);
  });
});

describe('keyStep', () => {
  it.each([
    { key: 'ArrowRight', from: 4, to: 5 },
    { key: 'ArrowUp', from: 17, to: 17 },
    { key: 'ArrowLeft', from: 0, to: 0 },
    { key: 'ArrowDown', from: 4, to: 3 },
    { key: 'PageUp', from: 4, to: 7 },
    { key: 'PageUp', from: 16, to: 17 },
    { key: 'PageDown', from: 2, to: 0 },
    { key: 'Home', from: 9, to: 0 },
    { key: 'End', from: 3, to: 17 },
    { key: 'a', from: 3, to: null },
    { key: ' ', from: 3, to: null },
  ])('$key from $from -> $to', ({ key, from, to }) => {
    expect(keyStep(key, from, 17)).toBe(to);
  });
});

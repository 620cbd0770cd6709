import { describe, expect, it } from 'vitest';
import { languageLinks } from './language-links.ts';

describe('languageLinks', () => {
  it.each([
    [
      'a story in three languages: its pages',
      ['en', 'ru', 'kk'],
      ['./?lang=en&date=2022-01-05', 'ru/?lang=ru&date=2022-01-05', 'kk/?lang=kk&date=2022-01-05'],
    ],
    [
      'a story in one language: the one page, in each language',
      ['en'],
      ['./?lang=en&date=2022-01-05', './?lang=ru&date=2022-01-05', './?lang=kk&date=2022-01-05'],
    ],
    [
      'a story first in Russian: its first page is Russian',
      ['ru', 'en'],
      ['en/?lang=en&date=2022-01-05', './?lang=ru&date=2022-01-05', './?lang=kk&date=2022-01-05'],
    ],
  ])('%s', (_, languages, hrefs) => {
    expect(languageLinks(languages, { date: '2022-01-05' }).map((l) => l.href)).toEqual(hrefs);
  });

  it('keeps the mode and the view', () => {
    expect(
      languageLinks(['en'], { date: '2022-01-06', mode: 'day', view: { lng: 76.9, lat: 43.2, zoom: 9 } })[1].href,
    ).toBe('./?lang=ru&date=2022-01-06&mode=day&view=76.9000,43.2000,9.00');
  });
});

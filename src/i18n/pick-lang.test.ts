import { describe, expect, it } from 'vitest';
import { pickLang } from './pick-lang.ts';

describe('pickLang', () => {
  it.each([
    ['asked wins over the page', 'ru', ['kk', 'en'], 'ru'],
    ['asked, any case', 'KK', [], 'kk'],
    ['the reader’s first language we speak', undefined, ['de-DE', 'ru-RU', 'en'], 'ru'],
    ['a region subtag', null, ['kk-KZ'], 'kk'],
    ['English when none is spoken', undefined, ['de', 'fr'], 'en'],
    ['English with no preference', undefined, [], 'en'],
  ] as const)('%s', (_, asked, preferred, lang) => {
    expect(pickLang(asked, preferred)).toEqual({ lang });
  });

  it('an unknown lang falls back to English with a warning naming it', () => {
    expect(pickLang('fr', ['ru'])).toEqual({
      lang: 'en',
      warning: 'lang "fr" is not one of en, ru, kk: showing English',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { creditsFor, isSourceKey, SOURCE_CREDITS } from './credits.ts';

describe('creditsFor: the credits of what a story’s map draws, and only those', () => {
  it.each([
    [
      'a story anywhere (the world pack, places from GeoNames)',
      ['naturalEarth', 'geonames', 'etopo5'],
      ['Natural Earth', 'GeoNames (CC BY 4.0)', 'ETOPO5 (NOAA)'],
    ],
    ['in the table’s order, whatever the story’s', ['etopo5', 'naturalEarth'], ['Natural Earth', 'ETOPO5 (NOAA)']],
    ['each once', ['naturalEarth', 'naturalEarth'], ['Natural Earth']],
    ['a key this version does not know is left out', ['naturalEarth', 'someNewSource'], ['Natural Earth']],
    ['nothing named, nothing credited', [], []],
  ])('%s', (_, keys, credits) => {
    expect(creditsFor(keys)).toEqual(credits);
  });

  it('credits the 2012 Almaty extract under its own licence, apart from ODbL OpenStreetMap data', () => {
    expect(creditsFor(['osm'])).toEqual(['© OpenStreetMap contributors (ODbL)']);
    expect(creditsFor(['osm2012'])).toEqual(['© OpenStreetMap contributors (CC BY-SA 2.0)']);
  });

  it('knows its keys', () => {
    expect(Object.keys(SOURCE_CREDITS).every(isSourceKey)).toBe(true);
    expect(isSourceKey('toString')).toBe(false);
  });
});

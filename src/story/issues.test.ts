import { describe, expect, it } from 'vitest';
import { formatPath } from './issues.ts';

describe('formatPath', () => {
  it.each([
    [['date'], 'date'],
    [['sources', 0, 'quote'], 'sources[0].quote'],
    [['geometry', 'coordinates', 1], 'geometry.coordinates[1]'],
    [['sources', '000_x.txt', 'headline'], 'sources["000_x.txt"].headline'],
    [[], ''],
  ])('%j -> %s', (keys, expected) => {
    expect(formatPath(keys)).toBe(expected);
  });
});

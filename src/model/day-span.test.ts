import { describe, expect, it } from 'vitest';
import { daySpans } from './day-span.ts';

describe('daySpans', () => {
  it.each([
    { name: 'none', items: [], expected: [] },
    {
      name: 'duplicates merged, sorted by first then last day',
      items: [
        { day: 5, endDay: 7 },
        { day: 2, endDay: 2 },
        { day: 5, endDay: 5 },
        { day: 2, endDay: 2 },
      ],
      expected: [
        { day: 2, endDay: 2 },
        { day: 5, endDay: 5 },
        { day: 5, endDay: 7 },
      ],
    },
  ])('$name', ({ items, expected }) => {
    expect(daySpans(items)).toEqual(expected);
  });
});

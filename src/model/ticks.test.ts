import { describe, expect, it } from 'vitest';
import { keyStep, labelEvery } from './ticks.ts';

describe('labelEvery', () => {
  it.each([
    { px: 1200, days: 18, every: 1 },
    { px: 600, days: 18, every: 2 },
    { px: 280, days: 18, every: 3 },
    { px: 100, days: 18, every: 7 },
    { px: 300, days: 1, every: 1 },
  ])('$px px for $days days: a label every $every', ({ px, days, every }) => {
    expect(labelEvery(px, days)).toBe(every);
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

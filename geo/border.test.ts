import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { sharedStretch, trimEnds } from './border.ts';

// A closed square ring of 8 vertices, numbered 0..7 along x, so results read as index lists.
const ring: Position[] = [0, 1, 2, 3, 4, 5, 6, 7, 0].map((i) => [i, 0]);
const at = (...indices: number[]): Position[] => indices.map((i) => [i, 0]);
const xs = (path: Position[]) => path.map((p) => p[0]);

describe('sharedStretch', () => {
  it.each([
    { name: 'a contiguous run', shared: at(2, 3, 4), expected: [2, 3, 4] },
    { name: 'bridges unshared vertices inside the run', shared: at(1, 2, 5), expected: [1, 2, 3, 4, 5] },
    { name: 'wraps around the ring start', shared: at(6, 7, 0, 1), expected: [6, 7, 0, 1] },
    { name: 'picks the side that leaves the widest unshared gap', shared: at(0, 1, 5), expected: [5, 6, 7, 0, 1] },
  ])('$name', ({ shared, expected }) => {
    expect(xs(sharedStretch(ring, shared))).toEqual(expected);
  });

  it('refuses a ring that shares fewer than two vertices', () => {
    expect(() => sharedStretch(ring, at(3))).toThrow(/shares 1 vertex/);
  });
});

describe('trimEnds', () => {
  const off = (p: Position) => p[0] >= 10;
  it.each([
    { path: [10, 11, 1, 2, 3], expected: [1, 2, 3] },
    { path: [1, 2, 12], expected: [1, 2] },
    { path: [1, 12, 2], expected: [1, 12, 2] },
    { path: [10, 11], expected: [] },
  ])('$path -> $expected', ({ path, expected }) => {
    expect(xs(trimEnds(at(...path), off))).toEqual(expected);
  });
});

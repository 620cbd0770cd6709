import { describe, expect, it } from 'vitest';
import { layoutInset, type InsetPoint } from './inset.ts';

// Almaty-like: three points within 2 km of each other, one 15 km away, and two at the same spot.
const points: InsetPoint[] = [
  { id: 'akimat', lng: 76.945, lat: 43.238 },
  { id: 'residence', lng: 76.955, lat: 43.232 },
  { id: 'knb', lng: 76.94, lat: 43.245 },
  { id: 'airport', lng: 77.04, lat: 43.352 },
  { id: 'akimat-again', lng: 76.945, lat: 43.238 },
];
const [W, H, R] = [150, 150, 8];
const placed = layoutInset(points, W, H, R);
const at = (id: string) => placed.find((p) => p.id === id)!;

describe('layoutInset', () => {
  it('keeps every marker inside the box', () => {
    for (const p of placed) {
      expect(p.mx - R).toBeGreaterThanOrEqual(0);
      expect(p.mx + R).toBeLessThanOrEqual(W);
      expect(p.my - R).toBeGreaterThanOrEqual(0);
      expect(p.my + R).toBeLessThanOrEqual(H);
    }
  });

  it('keeps true relative positions: north is up, east is right', () => {
    expect(at('airport').x).toBeGreaterThan(at('akimat').x);
    expect(at('airport').y).toBeLessThan(at('akimat').y);
    expect(at('knb').y).toBeLessThan(at('residence').y);
  });

  it('never lets two markers overlap, even for points at the same spot', () => {
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i], placed[j]];
        expect(Math.hypot(a.mx - b.mx, a.my - b.my), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * R);
      }
  });

  it('moves a lone marker not at all', () => {
    expect([at('airport').mx, at('airport').my]).toEqual([at('airport').x, at('airport').y]);
  });

  it('is deterministic', () => {
    expect(layoutInset(points, W, H, R)).toEqual(placed);
  });

  it.each([[[]], [[points[0]]]])('handles %j', (ps) => {
    const out = layoutInset(ps, W, H, R);
    expect(out).toHaveLength(ps.length);
    for (const p of out) expect([p.x, p.y]).toEqual([W / 2, H / 2]);
  });
});

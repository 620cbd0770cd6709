import { describe, expect, it } from 'vitest';
import { insetProjection, layoutInset, scaleBar, type Frame, type InsetPoint } from './inset.ts';

// Almaty-like: three points within 2 km of each other, one 13 km away, and two at the same spot.
const points: InsetPoint[] = [
  { id: 'akimat', lng: 76.945, lat: 43.238 },
  { id: 'residence', lng: 76.955, lat: 43.232 },
  { id: 'knb', lng: 76.94, lat: 43.245 },
  { id: 'airport', lng: 77.04, lat: 43.352 },
  { id: 'akimat-again', lng: 76.945, lat: 43.238 },
];
const frame: Frame = [76.85, 43.18, 77.1, 43.4];
const [W, H, R] = [150, 150, 8];
const project = insetProjection(frame, W, H);
const placed = layoutInset(points, project, W, H, R);
const at = (id: string) => placed.find((p) => p.id === id)!;

describe('insetProjection', () => {
  it.each([
    { what: 'the north-west corner', p: [76.85, 43.4] },
    { what: 'the south-east corner', p: [77.1, 43.18] },
  ])('keeps $what of the frame inside the box', ({ p }) => {
    const [x, y] = project(p);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(W);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(H);
  });

  it('fills the box along the frame’s longer side and centres the other', () => {
    // 0.22° of latitude is longer on the ground than 0.25° of longitude at 43°N.
    expect(project([76.85, 43.4])[1]).toBeCloseTo(0);
    expect(project([76.85, 43.18])[1]).toBeCloseTo(H);
    const [x1, x2] = [project([76.85, 43.3])[0], project([77.1, 43.3])[0]];
    expect(x1 + x2).toBeCloseTo(W);
  });

  it('keeps distances true: a km east is as long as a km north', () => {
    const [x0, y0] = project([76.95, 43.25]);
    const [x1] = project([76.95 + 1 / (111.32 * Math.cos((43.29 * Math.PI) / 180)), 43.25]);
    const [, y1] = project([76.95, 43.25 + 1 / 111.32]);
    expect(x1 - x0).toBeCloseTo(y0 - y1, 1);
  });
});

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

  it('keeps a marker by the frame’s edge whole, with its true position kept', () => {
    const [edge] = layoutInset([{ id: 'edge', lng: 76.85, lat: 43.4 }], project, W, H, R);
    expect(edge.mx - R).toBeGreaterThanOrEqual(0);
    expect(edge.my - R).toBeGreaterThanOrEqual(0);
    expect([edge.x, edge.y]).toEqual(project([76.85, 43.4]));
  });

  it('is deterministic', () => {
    expect(layoutInset(points, project, W, H, R)).toEqual(placed);
  });

  it('handles no points', () => {
    expect(layoutInset([], project, W, H, R)).toEqual([]);
  });
});

describe('scaleBar', () => {
  it.each([
    // Almaty's frame is 24.5 km tall in 150 px: 6.1 px a km.
    { frame, size: 150, maxPx: 50, km: 5 },
    { frame, size: 360, maxPx: 150, km: 10 },
    // Two degrees tall in 150 px: 0.67 px a km.
    { frame: [76, 42, 78, 44] as Frame, size: 150, maxPx: 50, km: 50 },
  ])('$km km for a frame $frame at $size px, at most $maxPx px', ({ frame, size, maxPx, km }) => {
    const project = insetProjection(frame, size, size);
    const bar = scaleBar(frame, project, maxPx);
    expect(bar.km).toBe(km);
    expect(bar.px).toBeLessThanOrEqual(maxPx);
    expect(bar.px).toBeCloseTo((km / 111.32 / (frame[3] - frame[1])) * size, 3);
  });
});

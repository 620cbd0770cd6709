import { describe, expect, it } from 'vitest';
import {
  cameraFor,
  constrain,
  fitBounds,
  latFromY,
  mercatorY,
  projector,
  unwrapBox,
  visibleBounds,
  worldSize,
  wrapNear,
} from './mercator.ts';

const size = { width: 920, height: 530 };

describe('mercator', () => {
  it.each([0, 43.25, 55.75, -33.9, 80])('latitude %s goes to y and back', (lat) => {
    expect(latFromY(mercatorY(lat))).toBeCloseTo(lat, 9);
  });

  it('puts the camera centre in the middle of the viewport', () => {
    const at = projector({ lng: 76.9, lat: 43.25, zoom: 9 }, size).point([76.9, 43.25]);
    expect(at[0]).toBeCloseTo(460, 9);
    expect(at[1]).toBeCloseTo(265, 9);
  });

  it('doubles distances with each zoom level', () => {
    const p = (z: number) => projector({ lng: 70, lat: 45, zoom: z }, size).point;
    const d = (z: number) => p(z)([71, 45])[0] - p(z)([70, 45])[0];
    expect(d(5) / d(4)).toBeCloseTo(2, 9);
    // One degree of longitude at zoom 0 is 512/360 pixels.
    expect(d(0)).toBeCloseTo(512 / 360, 9);
  });
});

describe('fitBounds', () => {
  it.each([
    { bounds: [26, 37, 88, 57] as [number, number, number, number], size },
    { bounds: [76.8, 43.1, 77.1, 43.4] as [number, number, number, number], size: { width: 375, height: 300 } },
  ])('shows $bounds whole, touching the padding on one side', ({ bounds, size }) => {
    const camera = fitBounds(bounds, size, 16);
    const p = projector(camera, size).point;
    const [x1, y1] = p([bounds[0], bounds[3]]);
    const [x2, y2] = p([bounds[2], bounds[1]]);
    expect(Math.min(x1, y1)).toBeGreaterThanOrEqual(16 - 1e-6);
    expect(Math.max(x2 - size.width, y2 - size.height)).toBeLessThanOrEqual(-16 + 1e-6);
    expect(Math.min(x1 - 16, y1 - 16, size.width - 16 - x2, size.height - 16 - y2)).toBeCloseTo(0, 6);
  });
});

describe('constrain', () => {
  const maxBounds: [number, number, number, number] = [15, 28, 105, 66];
  it('leaves a camera well inside the box alone', () => {
    const camera = { lng: 70, lat: 48, zoom: 5 };
    expect(constrain(camera, size, maxBounds)).toEqual(camera);
  });
  it('zooms in until the viewport fits, and keeps every edge inside', () => {
    const c = constrain({ lng: 60, lat: 47, zoom: 1 }, size, maxBounds);
    const [w, s, e, n] = visibleBounds(c, size);
    expect(w).toBeGreaterThanOrEqual(15 - 1e-9);
    expect(e).toBeLessThanOrEqual(105 + 1e-9);
    expect(s).toBeGreaterThanOrEqual(28 - 1e-9);
    expect(n).toBeLessThanOrEqual(66 + 1e-9);
  });
  it('moves a camera near the edge back in', () => {
    const c = cameraFor({ lng: 104, lat: 30, zoom: 6 }, [26, 37, 88, 57], maxBounds, size);
    expect(visibleBounds(c, size)[2]).toBeCloseTo(105, 6);
  });
});

describe('across the antimeridian', () => {
  const camera = { lng: 180, lat: -17, zoom: 6 };
  const { point, line } = projector(camera, size);
  const perDegree = worldSize(6) / 360;

  it.each([
    [-179, 180, 181],
    [179, 180, 179],
    [10, -160, 10],
    [30, -160, -330],
    [190, 0, -170],
  ])('wrapNear(%s, %s) is %s', (lng, center, expected) => {
    expect(wrapNear(lng, center)).toBeCloseTo(expected, 9);
  });

  it('puts places either side of it side by side', () => {
    expect(point([-179, -17])[0] - point([179, -17])[0]).toBeCloseTo(2 * perDegree, 6);
  });

  it.each([
    ['a ring across it', [170, 179, -179, -170]],
    ['a ring on the far side of the camera', [-10, -1, 1, 10]],
  ])('keeps %s in one piece, the short way round', (_, lngs) => {
    const xs = line(lngs.map((lng) => [lng, -17])).map(([x]) => x);
    const steps = xs.slice(1).map((x, i) => x - xs[i]);
    for (const s of steps) expect(Math.abs(s)).toBeLessThan(10 * perDegree);
    expect(xs[xs.length - 1] - xs[0]).toBeCloseTo(20 * perDegree, 6);
  });

  it('fits a box that crosses it as one piece', () => {
    const bounds: [number, number, number, number] = [170, -21, -170, -12];
    const fitted = fitBounds(bounds, size, 16);
    expect(Math.abs(wrapNear(fitted.lng, 180) - 180)).toBeLessThan(1e-6);
    const p = projector(fitted, size).point;
    const [x1] = p([170, -12]);
    const [x2] = p([-170, -21]);
    expect(x1).toBeGreaterThanOrEqual(16 - 1e-6);
    expect(x2).toBeLessThanOrEqual(size.width - 16 + 1e-6);
    expect(x2 - x1).toBeGreaterThan(size.width / 3);
    expect(unwrapBox(bounds)).toEqual([170, -21, 190, -12]);
  });

  it('keeps a camera inside bounds that cross it, from either side', () => {
    const maxBounds: [number, number, number, number] = [160, -30, -160, 0];
    for (const lng of [175, -175, 150]) {
      const c = constrain({ lng, lat: -15, zoom: 5 }, size, maxBounds);
      const [w, , e] = visibleBounds(c, size);
      const [cw, ce] = [wrapNear(w, 180), wrapNear(w, 180) + (e - w)];
      expect(cw).toBeGreaterThanOrEqual(160 - 1e-6);
      expect(ce).toBeLessThanOrEqual(200 + 1e-6);
    }
  });
});

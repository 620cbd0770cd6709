import { describe, expect, it } from 'vitest';
import { fitBounds, mercatorX, mercatorY, wrapNear } from '../../src/static/mercator.ts';
import type { Bbox } from '../../src/story/schema.ts';
import { ASPECTS, clipBox, crossesAntimeridian, extentOf } from './extent.ts';

describe('extentOf: the events’ box, the short way round the globe', () => {
  it.each([
    ['one point', [[39.71, 47.23]], [39.71, 47.23, 39.71, 47.23]],
    [
      'Chile, north to south',
      [
        [-70.4, -23.65],
        [-73.05, -36.83],
        [-71.25, -29.9],
      ],
      [-73.05, -36.83, -70.4, -23.65],
    ],
    [
      'Fiji, across the antimeridian',
      [
        [178.44, -18.14],
        [-179.9, -16.6],
        [179.3, -16.4],
      ],
      [178.44, -18.14, 180.1, -16.4],
    ],
    [
      'Chukotka to Alaska',
      [
        [177.5, 64.73],
        [-173.23, 64.42],
        [-165.41, 64.5],
      ],
      [177.5, 64.42, 194.59, 64.73],
    ],
    [
      'west of the antimeridian only: no wrap',
      [
        [-170, 60],
        [-150, 61],
      ],
      [-170, 60, -150, 61],
    ],
  ])('%s', (_, points, box) => {
    const [w, s, e, n] = extentOf(points);
    expect([w, s, Math.round(e * 100) / 100, n]).toEqual(box);
  });
});

/** Whether a map of `aspect` (width / height) fitting `extent` shows only what lies in `clip`. */
function fitsWithin(extent: Bbox, clip: Bbox, aspect: number): boolean {
  const size = { width: 1000 * aspect, height: 1000 };
  const camera = fitBounds(extent, size, 0);
  const world = 512 * 2 ** camera.zoom;
  // The camera's longitude is given in -180…180: its copy in the clip's own frame (east past 180).
  const [cx, cy] = [mercatorX(wrapNear(camera.lng, (clip[0] + clip[2]) / 2)), mercatorY(camera.lat)];
  const [hx, hy] = [size.width / 2 / world, size.height / 2 / world];
  const eps = 1e-9;
  return (
    cx - hx >= mercatorX(clip[0]) - eps &&
    cx + hx <= mercatorX(clip[2]) + eps &&
    cy - hy >= mercatorY(clip[3]) - eps &&
    cy + hy <= mercatorY(clip[1]) + eps
  );
}

describe('clipBox: room for the events at any aspect', () => {
  const chile: Bbox = [-73.05, -36.83, -70.4, -23.65];
  const rostov: Bbox = [27.53, 47.23, 40.83, 53.3];
  const bering: Bbox = [177.5, 64.42, 194.59, 64.73];
  const town: Bbox = [39.71, 47.23, 39.71, 47.23];

  it.each([
    ['a long, thin story (Chile)', chile],
    ['a wide one (Rostov to Belarus)', rostov],
    ['one across the antimeridian (Chukotka–Alaska)', bering],
    ['a single town', town],
  ])('%s: a map from the tallest to the widest aspect fits all the events inside the box', (_, extent) => {
    const clip = clipBox(extent);
    for (const aspect of [ASPECTS.tallest, 1, 4 / 3, 16 / 9, ASPECTS.widest])
      expect(fitsWithin(extent, clip, aspect), `aspect ${aspect}: ${JSON.stringify(clip)}`).toBe(true);
  });

  it.each([
    ['Chile', chile, false],
    ['Chukotka–Alaska', bering, true],
  ])('%s: west in -180…180, east past 180 only across the antimeridian', (_, extent, across) => {
    const clip = clipBox(extent);
    expect(clip[0]).toBeGreaterThanOrEqual(-180);
    expect(clip[0]).toBeLessThan(180);
    expect(clip[0]).toBeLessThan(clip[2]);
    expect(crossesAntimeridian(clip)).toBe(across);
  });

  it('keeps a margin of at least 3° round a single town', () => {
    const [w, s, e, n] = clipBox(town);
    expect([39.71 - w, 47.23 - s, e - 39.71, n - 47.23].every((d) => d >= 3 - 0.01)).toBe(true);
  });
});

import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Bbox } from '../../src/story/schema.ts';
import { clipFeatures, clipGeometry, clipPoint, continuous, withoutSpikes } from './clip.ts';

const square = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const fiji: Bbox = [175, -21, 183, -13];
const europe: Bbox = [20, 40, 50, 60];

describe('clipPoint', () => {
  it.each([
    ['inside, as it is', [30, 50], europe, [30, 50]],
    ['outside', [10, 50], europe, null],
    ['west of the antimeridian, in a box across it', [178.4, -18.1], fiji, [178.4, -18.1]],
    ['east of it: a turn east', [-179.9, -16.6], fiji, [180.1, -16.6]],
    ['east of it, beyond the box', [-170, -16.6], fiji, null],
  ])('%s', (_, p, box, expected) => {
    const at = clipPoint(p, box);
    expect(at && at.map((x) => Math.round(x * 1000) / 1000)).toEqual(expected);
  });
});

describe('clipGeometry', () => {
  it.each([
    ['a polygon inside stays whole', square(25, 45, 30, 50), europe, [25, 45, 30, 50]],
    ['a polygon across the edge is cut at it', square(45, 45, 55, 50), europe, [45, 45, 50, 50]],
    ['a polygon outside is dropped', square(60, 45, 70, 50), europe, null],
    [
      'an island east of the antimeridian comes a turn east',
      square(-179.9, -17, -179.5, -16.5),
      fiji,
      [180.1, -17, 180.5, -16.5],
    ],
    ['an island west of it stays', square(178, -18, 178.5, -17.5), fiji, [178, -18, 178.5, -17.5]],
  ])('%s', (_, polygon, box, expected) => {
    const clipped = clipGeometry(polygon, box);
    expect(clipped && turf.bbox(clipped).map((x) => Math.round(x * 1000) / 1000)).toEqual(expected);
  });

  it('joins a country cut at the antimeridian into one piece, with no edge down the 180° meridian', () => {
    // Natural Earth's way: the western half reaches 180, the eastern half starts at -180.
    const cut: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(175, 64, 180, 68).coordinates, square(-180, 64, -172, 68).coordinates],
    };
    const clipped = clipGeometry(cut, [170, 60, 200, 70])!;
    expect(clipped.type).toBe('Polygon');
    expect(turf.bbox(clipped)).toEqual([175, 64, 188, 68]);
    const ring = (clipped as unknown as Polygon).coordinates[0];
    const onSeam = ring.filter((p, i) => i > 0 && p[0] === 180 && ring[i - 1][0] === 180);
    expect(onSeam).toEqual([]);
  });

  it('cuts a line to the box, in pieces where it leaves and comes back', () => {
    const line: Geometry = {
      type: 'LineString',
      coordinates: [
        [10, 50],
        [30, 50],
        [30, 70],
        [40, 70],
        [40, 50],
      ],
    };
    const clipped = clipGeometry(line, europe);
    expect(clipped?.type).toBe('MultiLineString');
    expect(turf.bbox(clipped!)).toEqual([20, 50, 40, 60]);
  });
});

describe('continuous and withoutSpikes', () => {
  it('moves the part of a ring past the antimeridian a turn, so the ring is whole', () => {
    const ring = [
      [179, 0],
      [-179, 0],
      [-179, 1],
      [179, 1],
      [179, 0],
    ];
    expect(continuous(ring, true).map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
  });

  it('leaves a ring round the pole as it is: it cannot close', () => {
    const ring = [
      [-180, -80],
      [0, -85],
      [179, -80],
      [-180, -80],
    ];
    expect(continuous(ring, true)).toBe(ring);
  });

  it('takes out a vertex where the ring turns straight back', () => {
    const ring = [
      [0, 0],
      [10, 0],
      [10, 5],
      [10, 10],
      [10, 5],
      [0, 5],
      [0, 0],
    ];
    expect(withoutSpikes(ring)).toEqual([
      [0, 0],
      [10, 0],
      [10, 5],
      [0, 5],
      [0, 0],
    ]);
  });
});

describe('clipFeatures', () => {
  it('keeps the properties of what is in the box and drops the rest', () => {
    const features: Feature<Polygon, { name: string }>[] = [
      { type: 'Feature', properties: { name: 'in' }, geometry: square(25, 45, 30, 50) },
      { type: 'Feature', properties: { name: 'out' }, geometry: square(60, 45, 70, 50) },
    ];
    expect(clipFeatures(features, europe).map((f) => f.properties.name)).toEqual(['in']);
  });
});

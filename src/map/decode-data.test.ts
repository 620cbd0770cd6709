import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { decodeData } from './decode-data.ts';

const square = (x: number, name: string) => ({
  type: 'Feature' as const,
  properties: { name },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  },
});
const neighbours: FeatureCollection = { type: 'FeatureCollection', features: [square(0, 'a'), square(1, 'b')] };
const point: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'p' }, geometry: { type: 'Point', coordinates: [0.5, 0.5] } }],
};

describe('decodeData', () => {
  it.each([
    { name: 'GeoJSON passes through', data: neighbours, expected: neighbours },
    { name: 'a topology gives back its features', data: topology({ neighbours }), expected: neighbours },
    {
      name: 'every object of a topology, in order',
      data: topology({ neighbours, point }),
      expected: { type: 'FeatureCollection', features: [...neighbours.features, ...point.features] },
    },
  ])('$name', ({ data, expected }) => {
    const decoded = decodeData(data);
    expect(decoded.features.map((f) => f.properties)).toEqual(expected.features.map((f) => f.properties));
    // A topology may start a ring at another of its vertices: compare the types and vertex sets.
    const shape = (f: Feature) => [
      f.geometry.type,
      [...new Set(JSON.stringify(f.geometry).match(/-?[\d.]+,-?[\d.]+/g))].sort(),
    ];
    expect(decoded.features.map(shape)).toEqual(expected.features.map(shape));
  });

  it('keeps coordinates within a quantization step', () => {
    const decoded = decodeData(topology({ neighbours }, 1e4));
    const [x, y] = (decoded.features[1].geometry as GeoJSON.Polygon).coordinates[0][1];
    expect(x).toBeCloseTo(2, 3);
    expect(y).toBeCloseTo(0, 3);
  });
});

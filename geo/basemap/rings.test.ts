import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Area } from './geometry.ts';
import { built } from './testing.ts';

/** Every derived file with polygons, as committed. */
const files = [
  'water.topojson',
  'water-detail.topojson',
  'regions.topojson',
  'urban.topojson',
  'almaty-overview.geojson',
];

describe('derived polygons', () => {
  it.each(files)('%s: no ring crosses itself or has fewer than four positions', (name) => {
    const polygons = built<FeatureCollection>(name).features.filter(
      (f): f is Feature<Area> => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
    );
    expect(polygons.length).toBeGreaterThan(0);
    const problems = polygons.flatMap((f) =>
      turf
        .flatten(f)
        .features.flatMap((p) => [
          ...turf
            .kinks(p)
            .features.map(
              (k) => `${f.properties?.id ?? f.properties?.kind} crosses itself at ${k.geometry.coordinates}`,
            ),
          ...p.geometry.coordinates
            .filter((ring) => ring.length < 4)
            .map(() => `${f.properties?.id} has a degenerate ring`),
        ]),
    );
    expect(problems).toEqual([]);
  });
});

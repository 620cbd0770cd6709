import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import { outDir } from '../build.ts';
import { LAYERS } from './almaty.ts';
import { built, tileLayerNames } from './testing.ts';

const overview = built<FeatureCollection>('almaty-overview.geojson');
const landmark = (id: string) => overview.features.find((f) => f.properties?.id === id) as GeoJSON.Feature<Point>;

const tileDir = join(outDir, 'data/almaty');
const tiles = readdirSync(tileDir, { recursive: true })
  .map(String)
  .filter((p) => p.endsWith('.pbf'));

describe('the Almaty city map (2012 OpenStreetMap extract)', () => {
  it('has the airport north-east of Republic Square, about 13 km away', () => {
    const [square, airport] = [landmark('republic-square'), landmark('airport')];
    const bearing = turf.bearing(square, airport);
    expect(bearing).toBeGreaterThan(0);
    expect(bearing).toBeLessThan(90);
    // Measured: bearing 24°, 13.2 km (the aerodrome point is by the terminal).
    expect(turf.distance(square, airport)).toBeGreaterThan(11);
    expect(turf.distance(square, airport)).toBeLessThan(15);
  });

  it.each([
    { id: 'akimat', within: 0.4 },
    { id: 'presidential-residence', within: 0.6 },
  ])('has the $id on Republic Square’s south side (within $within km)', ({ id, within }) => {
    const [square, building] = [landmark('republic-square'), landmark(id)];
    expect(turf.distance(square, building)).toBeLessThan(within);
    expect(building.geometry.coordinates[1]).toBeLessThan(square.geometry.coordinates[1]);
  });

  it('names the airport as the extract does, in three languages', () => {
    expect(landmark('airport').properties).toMatchObject({
      name_en: 'Almaty International Airport',
      name_ru: 'Международный Аэропорт Алматы',
      name_kk: 'Халықаралық Алматы Әуежайы',
    });
  });

  it('overview: a small file with the built-up outline, main roads, rivers, the runways and the landmarks', () => {
    expect(readFileSync(join(outDir, 'data/almaty-overview.geojson')).length).toBeLessThan(40_000);
    const kinds = new Set(overview.features.map((f) => f.properties?.kind));
    for (const kind of ['built-up', 'road', 'river', 'canal', 'airport', 'runway', 'landmark'])
      expect(kinds).toContain(kind);
    const builtUp = overview.features.find((f) => f.properties?.kind === 'built-up')!;
    // Republic Square is in the built-up area; the derived outline measured 376 km² before simplifying.
    expect(
      turf.booleanPointInPolygon(landmark('republic-square'), builtUp as GeoJSON.Feature<GeoJSON.MultiPolygon>),
    ).toBe(true);
  });

  it('tiles: zooms 9 to 13, only the manifest’s source-layers, the labels from zoom 9', () => {
    const zooms = new Set(tiles.map((t) => Number(t.split('/')[0])));
    expect([...zooms].sort((a, b) => a - b)).toEqual([9, 10, 11, 12, 13]);
    const seen = new Set<string>();
    for (const t of tiles) for (const name of tileLayerNames(readFileSync(join(tileDir, t)))) seen.add(name);
    expect([...seen].sort()).toEqual([...LAYERS].sort());
    const z9 = tiles.filter((t) => t.startsWith('9/')).flatMap((t) => tileLayerNames(readFileSync(join(tileDir, t))));
    expect(z9).toContain('labels');
    expect(z9).toContain('roads');
  });
});

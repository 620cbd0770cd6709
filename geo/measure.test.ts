import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { readFeatures } from './io.ts';
import { deriveBorder, outDir, type BorderProps, type CountryProps, type LabelProps } from './build.ts';
import { region } from './region.ts';
import { loadStory } from './story/build-story.ts';

const built = <T extends FeatureCollection>(name: string) => readFeatures<T>(`${outDir}data/${name}`);
const countries = built<FeatureCollection<Polygon | MultiPolygon, CountryProps>>('countries.topojson');
const border = built<FeatureCollection<LineString | Point, BorderProps>>('border.topojson');
const labels = built<FeatureCollection<Point, LabelProps>>('labels.geojson');
const country = (name: string) => countries.features.find((f) => f.properties.name === name)!;
const city = (name: string) => labels.features.find((f) => f.properties.kind === 'city' && f.properties.name === name)!;
const within = (measured: number, expected: number, fraction: number) =>
  expect(Math.abs(measured - expected) / expected).toBeLessThanOrEqual(fraction);

/** Gaps in km between the end of each part and the start of the next. */
const gapsKm = (parts: Position[][]) =>
  parts.slice(1).map((part, i) => turf.distance(parts[i][parts[i].length - 1], part[0]));

describe('the Kazakhstan–Russia land border, at build resolution', () => {
  let full: Feature<LineString>;
  beforeAll(() => {
    full = deriveBorder();
  }, 30_000);

  it('measures within 3% of the reported 7,644 km (4,750 miles)', () => {
    within(turf.length(full), 7644, 0.03);
    within(turf.length(full, { units: 'miles' }), 4750, 0.03);
  });

  it('is one connected line: no gap between parts over 1 km', () => {
    expect(full.geometry.type).toBe('LineString');
    expect(gapsKm([full.geometry.coordinates]).every((km) => km < 1)).toBe(true);
  });

  it('runs from the Caspian shore to the Altai tripoint with China', () => {
    const coords = full.geometry.coordinates;
    const [west, east] = [coords[0], coords[coords.length - 1]];
    // The land border meets the Caspian near the Volga delta (46.2 N, 49.2 E); the tripoint is at 49.1 N, 87.3 E.
    expect(turf.distance(west, [49.2, 46.3])).toBeLessThan(15);
    expect(turf.distance(east, [87.3, 49.1])).toBeLessThan(5);
  });

  it('carries the reported and the measured length, and its drawn line stays close to it', () => {
    const line = border.features.find((f) => f.geometry.type === 'LineString') as Feature<LineString, BorderProps>;
    expect(line.properties).toMatchObject({ reportedKm: 7644, reportedMiles: 4750 });
    expect(line.properties.measuredKm).toBeCloseTo(turf.length(full), 0);
    within(turf.length(line), turf.length(full), 0.05);
  });
});

describe('country polygons', () => {
  it("Kazakhstan's area is within 1.5% of 2,724,900 km²", () => {
    within(turf.area(country('Kazakhstan')) / 1e6, 2_724_900, 0.015);
  });

  const overlays = loadStory().story.overlays ?? [];
  const lit = overlays.flatMap((o) => (o.kind === 'countries' ? o.countries : []));
  const regionIds = new Set(
    readFeatures(fileURLToPath(new URL('../public/data/regions.topojson', import.meta.url))).features.map(
      (f) => f.properties?.id,
    ),
  );
  it.each([...new Set(overlays.flatMap((o) => (o.kind === 'regions' ? o.regions : [])))])(
    'region %s, which the story shades, is in the base map',
    (id) => {
      expect(regionIds.has(id)).toBe(true);
    },
  );
  it.each([...new Set(lit)])('%s, which the story lights, is in the base map by its ISO code', (iso) => {
    expect(countries.features.filter((c) => c.properties.iso === iso)).toHaveLength(1);
  });

  it('no polygon crosses itself (the renderer would fill it wrongly), except where it touches the clip edge', () => {
    const [w, s, e, n] = region.clip;
    const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
    const onClipEdge = ([x, y]: Position) => near(x, w) || near(x, e) || near(y, s) || near(y, n);
    const crossings = countries.features.flatMap((c) =>
      turf
        .flatten(c)
        .features.flatMap((p) => turf.kinks(p).features.map((k) => k.geometry.coordinates))
        .filter((at) => !onClipEdge(at))
        .map((at) => `${c.properties.name} at ${at.join(',')}`),
    );
    expect(crossings).toEqual([]);
  });

  it('names no country the focus: what a story emphasises is its own (the default story: Kazakhstan, KZ)', () => {
    expect(countries.features.filter((f) => 'role' in f.properties)).toEqual([]);
    expect(countries.features.find((f) => f.properties.iso === 'KZ')?.properties.name).toBe('Kazakhstan');
  });
});

describe('cities', () => {
  it.each([
    // Great-circle distances between city centres, from their GeoNames coordinates.
    { from: 'Almaty', to: 'Moscow', km: 3105, tolerance: 0.01 },
    { from: 'Almaty', to: 'Nur-Sultan', km: 970, tolerance: 0.02 },
    { from: 'Moscow', to: 'Minsk', km: 677, tolerance: 0.02 },
  ])('$from to $to is about $km km', ({ from, to, km, tolerance }) => {
    within(turf.distance(city(from), city(to)), km, tolerance);
  });
});

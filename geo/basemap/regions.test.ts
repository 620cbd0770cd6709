import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { readJson } from '../io.ts';
import type { CountryProps } from '../build.ts';
import type { Area } from './geometry.ts';
import { geodataDir, hasGeodata, raw } from './paths.ts';
import type { RegionProps } from './regions.ts';
import { built, noteMissingGeodata } from './testing.ts';

const all =
  built<FeatureCollection<Area | Point | MultiLineString, RegionProps & { kind?: string }>>('regions.topojson');
const regions = all.features.filter(
  (f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
) as Feature<Area, RegionProps>[];
const labels = all.features.filter((f) => f.geometry.type === 'Point') as Feature<Point, RegionProps>[];
const borders = all.features.find((f) => f.properties.kind === 'inner-border') as Feature<MultiLineString>;
const kazakhstan = built<FeatureCollection<Polygon | MultiPolygon, CountryProps>>('countries.topojson').features.find(
  (f) => f.properties.name === 'Kazakhstan',
)!;
const union = turf.union(turf.featureCollection(regions))!;
const km2 = (f: Feature<Area>) => turf.area(f) / 1e6;

noteMissingGeodata('the comparison with the raw OpenStreetMap regions');

/** The January 2022 divisions: 14 regions and 3 cities of republican status. */
const january2022 = [
  ['akmola', 'region'],
  ['aktobe', 'region'],
  ['almaty-region', 'region'],
  ['atyrau', 'region'],
  ['east-kazakhstan', 'region'],
  ['jambyl', 'region'],
  ['karaganda', 'region'],
  ['kostanay', 'region'],
  ['kyzylorda', 'region'],
  ['mangystau', 'region'],
  ['north-kazakhstan', 'region'],
  ['pavlodar', 'region'],
  ['turkistan', 'region'],
  ['west-kazakhstan', 'region'],
  ['nur-sultan', 'city'],
  ['almaty', 'city'],
  ['shymkent', 'city'],
] as const;

describe('regions.topojson: Kazakhstan in January 2022', () => {
  it('has the 17 divisions of January 2022, no more', () => {
    expect(regions.map((r) => [r.properties.id, r.properties.type]).sort()).toEqual([...january2022].sort());
    expect(labels.map((l) => l.properties.id).sort()).toEqual(january2022.map(([id]) => id).sort());
  });

  it.each(january2022)('%s is named in three languages and labelled inside itself', (id) => {
    const region = regions.find((r) => r.properties.id === id)!;
    const label = labels.find((l) => l.properties.id === id)!;
    for (const key of ['name_en', 'name_ru', 'name_kk'] as const) expect(region.properties[key]).toMatch(/\S/);
    expect(turf.booleanPointInPolygon(label, region)).toBe(true);
  });

  it('calls the capital Nur-Sultan, as it was in January 2022', () => {
    expect(regions.find((r) => r.properties.id === 'nur-sultan')!.properties).toMatchObject({
      name_en: 'Nur-Sultan',
      name_ru: 'Нур-Султан',
      name_kk: 'Нұр-Сұлтан',
    });
  });

  /**
   * Compared with Kazakhstan in countries.topojson (Natural Earth 1:50m), the outline the map draws: the regions
   * should fill it. Measured: union 2,713,454 km², Natural Earth 2,712,918 km² (0.02% apart); the two outlines
   * differ by 26,306 km² in all (0.97%: OpenStreetMap's and Natural Earth's borders and coasts are drawn
   * differently at this scale). The OpenStreetMap regions' own union before clipping is no yardstick: it holds
   * some 30,000 km² of the Caspian (2,744,056 km², 1.1% more).
   */
  it('together cover Kazakhstan: area within 0.5% of its outline in countries.topojson', () => {
    expect(Math.abs(km2(union) - km2(kazakhstan)) / km2(kazakhstan)).toBeLessThanOrEqual(0.005);
    const both = km2(turf.intersect(turf.featureCollection([union, kazakhstan]))!);
    const symmetricDifference = km2(union) + km2(kazakhstan) - 2 * both;
    expect(symmetricDifference / km2(kazakhstan)).toBeLessThanOrEqual(0.015);
  });

  it('do not overlap: their areas add up to their union’s', () => {
    const sum = regions.reduce((total, r) => total + km2(r), 0);
    expect(Math.abs(sum - km2(union)) / km2(union)).toBeLessThan(1e-4);
  });

  it.each([
    { where: 'north Caspian, off Atyrau', at: [50.2, 45.8] },
    { where: 'off Mangystau, west of Aktau', at: [50.6, 43.6] },
    { where: 'Kara-Bogaz-Gol side of the Caspian', at: [51.5, 42.2] },
  ])('stop at the Caspian shore ($where)', ({ at }) => {
    expect(regions.some((r) => turf.booleanPointInPolygon(at, r))).toBe(false);
  });

  it('inner borders: shared edges only, not the country outline', () => {
    const outline = turf.length(turf.polygonToLine(union) as Feature<MultiLineString>);
    const inner = turf.length(borders);
    // Measured 11,749 km of inner borders against an outline of about 14,700 km.
    expect(inner).toBeGreaterThan(10_000);
    expect(inner).toBeLessThan(outline);
    const largest = turf.flatten(kazakhstan).features.reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a));
    const outlineSample = turf.along(turf.lineString(largest.geometry.coordinates[0]), 500);
    const nearest = turf.nearestPointOnLine(borders, outlineSample);
    expect(turf.distance(outlineSample, nearest)).toBeGreaterThan(5);
  });

  it.skipIf(!hasGeodata())('the raw OpenStreetMap regions hold the Caspian waters the clip takes out (~1.1%)', () => {
    const osm = readJson<FeatureCollection<Area, { admin_level: number }>>(join(geodataDir, raw.regions));
    const country = osm.features.find((f) => f.properties.admin_level === 2)!;
    expect(Math.round(km2(country))).toBe(2_744_056);
    const sea = (km2(country) - km2(union)) / km2(country);
    expect(sea).toBeGreaterThan(0.008);
    expect(sea).toBeLessThan(0.014);
  });
});

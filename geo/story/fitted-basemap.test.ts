/**
 * Any story's base map, cut from the committed world pack: within the default map's startup bytes for a
 * story as wide as the default one, nothing lit, names in the story's languages, and credits for what it
 * draws only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeData } from '../../src/map/decode-data.ts';
import { outDir } from '../build.ts';
import { readJson } from '../io.ts';
import { PLACES_SPLIT_ZOOM, REGION_LABELS_ZOOM, RIVER_DETAIL_ZOOM, WATER_DETAIL_ZOOM } from '../world/story-layers.ts';
import { fittedBasemap, type FittedBase } from './fitted-basemap.ts';

const data = (name: string) => readFileSync(join(outDir, name));
const gzip = (content: string | Buffer) => gzipSync(content).length;
const features = (base: FittedBase, path: string) =>
  decodeData(JSON.parse(String(base.files[path]))) as FeatureCollection;

interface Manifest {
  files: Record<string, { load: string; sources: string[] }>;
  credits: Record<string, { attribution: string }>;
}
const manifestOf = (base: FittedBase) => JSON.parse(String(base.files['data/manifest.json'])) as Manifest;

/** The base-map files a map loads before the reader zooms: the manifest's `startup` ones, but the relief. */
const startupFiles = (manifest: Manifest) =>
  Object.entries(manifest.files)
    .filter(([path, e]) => e.load === 'startup' && !path.startsWith('data/relief/'))
    .map(([path]) => path);

describe('a story as wide as the default one', () => {
  let base: FittedBase;
  beforeAll(async () => {
    // The default story's own events, built as if any newsroom's: the base map then comes from the pack.
    const story = readJson<{ features: { geometry: { coordinates: number[] } }[] }>(join(outDir, 'data/story.geojson'));
    base = await fittedBasemap(
      story.features.map((f) => f.geometry.coordinates),
      ['en', 'ru', 'kk'],
    );
  }, 60_000);

  it('starts on no more base-map bytes than the default map does (gzip)', () => {
    const committed = readJson<Manifest>(join(outDir, 'data/manifest.json'));
    // The default map's startup files: its manifest's, and the countries, their labels and the border.
    const today = [
      ...startupFiles(committed),
      'data/countries.topojson',
      'data/labels.geojson',
      'data/border.topojson',
    ].reduce((sum, path) => sum + gzip(data(path)), 0);
    const fitted = startupFiles(manifestOf(base)).map((path) => [path, gzip(base.files[path])] as const);
    const total = fitted.reduce((sum, [, n]) => sum + n, 0);
    expect(total, `${fitted.map(([p, n]) => `${p}: ${n}`).join('\n')}\ntoday: ${today}`).toBeLessThanOrEqual(today);
  });

  it('starts on no more relief than the default map does (gzip), and says the zoom its pixels support', () => {
    expect(gzip(base.files['data/relief/region.png'])).toBeLessThanOrEqual(gzip(data('data/relief/region.png')));
    expect(base.relief.maxzoom).toBeGreaterThan(3);
    expect(base.relief.maxzoom).toBeLessThan(7);
  });
});

describe('a story in Russia, told in Russian', () => {
  let base: FittedBase;
  beforeAll(async () => {
    base = await fittedBasemap(
      [
        [39.71, 47.23],
        [39.2, 51.67],
        [28.5, 53.2],
      ],
      ['ru'],
    );
  }, 60_000);

  it('lights no country: no country has a role, Kazakhstan least of all', () => {
    const countries = features(base, 'data/countries.topojson').features;
    expect(countries.map((f) => f.properties?.name)).toEqual(expect.arrayContaining(['Russia', 'Belarus', 'Ukraine']));
    expect(countries.filter((f) => f.properties && 'role' in f.properties)).toEqual([]);
  });

  it.each([
    ['data/labels.geojson', 'Россия'],
    ['data/places.geojson', 'Москва'],
  ])('names %s in Russian, with English beside it for the fallback', (path, name) => {
    const props = features(base, path).features.map((f) => f.properties ?? {});
    expect(props.map((p) => p.name_ru)).toContain(name);
    expect(props.every((p) => typeof p.name_en === 'string')).toBe(true);
    expect(props.some((p) => 'name_kk' in p)).toBe(false);
  });

  it.each([
    ['lakes and reservoirs', 'data/water-detail.topojson', 'Tsimlyansk Reservoir'],
    ['rivers', 'data/rivers.topojson', 'Volga'],
    ['seas', 'data/water.topojson', 'Black Sea'],
    ['towns', 'data/places-z7.geojson', 'Taganrog'],
  ])('draws %s with their names', (_, path, name) => {
    expect(features(base, path).features.map((f) => f.properties?.name_en)).toContain(name);
  });

  it('names first-level regions, and draws them from their own zoom', () => {
    const labels = [
      ...features(base, 'data/regions.topojson').features,
      ...features(base, 'data/regions-detail.topojson').features,
    ].filter((f) => f.geometry.type === 'Point');
    expect(labels.map((f) => f.properties?.name_en)).toEqual(expect.arrayContaining(['Rostov', 'Voronezh']));
    expect(labels.every((f) => typeof f.properties?.labelZoom === 'number')).toBe(true);
  });

  it('credits what it draws, and only that: Natural Earth and ETOPO5, no OpenStreetMap', () => {
    expect(base.sources).toEqual(['naturalEarth', 'etopo5']);
    const manifest = manifestOf(base);
    expect(Object.keys(manifest.credits)).toEqual(base.sources);
    const used = new Set(Object.values(manifest.files).flatMap((f) => f.sources));
    expect([...used].sort()).toEqual([...base.sources].sort());
    expect(String(base.files['data/LICENCES.md'])).not.toMatch(/OpenStreetMap|Almaty|SRTM|GeoNames/);
  });

  it('says which files wait for the zoom, and from which zoom: the rest load at startup', () => {
    expect(base.zoomFiles).toEqual({
      'data/water-detail.topojson': WATER_DETAIL_ZOOM,
      'data/rivers-detail.topojson': RIVER_DETAIL_ZOOM,
      'data/regions-detail.topojson': REGION_LABELS_ZOOM,
      'data/places-z7.geojson': PLACES_SPLIT_ZOOM,
      'data/urban.topojson': 5,
    });
    for (const path of Object.keys(base.zoomFiles)) expect(base.files[path], path).toBeDefined();
  });

  it('brings nothing of the default story’s region', () => {
    expect(Object.keys(base.files).filter((p) => /almaty|border/.test(p))).toEqual([]);
    expect(features(base, 'data/physical.geojson').features).toEqual([]);
  });
});

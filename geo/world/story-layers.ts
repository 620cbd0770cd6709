/**
 * A story's base-map layers cut from the world pack: each a pure function of the pack's features, the
 * story's box (unwrapped longitudes, extent.ts) and its languages. The shapes are the region map's (the
 * same kinds and properties: geo/basemap/), so the style and the static map draw either.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { meshArcs, quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Bbox } from '../../src/story/schema.ts';
import { type Area, labelPoint } from '../basemap/geometry.ts';
import { roundGeometry } from '../io.ts';
import { clipFeatures, clipPoint } from './clip.ts';
import type { WorldPack } from './read-pack.ts';

/** Label names in the story's languages: English always (every label's fallback), and Russian and Kazakh where the story speaks them. */
export type Names = { name_en: string | null; name_ru?: string | null; name_kk?: string | null };

/**
 * Natural Earth gives Russian names but no Kazakh ones: a Kazakh map writes a foreign place's name in
 * Cyrillic as a Russian one does far more often than in Latin, so Kazakh falls back to the Russian name,
 * then to the English.
 */
export function namesFor(languages: readonly string[], en: string | null, ru: string | null = null): Names {
  return {
    name_en: en,
    ...(languages.includes('ru') ? { name_ru: ru ?? en } : {}),
    ...(languages.includes('kk') ? { name_kk: ru ?? en } : {}),
  };
}

const fc = <F extends Feature>(features: F[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const at = (p: Point) => p.coordinates.map((x) => x.toFixed(2)).join('_');

/**
 * Below this zoom a lake is in the startup file; from it, in the file loaded on zoom. The zooms that split a
 * layer are lower than the region's (water.ts: 5.5, places.ts: 7): a story as wide as the default one must
 * start on no more bytes than it does (geo/story/fitted-basemap.test.ts), and a story of one city opens past
 * them, so its map loads the rest at once (a small box's files are small).
 */
export const WATER_DETAIL_ZOOM = 4;

/** Lakes and their label points, and the label points of the seas in the box (inside the part of each sea in view). */
export function storyWater(pack: WorldPack, box: Bbox, languages: readonly string[]) {
  const lakes = clipFeatures(pack.lakes, box).map((f) => {
    const point = labelPoint(f.geometry);
    return { f, point, id: `lake-${at(point)}` };
  });
  const area = ({ f, id }: (typeof lakes)[number]): Feature<Area> => ({
    type: 'Feature',
    properties: {
      id,
      kind: f.properties.kind,
      ...namesFor(languages, f.properties.name),
      rank: f.properties.rank,
      minzoom: f.properties.minzoom,
    },
    geometry: f.geometry,
  });
  const lakeLabels = (list: typeof lakes) =>
    list.flatMap(({ f, point, id }): Feature<Point>[] =>
      f.properties.name
        ? [
            {
              type: 'Feature',
              properties: {
                id,
                kind: 'label',
                ...namesFor(languages, f.properties.name),
                labelZoom: f.properties.labelZoom,
              },
              geometry: point,
            },
          ]
        : [],
    );
  const seaLabels = clipFeatures(pack.seas, box, 2).map((f): Feature<Point> => ({
    type: 'Feature',
    properties: {
      id: `sea-${f.properties.name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      kind: 'sea',
      ...namesFor(languages, f.properties.name),
      rank: f.properties.rank,
      labelZoom: f.properties.labelZoom,
    },
    geometry: labelPoint(f.geometry),
  }));
  const startup = lakes.filter((l) => l.f.properties.minzoom < WATER_DETAIL_ZOOM);
  const detail = lakes.filter((l) => l.f.properties.minzoom >= WATER_DETAIL_ZOOM);
  return {
    startup: { lakes: fc(startup.map(area)), labels: fc([...lakeLabels(startup), ...seaLabels]) },
    detail: { lakes: fc(detail.map(area)), labels: fc(lakeLabels(detail)) },
  };
}

/** A river's width, in CSS pixels at zoom 5, by its rank: the region's Irtysh is 2, the Ili 1. */
const riverWidth = (rank: number) => (rank <= 2 ? 2 : rank <= 5 ? 1.5 : rank <= 7 ? 1 : 0.7);

/** Rivers from this zoom on go in the file loaded on zoom: the first view of a wide story needs only the big ones. */
export const RIVER_DETAIL_ZOOM = 4;

export function storyRivers(pack: WorldPack, box: Bbox, languages: readonly string[]) {
  const rivers = clipFeatures<WorldPack['rivers'][number]['properties'], LineString | MultiLineString>(
    pack.rivers,
    box,
  ).map((f, i): Feature<LineString | MultiLineString> => ({
    type: 'Feature',
    properties: {
      id: `river-${i + 1}`,
      kind: 'river',
      ...namesFor(languages, f.properties.name),
      rank: f.properties.rank,
      width: riverWidth(f.properties.rank),
      minzoom: f.properties.minzoom,
      labelZoom: f.properties.labelZoom,
    },
    geometry: f.geometry,
  }));
  const minzoom = (f: Feature) => Number(f.properties?.minzoom);
  return {
    startup: fc(rivers.filter((f) => minzoom(f) < RIVER_DETAIL_ZOOM)),
    detail: fc(rivers.filter((f) => minzoom(f) >= RIVER_DETAIL_ZOOM)),
  };
}

/** A region's label shows from a zoom by its rank: Russia's oblasts (rank 2) from 4, France's departments (3) from 5, Turkey's provinces (6) from 8. */
export const regionLabelZoom = (rank: number) => Math.min(10, Math.max(4, rank + 2));

/**
 * First-level regions: their outlines where the pack has them, with the borders between regions of one
 * country (a country's own border is the countries' outline), and a named label point for each region in
 * the box. As a topology: `regions`, `borders`, `labels`, like the region map's regions.topojson.
 */
/** Region labels from this zoom on go in regions-detail.topojson, loaded on zoom (see WATER_DETAIL_ZOOM). */
export const REGION_LABELS_ZOOM = 5;

export function storyRegions(
  pack: WorldPack,
  box: Bbox,
  languages: readonly string[],
  options: { quantization: number; minArea: number },
) {
  const names = new Map(pack.regionLabels.map((r) => [r.id, r.name]));
  const outlines = clipFeatures(pack.regions, box).map((f): Feature<Area> => ({
    type: 'Feature',
    properties: {
      id: f.properties.id,
      type: 'region',
      ...namesFor(languages, names.get(f.properties.id) ?? f.properties.name),
      iso: f.properties.iso,
    },
    geometry: f.geometry,
  }));
  const labels = pack.regionLabels.flatMap((r): Feature<Point>[] => {
    const p = clipPoint([r.lon, r.lat], box);
    if (!p) return [];
    return [
      {
        type: 'Feature',
        properties: {
          id: r.id,
          type: 'region',
          ...namesFor(languages, r.name),
          iso: r.iso,
          rank: r.rank,
          labelZoom: regionLabelZoom(r.rank),
        },
        geometry: roundGeometry({ type: 'Point', coordinates: p }, 2),
      },
    ];
  });
  const early = labels.filter((f) => Number(f.properties?.labelZoom) < REGION_LABELS_ZOOM);
  const later = labels.filter((f) => Number(f.properties?.labelZoom) >= REGION_LABELS_ZOOM);
  // Simplified on the topology (startup-detail.ts: for the opening view), so neighbouring regions keep sharing edges.
  const raw = topology({ regions: fc(outlines), labels: fc(early) }) as Parameters<typeof presimplify>[0];
  const topo = quantize(simplify(presimplify(raw), options.minArea), options.quantization) as Topology;
  const regions = topo.objects.regions as GeometryCollection<{ iso: string | null }>;
  const iso = (g: { properties?: unknown }) => (g.properties as { iso: string | null } | undefined)?.iso;
  const borders = meshArcs(topo, regions, (a, b) => a !== b && iso(a) === iso(b));
  const startup = {
    ...topo,
    objects: { regions, borders: { ...borders, properties: { kind: 'inner-border' } }, labels: topo.objects.labels },
  } as Topology;
  return { startup, detail: topology({ labels: fc(later) }, options.quantization) as Topology };
}

/** Towns named from this zoom on go in places-z7.geojson, loaded on zoom (see WATER_DETAIL_ZOOM). */
export const PLACES_SPLIT_ZOOM = 5;

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'town';

/**
 * The towns in the box, largest first, in the region map's place shape (kind, names, population, the zoom
 * their label shows from); `settable` says whether the label fonts can set a name.
 */
export function storyPlaces(
  pack: WorldPack,
  box: Bbox,
  languages: readonly string[],
  settable: (name: string) => boolean,
) {
  const taken = new Set<string>();
  const places = pack.towns.flatMap((t): Feature<Point>[] => {
    const p = clipPoint([t.lon, t.lat], box);
    const en = t.name_en ?? t.name;
    if (!p || !settable(en)) return [];
    const base = `${slug(en)}-${(t.iso ?? 'xx').toLowerCase()}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return [
      {
        type: 'Feature',
        properties: {
          id,
          kind: t.kind,
          ...namesFor(languages, en, t.name_ru && settable(t.name_ru) ? t.name_ru : null),
          population: t.population,
          // A capital is named as early as the region map names its capitals.
          labelZoom: t.kind === 'capital' ? Math.min(3, t.labelZoom) : t.labelZoom,
          story: false,
          source: 'naturalEarth',
        },
        geometry: { type: 'Point', coordinates: p },
      },
    ];
  });
  const zoom = (f: Feature) => Number(f.properties?.labelZoom);
  return {
    startup: fc(places.filter((f) => zoom(f) < PLACES_SPLIT_ZOOM)),
    later: fc(places.filter((f) => zoom(f) >= PLACES_SPLIT_ZOOM)),
  };
}

export function storyUrban(pack: WorldPack, box: Bbox) {
  return fc(
    clipFeatures(pack.urban, box).map((f): Feature<Area> => ({
      type: 'Feature',
      properties: { id: `urban-${at(labelPoint(f.geometry))}`, ...f.properties },
      geometry: f.geometry,
    })),
  );
}

/**
 * Lakes and reservoirs from Natural Earth 1:10m, and the Aral Sea's late-1950s shore, as one TopoJSON file
 * with a label point for each named lake. The Caspian is not here: it is the map's background water.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { readJson } from '../io.ts';
import { region } from '../region.ts';
import { type Area, cleanArea, labelPoint, simplifiedTopology, sortedBy } from './geometry.ts';
import { lakes } from './names.ts';

interface NeLake {
  name: string | null;
  featurecla: string;
  scalerank: number;
  min_zoom: number;
  min_label: number;
}

export interface WaterProps {
  id: string;
  kind: 'lake' | 'reservoir' | 'historic-shore';
  name_en: string | null;
  name_ru: string | null;
  name_kk: string | null;
  /** Natural Earth's scalerank: 0 is the most important. */
  rank: number;
  /** The zoom from which Natural Earth suggests drawing it. */
  minzoom: number;
  /** What extent the outline shows, where that is not simply "the lake" (the Aral Sea's). */
  extent?: string;
}

export interface WaterLabelProps {
  id: string;
  kind: 'label';
  name_en: string;
  name_ru: string;
  name_kk: string;
  /** The zoom from which the label shows. */
  labelZoom: number;
}

/**
 * Lakes smaller than this are left out: a few pixels across at zoom 6, and the first view's bytes are tight
 * (40 km² would add 29 lakes and 2 KB gzip).
 */
export const MIN_LAKE_KM2 = 100;

export const ARAL_EXTENT = {
  modern:
    "Natural Earth 1:10m: the Aral Sea roughly as it was in the early 2000s. By January 2022 the South Aral's " +
    'eastern basin had largely dried up; no outline of its 2022 extent is available here.',
  historic:
    "The Aral Sea's late-1950s shore (Natural Earth historic lakes), before irrigation took the Amu Darya's " +
    "and Syr Darya's water: draw it dashed.",
};

const fc = <F extends Feature>(features: F[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** The lakes as polygons, with their labels. Pure: takes the parsed Natural Earth collections. */
export function deriveWater(
  neLakes: FeatureCollection<Area | null, NeLake>,
  historic: FeatureCollection<Area | null, { name: string; min_zoom: number; scalerank: number }>,
) {
  const polygons: Feature<Area, WaterProps>[] = [];
  const labels: Feature<Point, WaterLabelProps>[] = [];
  for (const lake of neLakes.features) {
    if (!lake.geometry) continue;
    const clipped = cleanArea(turf.bboxClip(lake.geometry, region.clip).geometry as Area);
    if (!clipped || turf.area(clipped) < MIN_LAKE_KM2 * 1e6) continue;
    const p = lake.properties;
    const named = p.name ? lakes[p.name] : undefined;
    const at = labelPoint(clipped);
    const id = named?.id ?? `lake-${at.coordinates.join('_')}`;
    polygons.push({
      type: 'Feature',
      properties: {
        id,
        kind: p.featurecla === 'Reservoir' ? 'reservoir' : 'lake',
        name_en: named?.en ?? null,
        name_ru: named?.ru ?? null,
        name_kk: named?.kk ?? null,
        rank: p.scalerank,
        minzoom: p.min_zoom,
        ...(named?.id === 'aral' ? { extent: ARAL_EXTENT.modern } : {}),
      },
      geometry: clipped,
    });
    if (named) {
      labels.push({
        type: 'Feature',
        properties: {
          id,
          kind: 'label',
          name_en: named.en,
          name_ru: named.ru,
          name_kk: named.kk,
          labelZoom: named.labelZoom,
        },
        geometry: at,
      });
    }
  }
  const shore = historic.features.find((f) => f.properties.name === 'Historic Aral Sea' && f.geometry);
  if (!shore?.geometry) throw new Error('the historic Aral Sea is missing from Natural Earth historic lakes');
  const aralHistoric: Feature<Area, WaterProps> = {
    type: 'Feature',
    properties: {
      id: 'aral-1950s',
      kind: 'historic-shore',
      name_en: 'Aral Sea (late 1950s)',
      name_ru: 'Аральское море (конец 1950-х)',
      name_kk: 'Арал теңізі (1950 жж. соңы)',
      rank: shore.properties.scalerank,
      minzoom: shore.properties.min_zoom,
      extent: ARAL_EXTENT.historic,
    },
    geometry: shore.geometry,
  };
  return {
    lakes: fc(sortedBy(polygons, (f) => f.properties.id)),
    aralHistoric: fc([aralHistoric]),
    labels: fc(sortedBy(labels, (f) => f.properties.id)),
  };
}

/** Lakes Natural Earth draws from this zoom on go in a file of their own, loaded when the map gets there. */
export const WATER_DETAIL_ZOOM = 5.5;

/**
 * data/water.topojson (objects `lakes`, `aralHistoric` and `labels`: what the region's view shows) and
 * data/water-detail.topojson (object `lakes`: the smaller lakes, from zoom 5.5).
 */
export function buildWater(file: (name: string) => string) {
  const water = deriveWater(readJson(file('lakes')), readJson(file('lakesHistoric')));
  const big = water.lakes.features.filter((f) => f.properties!.minzoom < WATER_DETAIL_ZOOM);
  const small = water.lakes.features.filter((f) => f.properties!.minzoom >= WATER_DETAIL_ZOOM);
  // Visvalingam 0.003 square degrees (about 25 km²) keeps the smallest lakes' shape; 1e4 steps across the
  // file (46°) is about 500 m, under a pixel up to zoom 7.
  const options = { minArea: 0.003, quantization: 1e4 };
  return {
    startup: simplifiedTopology({ ...water, lakes: { type: 'FeatureCollection' as const, features: big } }, options),
    detail: simplifiedTopology({ lakes: { type: 'FeatureCollection' as const, features: small } }, options),
  };
}

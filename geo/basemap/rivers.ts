/**
 * Kazakhstan's rivers and a few of its neighbours' (Natural Earth 1:10m river and lake centrelines), one
 * feature per river and kind, with names in three languages and a stroke-width hint.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { readJson } from '../io.ts';
import { region } from '../region.ts';
import { simplifiedTopology, sortedBy } from './geometry.ts';
import { rivers } from './names.ts';

type Line = LineString | MultiLineString;
interface NeRiver {
  name: string | null;
  featurecla: string;
  scalerank: number;
  min_zoom: number;
  min_label: number;
}

export interface RiverProps {
  id: string;
  /** `lake-centerline`: where the river runs through a lake or reservoir (drawn under the water, or not at all). */
  kind: 'river' | 'lake-centerline';
  name_en: string;
  name_ru: string;
  name_kk: string;
  /** Natural Earth's scalerank: 0 is the most important. */
  rank: number;
  /** Suggested stroke width in CSS pixels at zoom 5 (scale with zoom as the style likes). */
  width: number;
  minzoom: number;
  /** The zoom from which the name shows along the line. */
  labelZoom: number;
  /** Length of the drawn line within the map's clip box, km, measured at the source's full resolution. */
  lengthKm: number;
}

/**
 * Every river here is drawn from the first view. Natural Earth would show the Ishim and the Ili only from
 * zoom 6 (rank 7), but they run through Nur-Sultan and into Lake Balkhash: a map of Kazakhstan needs them.
 */
const MINZOOM = 3;

/** A thicker stroke for a more important river: rank 2 (Irtysh) 2 px, rank 7 (Ili, Ishim) 1 px. */
export const strokeWidth = (rank: number): number => Math.max(0.75, Math.round((2.4 - rank * 0.2) * 4) / 4);

const partsOf = (g: Line): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

/** The rivers of names.ts, each merged from its Natural Earth pieces. Pure. */
export function deriveRivers(
  ne: FeatureCollection<Line | null, NeRiver>,
): FeatureCollection<MultiLineString, RiverProps> {
  const features: Feature<MultiLineString, RiverProps>[] = [];
  for (const [id, names] of Object.entries(rivers)) {
    for (const kind of ['river', 'lake-centerline'] as const) {
      const pieces = ne.features.filter(
        (f) =>
          f.geometry &&
          f.properties.name !== null &&
          names.ne.includes(f.properties.name) &&
          (f.properties.featurecla === 'Lake Centerline') === (kind === 'lake-centerline'),
      );
      if (pieces.length === 0) continue;
      const parts = pieces
        .flatMap((f) => partsOf(turf.bboxClip(f.geometry as Line, region.clip).geometry as Line))
        .filter((part) => part.length >= 2);
      const geometry = turf.multiLineString(parts).geometry;
      const rank = Math.min(...pieces.map((f) => f.properties.scalerank));
      features.push({
        type: 'Feature',
        properties: {
          id,
          kind,
          name_en: names.en,
          name_ru: names.ru,
          name_kk: names.kk,
          rank,
          width: strokeWidth(rank),
          minzoom: MINZOOM,
          labelZoom: Math.ceil(Math.min(...pieces.map((f) => f.properties.min_label))),
          lengthKm: Math.round(turf.length(turf.feature(geometry))),
        },
        geometry,
      });
    }
  }
  const missing = Object.keys(rivers).filter((id) => !features.some((f) => f.properties.id === id));
  if (missing.length) throw new Error(`Natural Earth has no river for ${missing.join(', ')}`);
  return { type: 'FeatureCollection', features: sortedBy(features, (f) => `${f.properties.id} ${f.properties.kind}`) };
}

/** data/rivers.topojson: object `rivers`. */
export function buildRivers(file: (name: string) => string) {
  const collection = deriveRivers(readJson(file('rivers')));
  // As the lakes: 0.003 square degrees, 1e4 steps across the file.
  return simplifiedTopology({ rivers: collection }, { minArea: 0.003, quantization: 1e4 });
}

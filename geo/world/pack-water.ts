/**
 * The world's lakes and reservoirs (Natural Earth 1:10m) and its named seas, gulfs and bays (1:50m
 * marine polygons) for the pack: outlines simplified for zooms up to about 7, with Natural Earth's
 * ranks and zooms kept so a story's map can thin them by zoom.
 */
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type Area, areaOf, cleanArea, polygonsOf, simplifiedTopology } from '../basemap/geometry.ts';
import { MIN_AREA, QUANTIZATION, SEA_MIN_RING } from './detail.ts';
import { nameOrNull } from './names.ts';

interface NeLake {
  name: string | null;
  featurecla: string;
  scalerank: number;
  min_zoom: number;
  min_label: number;
}

export interface PackLake {
  /** Natural Earth's name; null for the many lakes it leaves unnamed. */
  name: string | null;
  kind: 'lake' | 'reservoir';
  /** Natural Earth's scalerank: 0 is the most important. */
  rank: number;
  /** The zoom from which Natural Earth suggests drawing it, and naming it. */
  minzoom: number;
  labelZoom: number;
}

interface NeSea {
  name: string;
  featurecla: string;
  scalerank: number;
  min_label: number;
}

export interface PackSea {
  name: string;
  /** Natural Earth's class: ocean, sea, gulf, bay, strait, channel, sound… */
  kind: string;
  rank: number;
  labelZoom: number;
}

const areas = <P, Q>(c: FeatureCollection<Area | null, P>, props: (p: P) => Q | null): Feature<Area, Q>[] =>
  c.features.flatMap((f) => {
    const properties = props(f.properties);
    const geometry = f.geometry && cleanArea(f.geometry);
    return properties && geometry ? [{ type: 'Feature' as const, properties, geometry }] : [];
  });

const byPosition = <F extends Feature>(features: F[]): F[] =>
  [...features].sort((a, b) => JSON.stringify(a.geometry).localeCompare(JSON.stringify(b.geometry)));

export function packLakes(lakes: FeatureCollection<Area | null, NeLake>): Topology {
  const features = areas(lakes, (p) => ({
    name: nameOrNull(p.name),
    kind: p.featurecla === 'Reservoir' ? 'reservoir' : 'lake',
    rank: p.scalerank,
    minzoom: p.min_zoom,
    labelZoom: p.min_label,
  }));
  return simplifiedTopology(
    { lakes: { type: 'FeatureCollection', features: byPosition(features) } },
    { minArea: MIN_AREA.lakes, quantization: QUANTIZATION },
  );
}

/** Planar area of a ring, in square degrees. */
const ringArea = (ring: Position[]) =>
  Math.abs(ring.reduce((sum, [x, y], i) => (i === 0 ? 0 : sum + ring[i - 1][0] * y - x * ring[i - 1][1]), 0)) / 2;

/** An area without its small parts and small holes: islands in a sea would only take its label. */
function bigRings(area: Area): Area | null {
  const polygons = polygonsOf(area)
    .filter((rings) => ringArea(rings[0]) >= SEA_MIN_RING)
    .map((rings) => rings.filter((ring, i) => i === 0 || ringArea(ring) >= SEA_MIN_RING));
  return areaOf(polygons);
}

export function packSeas(seas: FeatureCollection<Area | null, NeSea>): Topology {
  const features = areas(seas, (p) => {
    const name = nameOrNull(p.name);
    // Natural Earth files three great rivers' mouths among its marine polygons: the rivers layer names them.
    if (!name || p.featurecla === 'river') return null;
    return { name, kind: p.featurecla, rank: p.scalerank, labelZoom: p.min_label };
  }).flatMap((f) => {
    const geometry = bigRings(f.geometry);
    return geometry ? [{ ...f, geometry }] : [];
  });
  return simplifiedTopology(
    { seas: { type: 'FeatureCollection', features: byPosition(features) } },
    { minArea: MIN_AREA.seas, quantization: QUANTIZATION, decimals: 3 },
  );
}

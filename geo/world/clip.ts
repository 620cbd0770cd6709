/**
 * Clipping the world to a story's box in unwrapped longitudes (extent.ts): a box from 170° to 190° takes
 * what lies from 170° to 180° as it is and what lies from -180° to -170° a turn east, so Fiji's islands on
 * both sides of the antimeridian come out side by side, as the map draws them.
 */
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiLineString, Point, Position } from 'geojson';
import type { Bbox } from '../../src/story/schema.ts';
import { areaOf, cleanArea, polygonsOf, type Area } from '../basemap/geometry.ts';
import { roundGeometry } from '../io.ts';

/** The turns of 360° a feature is shifted by to meet the box: the box may reach past 180° or before -180°. */
const turnsFor = ([w, , e]: Bbox): number[] => [0, 360, -360].filter((k) => e > -180 + k && w < 180 + k);

const shift = (p: Position, k: number): Position => [p[0] + k, ...p.slice(1)];

function shifted<G extends Geometry>(g: G, k: number): G {
  if (k === 0) return g;
  const json = JSON.stringify(g);
  return JSON.parse(json, (_key, value) =>
    Array.isArray(value) && typeof value[0] === 'number' ? shift(value as Position, k) : value,
  ) as G;
}

const inside = ([x, y]: Position, [w, s, e, n]: Bbox) => x >= w && x <= e && y >= s && y <= n;

/** A point in the box, in the box's longitudes; null when it is outside. */
export function clipPoint(p: Position, box: Bbox): Position | null {
  for (const k of turnsFor(box)) if (inside(shift(p, k), box)) return shift(p, k);
  return null;
}

type Clippable = Area | MultiLineString | { type: 'LineString'; coordinates: Position[] };

/**
 * A line or area cut to the box, rounded to `decimals` and cleaned (rings too small to be polygons go, a
 * ring that came to cross itself is split); null when nothing of it is in the box.
 */
export function clipGeometry<G extends Clippable>(g: G, box: Bbox, decimals = 4): G | null {
  const pieces = turnsFor(box).flatMap((k) => {
    const moved = shifted(g, k);
    const [w, s, e, n] = turf.bbox(moved);
    if (e < box[0] || w > box[2] || n < box[1] || s > box[3]) return [];
    return [roundGeometry(turf.bboxClip(moved as Area, box).geometry as Geometry, decimals)];
  });
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polygons = pieces
      .flatMap((p) => polygonsOf(p as Area))
      .filter((rings) => rings.length && rings[0].length >= 4);
    const area = areaOf(polygons);
    return (area && cleanArea(area)) as G | null;
  }
  const lines = pieces
    .flatMap((p) => (p.type === 'LineString' ? [p.coordinates] : (p as MultiLineString).coordinates))
    .filter((l) => l.length >= 2);
  if (lines.length === 0) return null;
  return (
    lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines }
  ) as G;
}

/** Features cut to the box; those with nothing in it are dropped. */
export function clipFeatures<P, G extends Clippable | Point>(
  features: readonly Feature<G, P>[],
  box: Bbox,
  decimals = 4,
): Feature<G, P>[] {
  return features.flatMap((f) => {
    if (f.geometry.type === 'Point') {
      const at = clipPoint(f.geometry.coordinates, box);
      return at ? [{ ...f, geometry: { type: 'Point', coordinates: at } as G }] : [];
    }
    const geometry = clipGeometry(f.geometry as Clippable, box, decimals);
    return geometry ? [{ ...f, geometry: geometry as G }] : [];
  });
}

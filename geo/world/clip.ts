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
 * A ring or line made continuous across the antimeridian: where a step jumps more than half the globe
 * (179° to -179°), the rest of it moves a turn, so a piece of Chukotka is one ring from 170° to 190°
 * rather than a band round the whole world once clipped. A ring that circles a pole (Antarctica's) cannot
 * close that way and is left as it is.
 */
export function continuous(path: Position[], closed: boolean): Position[] {
  let turn = 0;
  const out = path.map((p, i) => {
    const step = i === 0 ? 0 : p[0] - path[i - 1][0];
    if (step > 180) turn -= 360;
    else if (step < -180) turn += 360;
    return turn === 0 ? p : shift(p, turn);
  });
  if (closed && out.length > 0 && out[0][0] !== out[out.length - 1][0]) return path;
  return out;
}

/**
 * A ring without spikes: a vertex where the ring turns straight back on itself (or repeats the one
 * before) encloses nothing, but its outline is drawn. Natural Earth's countries are cut at the antimeridian and world-atlas joins the cut
 * pieces by running up the 180° meridian and back: once the pieces are side by side, that run is a spike,
 * which would draw a line down the Bering Strait.
 */
export function withoutSpikes(ring: Position[]): Position[] {
  const r = ring.slice(0, -1);
  let removed = true;
  while (removed && r.length > 3) {
    removed = false;
    for (let i = 0; i < r.length && r.length > 3; i++) {
      const [a, b, c] = [r[(i + r.length - 1) % r.length], r[i], r[(i + 1) % r.length]];
      const [ux, uy, vx, vy] = [b[0] - a[0], b[1] - a[1], c[0] - b[0], c[1] - b[1]];
      const cross = ux * vy - uy * vx;
      const repeat = ux === 0 && uy === 0;
      const back =
        Math.abs(cross) <= 1e-9 * Math.max(1, Math.hypot(ux, uy) * Math.hypot(vx, vy)) && ux * vx + uy * vy < 0;
      if (repeat || back) {
        r.splice(i, 1);
        removed = true;
        i--;
      }
    }
  }
  return [...r, r[0]];
}

/** A geometry whose every ring and line is continuous (see `continuous`), its rings without spikes. */
function unwrapped<G extends Clippable>(g: G): G {
  switch (g.type) {
    case 'LineString':
      return { ...g, coordinates: continuous(g.coordinates, false) };
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map((l) => continuous(l, false)) };
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((r) => withoutSpikes(continuous(r, true))) };
    case 'MultiPolygon':
      return {
        ...g,
        coordinates: g.coordinates.map((rings) => rings.map((r) => withoutSpikes(continuous(r, true)))),
      };
  }
  return g;
}

/**
 * A line or area cut to the box, rounded to `decimals` and cleaned (rings too small to be polygons go, a
 * ring that came to cross itself is split); null when nothing of it is in the box.
 */
export function clipGeometry<G extends Clippable>(g: G, box: Bbox, decimals = 4): G | null {
  const whole = unwrapped(g);
  const pieces = turnsFor(box).flatMap((k) => {
    const moved = shifted(whole, k);
    const [w, s, e, n] = turf.bbox(moved);
    if (e < box[0] || w > box[2] || n < box[1] || s > box[3]) return [];
    return [roundGeometry(turf.bboxClip(moved as Area, box).geometry as Geometry, decimals)];
  });
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polygons = pieces
      .flatMap((p) => polygonsOf(p as Area))
      .filter((rings) => rings.length && rings[0].length >= 4);
    const area = areaOf(polygons);
    const whole = area && box[2] > 180 && polygons.length > 1 ? acrossTheSeam(area) : area;
    return (whole && cleanArea(whole)) as G | null;
  }
  const lines = pieces
    .flatMap((p) => (p.type === 'LineString' ? [p.coordinates] : (p as MultiLineString).coordinates))
    .filter((l) => l.length >= 2);
  if (lines.length === 0) return null;
  return (
    lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines }
  ) as G;
}

/**
 * An area's parts merged where they meet: Natural Earth cuts a country at the antimeridian (Chukotka's two
 * halves, Fiji's Taveuni), and once its halves lie side by side their cut edges would be drawn as a line
 * down the 180° meridian.
 */
function acrossTheSeam(area: Area): Area {
  const parts = polygonsOf(area).map((rings) => turf.polygon(rings));
  const merged = turf.union(turf.featureCollection(parts));
  return merged ? (roundGeometry(merged.geometry, 6) as Area) : area;
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

/** Small geometry helpers the base-map layers share: pure functions on GeoJSON. */
import * as turf from '@turf/turf';
import polylabel from 'polylabel';
import { feature, meshArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { roundGeometry } from '../io.ts';

export type Area = Polygon | MultiPolygon;

export const polygonsOf = (area: Area): Position[][][] =>
  area.type === 'Polygon' ? [area.coordinates] : area.coordinates;

/** One Polygon or a MultiPolygon from a list of polygons, or null when the list is empty. */
export function areaOf(polygons: Position[][][]): Area | null {
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Drops what rounding and simplifying leave behind that is not a polygon any more: rings of fewer than four
 * positions, and polygons whose outer ring went. A ring that came to cross itself is split into simple ones,
 * which the renderer's triangulation fills correctly.
 */
export function cleanArea(area: Area): Area | null {
  const polygons = polygonsOf(area)
    .map((rings) => rings.map(withoutRepeats))
    .filter((rings) => rings[0].length >= 4)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .flatMap((rings) => {
      const outer = loops(rings[0]);
      // A ring through the same vertex twice (a figure of eight) is its loops, each a polygon; its holes are dropped.
      if (outer.length > 1) return outer.flatMap((loop) => unkinked([loop]));
      return unkinked([outer[0] ?? rings[0], ...rings.slice(1).filter((h) => loops(h).length === 1)]);
    });
  return areaOf(polygons);
}

function unkinked(rings: Position[][]): Position[][][] {
  if (rings[0].length < 4) return [];
  const polygon = turf.polygon(rings);
  if (turf.kinks(polygon).features.length === 0) return [rings];
  return turf.unkinkPolygon(polygon).features.map((f) => f.geometry.coordinates);
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** A ring without consecutive repeated positions. */
const withoutRepeats = (ring: Position[]) => ring.filter((p, i) => i === 0 || !same(p, ring[i - 1]));

/** A closed ring cut into simple loops wherever it passes through a vertex it already passed through. */
export function loops(ring: Position[]): Position[][] {
  const out: Position[][] = [];
  const path: Position[] = [];
  const seen = new Map<string, number>();
  for (const p of ring.slice(0, -1)) {
    const key = `${p[0]},${p[1]}`;
    const at = seen.get(key);
    if (at !== undefined) {
      const loop = path.splice(at);
      for (const q of loop) seen.delete(`${q[0]},${q[1]}`);
      if (loop.length >= 3) out.push([...loop, loop[0]]);
    }
    seen.set(key, path.length);
    path.push(p);
  }
  if (path.length >= 3) out.push([...path, path[0]]);
  return out;
}

/** The polygon of an area with the largest area (where a label goes). */
export function largestPolygon(area: Area): Polygon {
  const polygons = polygonsOf(area).map((rings) => turf.polygon(rings));
  return polygons.reduce((a, b) => (turf.area(b) > turf.area(a) ? b : a)).geometry;
}

/**
 * Where a polygon's label goes: its pole of inaccessibility (the inside point farthest from the edge), found
 * with x stretched by cos(latitude) so that "farthest" means on the ground, not in degrees.
 */
export function labelPoint(area: Area, decimals = 2): Point {
  const polygon = largestPolygon(area);
  const [, s, , n] = turf.bbox(polygon);
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const stretched = polygon.coordinates.map((ring) => ring.map(([x, y]) => [x * k, y]));
  const [x, y] = polylabel(stretched, 0.01);
  return roundGeometry({ type: 'Point', coordinates: [x / k, y] }, decimals);
}

/** Each object of a topology decoded, its polygons cleaned (see cleanArea), with the input's properties. */
function cleanedObjects(
  topo: Topology,
  objects: Record<string, FeatureCollection>,
  decimals: number,
): Record<string, FeatureCollection> {
  const out: Record<string, FeatureCollection> = {};
  for (const [name, collection] of Object.entries(objects)) {
    const decoded = feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;
    const features = decoded.features.flatMap((f, i): Feature[] => {
      if (!f.geometry) return [];
      const properties = collection.features[i].properties;
      const rounded = roundGeometry(f.geometry, decimals);
      if (rounded.type !== 'Polygon' && rounded.type !== 'MultiPolygon')
        return [{ type: 'Feature', properties, geometry: rounded }];
      const area = cleanArea(rounded);
      return area ? [{ type: 'Feature', properties, geometry: area }] : [];
    });
    out[name] = { type: 'FeatureCollection', features };
  }
  return out;
}

/**
 * A ring with the vertices nearest its self-crossings taken out, one at a time until it crosses itself no
 * more. Creates no new positions, so the ring stays on the quantization grid it was snapped to.
 */
export function withoutCrossings(ring: Position[]): Position[] {
  let r = ring;
  for (let guard = 0; guard < ring.length && r.length > 4; guard++) {
    const crossing = turf.kinks(turf.polygon([r])).features[0];
    if (!crossing) break;
    const at = crossing.geometry.coordinates;
    const inner = r.slice(0, -1);
    let nearest = 0;
    for (let i = 1; i < inner.length; i++)
      if (turf.distance(inner[i], at) < turf.distance(inner[nearest], at)) nearest = i;
    inner.splice(nearest, 1);
    r = [...inner, inner[0]];
  }
  return r;
}

function repairCrossings(c: FeatureCollection): { collection: FeatureCollection; repaired: number } {
  let repaired = 0;
  const features = c.features.map((f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return f;
    // Parts of a MultiPolygon may touch at a vertex (cleanArea splits a crossing there): only a part crossing
    // itself, or its holes, counts.
    if (polygonsOf(f.geometry).every((rings) => turf.kinks(turf.polygon(rings)).features.length === 0)) return f;
    repaired++;
    // Each ring mended on its own; then a hole (an island) snapped onto the shore or onto another island goes.
    const polygons = polygonsOf(f.geometry).map((rings) => {
      const [outer, ...holes] = rings.map(withoutCrossings);
      const kept: Position[][] = [];
      for (const hole of holes)
        if ([outer, ...kept].every((ring) => turf.kinks(turf.polygon([ring, hole])).features.length === 0))
          kept.push(hole);
      return [outer, ...kept];
    });
    return { ...f, geometry: areaOf(polygons)! };
  });
  return { collection: { ...c, features }, repaired };
}

/**
 * A TopoJSON topology of the given collections, simplified on its arcs (so neighbours keep sharing edges) by
 * Visvalingam's effective area in square degrees, cleaned of what simplifying broke and quantized to
 * `quantization` steps across the file's extent. Snapping to those steps can make a ring cross itself again
 * (a narrow reservoir's two shores meeting): such rings lose the vertices at the crossing, and the topology is
 * made again from the snapped positions.
 */
export function simplifiedTopology(
  objects: Record<string, FeatureCollection>,
  options: { minArea: number; quantization: number; decimals?: number },
): Topology {
  const raw = topology(objects) as Parameters<typeof presimplify>[0];
  const simple = simplify(presimplify(raw), options.minArea) as Topology;
  let cleaned = cleanedObjects(simple, objects, options.decimals ?? 4);
  for (let attempt = 0; attempt < 5; attempt++) {
    const quantized = topology(cleaned, options.quantization) as Topology;
    let repaired = 0;
    const next: Record<string, FeatureCollection> = {};
    for (const name of Object.keys(cleaned)) {
      const decoded = feature(quantized, quantized.objects[name] as GeometryCollection) as FeatureCollection;
      const withProperties = {
        ...decoded,
        features: decoded.features.map((f, i) => ({ ...f, properties: cleaned[name].features[i].properties })),
      };
      const result = repairCrossings(withProperties);
      repaired += result.repaired;
      next[name] = result.collection;
    }
    if (repaired === 0) return quantized;
    cleaned = next;
  }
  throw new Error('quantizing keeps making rings cross themselves');
}

/** Adds to a topology, as `name`, the arcs its `of` object's polygons share: inner borders, each stored once. */
export function withInnerBorders(topo: Topology, of: string, name: string, properties: Record<string, unknown>) {
  const object = topo.objects[of] as GeometryCollection;
  const borders = meshArcs(topo, object, (a, b) => a !== b);
  return { ...topo, objects: { ...topo.objects, [name]: { ...borders, properties } } } as Topology;
}

/** Features sorted by a key, so a rebuild writes them in the same order whatever order the source had. */
export const sortedBy = <F>(features: F[], key: (f: F) => string | number): F[] =>
  [...features].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en');
  });

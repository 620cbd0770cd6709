/** Reads an OpenStreetMap PBF extract into memory, and turns its ways and multipolygons into GeoJSON. */
import osmread from 'osm-read';
import type { LineString, Polygon, Position } from 'geojson';
import type { Area } from './geometry.ts';

export interface OsmData {
  nodes: Map<string, { at: Position; tags: Record<string, string> }>;
  ways: Map<string, { id: string; tags: Record<string, string>; refs: string[] }>;
  relations: { id: string; tags: Record<string, string>; members: { type: string; ref: string; role: string }[] }[];
}

export function readOsm(file: string): Promise<OsmData> {
  const data: OsmData = { nodes: new Map(), ways: new Map(), relations: [] };
  return new Promise((resolve, reject) => {
    osmread.parse({
      filePath: file,
      node: (n) => data.nodes.set(n.id, { at: [n.lon, n.lat], tags: n.tags }),
      way: (w) => data.ways.set(w.id, { id: w.id, tags: w.tags, refs: w.nodeRefs }),
      relation: (r) => data.relations.push({ id: r.id, tags: r.tags, members: r.members }),
      endDocument: () => resolve(data),
      error: (e) => reject(e instanceof Error ? e : new Error(String(e))),
    });
  });
}

/** A way's positions, leaving out nodes the extract cut off (ways that cross its edge keep their inside part). */
export function wayPositions(osm: OsmData, refs: string[]): Position[] {
  return refs.flatMap((r) => {
    const n = osm.nodes.get(r);
    return n ? [n.at] : [];
  });
}

export const isClosed = (ps: Position[]) =>
  ps.length >= 4 && ps[0][0] === ps[ps.length - 1][0] && ps[0][1] === ps[ps.length - 1][1];

export function wayLine(osm: OsmData, refs: string[]): LineString | null {
  const ps = wayPositions(osm, refs);
  return ps.length >= 2 ? { type: 'LineString', coordinates: ps } : null;
}

export function wayPolygon(osm: OsmData, refs: string[]): Polygon | null {
  const ps = wayPositions(osm, refs);
  return isClosed(ps) ? { type: 'Polygon', coordinates: [ps] } : null;
}

/**
 * The multipolygon relations whose rings are each one closed way (all of them in this extract), with the
 * tags they are drawn by: the relation's own, or, in the old style, its outer way's. Returns the ids of the
 * outer ways too, so their plain polygons are not drawn a second time without their holes.
 */
export function multipolygons(osm: OsmData): { tags: Record<string, string>; geometry: Area; outerWays: string[] }[] {
  return osm.relations
    .filter((r) => r.tags.type === 'multipolygon')
    .flatMap((r) => {
      const rings = (role: string) =>
        r.members
          .filter((m) => m.type === 'way' && m.role === role)
          .map((m) => ({ id: m.ref, ring: wayPositions(osm, osm.ways.get(m.ref)?.refs ?? []) }))
          .filter((x) => isClosed(x.ring));
      const outers = rings('outer');
      const inners = rings('inner').map((x) => x.ring);
      if (outers.length === 0) return [];
      const own = Object.fromEntries(Object.entries(r.tags).filter(([k]) => k !== 'type'));
      const tags = Object.keys(own).length ? own : (osm.ways.get(outers[0].id)?.tags ?? {});
      // Each hole goes in the outer ring that holds its first position.
      const polygons = outers.map((o) => [o.ring, ...inners.filter((h) => inside(h[0], o.ring))]);
      const geometry: Area =
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] }
          : { type: 'MultiPolygon', coordinates: polygons };
      return [{ tags, geometry, outerWays: outers.map((o) => o.id) }];
    });
}

/** Whether a point is inside a ring (even-odd rule). */
function inside([x, y]: Position, ring: Position[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/**
 * Every country's first-level regions (states, provinces, oblasts…) for the pack: a named label point
 * each, from Natural Earth's 1:10m admin-1 label points, and outlines where Natural Earth has them at
 * 1:50m (the largest federal countries only).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type Area, cleanArea, simplifiedTopology } from '../basemap/geometry.ts';
import { MIN_AREA, QUANTIZATION } from './detail.ts';
import { nameOrNull } from './names.ts';
import { type Table, toTable } from './table.ts';

interface NeRegionPoint {
  adm1_code: string;
  iso_a2: string;
  name: string | null;
  scalerank: number;
}

interface NeRegionPolygon {
  adm1_code: string;
  iso_a2: string;
  name: string;
}

export interface PackRegionLabel extends Record<string, string | number | null> {
  /** Natural Earth's adm1_code, e.g. "RUS-2489": the outline of the same region has the same id. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 of the country. */
  iso: string | null;
  /** Natural Earth's admin-1 scalerank: 2 for the biggest regions, up to 11 for the smallest. */
  rank: number;
  lon: number;
  lat: number;
}

export interface PackRegion {
  id: string;
  name: string;
  iso: string | null;
}

const iso = (code: string): string | null => (/^[A-Z]{2}$/.test(code) ? code : null);
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * One label point per region. Natural Earth gives a point for each part of a region (its islands too),
 * each ranked: the best-ranked points are kept, and of those the one nearest their median, so a region
 * with outlying islands is labelled on its mainland.
 */
export function regionLabels(points: FeatureCollection<Point, NeRegionPoint>): Table {
  const byId = new Map<string, Feature<Point, NeRegionPoint>[]>();
  for (const f of points.features) {
    if (!nameOrNull(f.properties.name)) continue;
    const list = byId.get(f.properties.adm1_code) ?? [];
    list.push(f);
    byId.set(f.properties.adm1_code, list);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const labels = [...byId.entries()].map(([id, list]): PackRegionLabel => {
    const best = Math.min(...list.map((f) => f.properties.scalerank));
    const top = list.filter((f) => f.properties.scalerank === best);
    const [mx, my] = [
      median(top.map((f) => f.geometry.coordinates[0])),
      median(top.map((f) => f.geometry.coordinates[1])),
    ];
    const distance = (f: Feature<Point>) => Math.hypot(f.geometry.coordinates[0] - mx, f.geometry.coordinates[1] - my);
    const at = top.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return {
      id,
      name: nameOrNull(at.properties.name)!,
      iso: iso(at.properties.iso_a2),
      rank: best,
      lon: round(at.geometry.coordinates[0]),
      lat: round(at.geometry.coordinates[1]),
    };
  });
  labels.sort((a, b) => a.id.localeCompare(b.id, 'en'));
  return toTable(['id', 'name', 'iso', 'rank', 'lon', 'lat'], labels);
}

export function regionOutlines(polygons: FeatureCollection<Area | null, NeRegionPolygon>): Topology {
  const features = polygons.features.flatMap((f): Feature<Area, PackRegion>[] => {
    const geometry = f.geometry && cleanArea(f.geometry);
    if (!geometry) return [];
    const { adm1_code: id, name, iso_a2 } = f.properties;
    return [{ type: 'Feature', properties: { id, name: nameOrNull(name) ?? id, iso: iso(iso_a2) }, geometry }];
  });
  features.sort((a, b) => a.properties.id.localeCompare(b.properties.id, 'en'));
  return simplifiedTopology(
    { regions: { type: 'FeatureCollection', features } },
    { minArea: MIN_AREA.regions, quantization: QUANTIZATION },
  );
}

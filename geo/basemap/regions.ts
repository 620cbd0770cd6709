/**
 * Kazakhstan's regions as they were in January 2022 (14 regions and 3 cities of republican status), from
 * OpenStreetMap's June 2023 boundaries with the three regions of June 2022 merged back, clipped to land, with
 * their inner borders as lines and a label point each.
 */
import * as turf from '@turf/turf';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { readJson, roundGeometry } from '../io.ts';
import { sources } from '../sources.ts';
import { type Area, cleanArea, labelPoint, simplifiedTopology, withInnerBorders } from './geometry.ts';
import { regions } from './names.ts';

interface OsmRegion {
  admin_level: number;
  name: string;
  local_name: string;
}

export interface RegionProps {
  id: string;
  type: 'region' | 'city';
  name_en: string;
  name_ru: string;
  name_kk: string;
}

/** The January 2022 regions, each the union of its OpenStreetMap regions, merged on their shared edges. Pure. */
export function mergeRegions(osm: FeatureCollection<Area, OsmRegion>): Feature<MultiPolygon, RegionProps>[] {
  const level4 = osm.features.filter((f) => f.properties.admin_level === 4);
  const topo = topology({ r: turf.featureCollection(level4) }) as Topology;
  const geometries = (topo.objects.r as GeometryCollection<OsmRegion>).geometries;
  const nameOf = (g: (typeof geometries)[number]) => (g.properties as OsmRegion).name;
  const used = new Set<string>();
  const merged = Object.entries(regions).map(([id, r]): Feature<MultiPolygon, RegionProps> => {
    const parts = geometries.filter((g) => r.osm.includes(nameOf(g)));
    if (parts.length !== r.osm.length)
      throw new Error(`${id}: OpenStreetMap has ${parts.length} of ${r.osm.join(', ')}`);
    parts.forEach((g) => used.add(nameOf(g)));
    return {
      type: 'Feature',
      properties: { id, type: r.type, name_en: r.en, name_ru: r.ru, name_kk: r.kk },
      geometry: merge(topo, parts as Parameters<typeof merge>[1]),
    };
  });
  const left = level4.filter((f) => !used.has(f.properties.name)).map((f) => f.properties.name);
  if (left.length) throw new Error(`OpenStreetMap regions not in any January 2022 region: ${left.join(', ')}`);
  return merged;
}

/** Natural Earth's 1:10m land around a box: one polygon per piece of land that reaches into it. */
export function landAround(bbox: [number, number, number, number]): Feature<Polygon>[] {
  const land = readJson<Topology>(sources.naturalEarthLand.file);
  const all = feature(land, land.objects.land as GeometryCollection) as FeatureCollection<Area>;
  return all.features
    .flatMap((f) => turf.flatten(f).features)
    .map((p) => turf.bboxClip(p, bbox) as Feature<Polygon>)
    .filter((p) => p.geometry.coordinates.length > 0 && p.geometry.coordinates[0].length >= 4 && turf.area(p) > 0);
}

/**
 * A region less its sea: OpenStreetMap's Atyrau and Mangystau reach into the Caspian. Clipped with the land
 * cut to the region's own box, which keeps each intersection small and fast.
 */
export function clipToLand(
  region: Feature<MultiPolygon, RegionProps>,
  land: Feature<Polygon>[],
): Feature<Area, RegionProps> {
  const box = turf.bbox(region) as [number, number, number, number];
  const near = land.map((p) => turf.bboxClip(p, box) as Feature<Polygon>).filter((p) => p.geometry.coordinates.length);
  const clipped = turf.intersect(
    turf.featureCollection<Polygon | MultiPolygon>([
      region,
      ...(near.length > 1 ? [turf.union(turf.featureCollection(near))!] : near),
    ]),
  );
  if (!clipped) throw new Error(`${region.properties.id} has no land`);
  // Six decimals (~10 cm) so that both sides of a border clipped separately meet in the very same vertex.
  const geometry = cleanArea(roundGeometry(clipped.geometry, 6));
  if (!geometry) throw new Error(`${region.properties.id} vanished when clipped`);
  return { type: 'Feature', properties: region.properties, geometry };
}

/** data/regions.topojson: objects `regions` (polygons), `borders` (inner borders, as lines) and `labels`. */
export function buildRegions(file: (name: string) => string): Topology {
  const osm = readJson<FeatureCollection<Area, OsmRegion>>(file('regions'));
  const merged = mergeRegions(osm);
  const box = turf.bbox(turf.featureCollection(merged)) as [number, number, number, number];
  const land = landAround(box);
  const clipped = merged.map((r) => clipToLand(r, land));
  const labels: Feature<Point, RegionProps>[] = clipped.map((r) => ({
    type: 'Feature',
    properties: r.properties,
    geometry: labelPoint(r.geometry),
  }));
  // Simplified as the country outlines of countries.topojson are (0.005 square degrees); 1e4 steps across the
  // file (41°) is about 400 m, under a pixel up to zoom 7.
  const topo = simplifiedTopology(
    { regions: turf.featureCollection(clipped), labels: turf.featureCollection(labels) },
    { minArea: 0.005, quantization: 1e4 },
  );
  return withInnerBorders(topo, 'regions', 'borders', { id: 'inner-borders', kind: 'inner-border' });
}

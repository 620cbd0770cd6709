/** The world's rivers (Natural Earth 1:10m centrelines) for the pack, simplified for zooms up to about 7. */
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { roundGeometry } from '../io.ts';
import { MIN_AREA, QUANTIZATION } from './detail.ts';
import { nameOrNull } from './names.ts';

type Line = LineString | MultiLineString;

interface NeRiver {
  featurecla: string;
  name: string | null;
  name_en: string | null;
  scalerank: number;
  min_zoom: number;
  min_label: number;
}

export interface PackRiver {
  name: string | null;
  rank: number;
  minzoom: number;
  labelZoom: number;
}

/**
 * Rivers only: the "lake centrelines" that Natural Earth draws through lakes and reservoirs are left out,
 * as the region's map leaves them out (under the water they are not seen).
 */
export function packRivers(rivers: FeatureCollection<Line | null, NeRiver>): Topology {
  const features = rivers.features
    .filter((f): f is Feature<Line, NeRiver> => !!f.geometry && f.properties.featurecla === 'River')
    .map((f): Feature<Line, PackRiver> => ({
      type: 'Feature',
      properties: {
        name: nameOrNull(f.properties.name_en) ?? nameOrNull(f.properties.name),
        rank: f.properties.scalerank,
        minzoom: f.properties.min_zoom,
        labelZoom: f.properties.min_label,
      },
      geometry: roundGeometry(f.geometry, 4),
    }))
    .sort((a, b) => JSON.stringify(a.geometry).localeCompare(JSON.stringify(b.geometry)));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const simple = simplify(
    presimplify(topology({ rivers: collection }) as Parameters<typeof presimplify>[0]),
    MIN_AREA.rivers,
  );
  // Simplifying leaves some lines a single point: decoded again and dropped before quantizing.
  const decoded = feature(simple as Topology, (simple as Topology).objects.rivers as GeometryCollection);
  const kept = decoded.features.flatMap((f, i) => {
    const geometry = f.geometry && roundGeometry(f.geometry as Line, 4);
    const lines = geometry && (geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates);
    const long = lines?.filter((l) => l.length >= 2) ?? [];
    if (long.length === 0) return [];
    const g: Line =
      long.length === 1 ? { type: 'LineString', coordinates: long[0] } : { type: 'MultiLineString', coordinates: long };
    return [{ type: 'Feature' as const, properties: features[i].properties, geometry: g }];
  });
  const collected: FeatureCollection = { type: 'FeatureCollection', features: kept };
  return topology({ rivers: collected }, QUANTIZATION) as Topology;
}

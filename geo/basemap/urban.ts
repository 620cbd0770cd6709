/** Built-up areas from Natural Earth 1:50m: coarse outlines of the larger towns, for zooms 5 to 8. */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { readJson } from '../io.ts';
import { region } from '../region.ts';
import { type Area, cleanArea, simplifiedTopology, sortedBy } from './geometry.ts';

interface NeUrban {
  scalerank: number;
  area_sqkm: number;
  min_zoom: number;
}

export interface UrbanProps {
  id: string;
  /** Natural Earth's estimate of the built-up area, km². */
  areaKm2: number;
  rank: number;
  minzoom: number;
}

/** The urban areas inside the map's clip box. Pure. */
export function deriveUrban(ne: FeatureCollection<Area | null, NeUrban>): FeatureCollection<Area, UrbanProps> {
  const features = ne.features.flatMap((f): Feature<Area, UrbanProps>[] => {
    if (!f.geometry) return [];
    const clipped = cleanArea(turf.bboxClip(f.geometry, region.clip).geometry as Area);
    if (!clipped) return [];
    const [x, y] = turf.centroid(clipped).geometry.coordinates;
    return [
      {
        type: 'Feature',
        properties: {
          // Named by where it is: Natural Earth gives urban areas no names.
          id: `urban-${x.toFixed(2)}_${y.toFixed(2)}`,
          areaKm2: Math.round(f.properties.area_sqkm),
          rank: f.properties.scalerank,
          minzoom: f.properties.min_zoom,
        },
        geometry: clipped,
      },
    ];
  });
  return { type: 'FeatureCollection', features: sortedBy(features, (f) => f.properties.id) };
}

/** data/urban.topojson: object `urban`. */
export function buildUrban(file: (name: string) => string) {
  return simplifiedTopology({ urban: deriveUrban(readJson(file('urban'))) }, { minArea: 0.0002, quantization: 1e4 });
}

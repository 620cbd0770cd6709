/** The world's built-up areas (Natural Earth 1:50m urban areas) for the pack. */
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type Area, cleanArea, simplifiedTopology } from '../basemap/geometry.ts';
import { MIN_AREA, QUANTIZATION } from './detail.ts';

interface NeUrban {
  scalerank: number;
  area_sqkm: number;
  min_zoom: number;
}

export interface PackUrban {
  rank: number;
  minzoom: number;
  areaKm2: number;
}

export function packUrban(urban: FeatureCollection<Area | null, NeUrban>): Topology {
  const features = urban.features
    .flatMap((f): Feature<Area, PackUrban>[] => {
      const geometry = f.geometry && cleanArea(f.geometry);
      if (!geometry) return [];
      const p = f.properties;
      return [
        {
          type: 'Feature',
          properties: { rank: p.scalerank, minzoom: p.min_zoom, areaKm2: Math.round(p.area_sqkm) },
          geometry,
        },
      ];
    })
    .sort((a, b) => JSON.stringify(a.geometry).localeCompare(JSON.stringify(b.geometry)));
  return simplifiedTopology(
    { urban: { type: 'FeatureCollection', features } },
    { minArea: MIN_AREA.urban, quantization: QUANTIZATION },
  );
}

/**
 * Almaty's layers as static Mapbox vector tiles ({z}/{x}/{y}.pbf), one source-layer per layer: the reader loads
 * only the tiles in view, each simplified for its zoom, and MapLibre overzooms the deepest ones.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature } from 'geojson';
import { ALMATY_EXTRACT, LAYERS, type Layer, type LayerName } from './almaty.ts';
import { tilesCovering } from './mercator.ts';

/** Zoom 9 shows the whole extract in a few tiles; past 13 MapLibre overzooms (the data holds no finer detail). */
export const TILE_ZOOMS = [9, 10, 11, 12, 13] as const;

/**
 * The zoom each kind of feature first shows at: the city's shape and main lines first, detail later. Roads
 * carry their own `minzoom` (almaty.ts).
 */
export function minzoom(layer: LayerName, f: Feature): number {
  const p = f.properties ?? {};
  if (typeof p.minzoom === 'number') return p.minzoom;
  switch (layer) {
    case 'landuse':
      return p.class === 'built-up' ? 9 : p.class === 'park' || p.class === 'forest' ? 10 : 11;
    case 'water':
      return 10;
    case 'waterway':
      return p.class === 'river' || p.class === 'canal' ? 9 : 11;
    case 'rail':
      return p.class === 'rail' ? 9 : 12;
    case 'aeroway':
      return p.class === 'airport' || p.class === 'runway' ? 9 : 11;
    default:
      return 9;
  }
}

/**
 * Every tile of the extract at every zoom, by path under the tile folder ('11/1235/756.pbf'); a tile
 * with nothing in it is an empty file, so a reader who pans there meets no missing file.
 */
export function almatyTiles(layers: Record<LayerName, Layer>): Record<string, Buffer> {
  const indexes = LAYERS.map((name) => {
    const features = layers[name].map((f) => ({
      ...f,
      properties: {
        ...Object.fromEntries(Object.entries(f.properties).filter(([k]) => k !== 'minzoom')),
        minzoom: minzoom(name, f),
      },
    }));
    const index = new GeoJSONVT(
      { type: 'FeatureCollection', features },
      { maxZoom: TILE_ZOOMS.at(-1), indexMaxZoom: 0, tolerance: 3, buffer: 64 },
    );
    return { name, index };
  });
  const out: Record<string, Buffer> = {};
  for (const z of TILE_ZOOMS)
    for (const { x, y } of tilesCovering(ALMATY_EXTRACT, z)) {
      const tileLayers: Parameters<typeof fromGeojsonVt>[0] = {};
      for (const { name, index } of indexes) {
        const tile = index.getTile(z, x, y);
        if (!tile) continue;
        const features = tile.features
          .filter((f) => (f.tags?.minzoom as number) <= z)
          .map((f) => ({
            ...f,
            tags: Object.fromEntries(Object.entries(f.tags ?? {}).filter(([k]) => k !== 'minzoom')),
          }));
        if (features.length) tileLayers[name] = { ...tile, features };
      }
      out[`${z}/${x}/${y}.pbf`] = Object.keys(tileLayers).length
        ? Buffer.from(fromGeojsonVt(tileLayers, { version: 2, extent: 4096 }))
        : Buffer.alloc(0);
    }
  return out;
}

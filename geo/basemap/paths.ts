import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The raw public data the base map is derived from. It lives beside the project, never in it (see its
 * README): a clone without it still has the derived files in public/data, and only a rebuild needs it.
 * QANTAR_GEODATA points elsewhere (a copy, or a missing folder to try a clone without it).
 */
export const geodataDir =
  process.env.QANTAR_GEODATA ?? fileURLToPath(new URL('../../../shared/geodata/', import.meta.url));

/** The raw files, relative to the geodata folder. */
export const raw = {
  lakes: 'natural-earth/ne_10m_lakes.geojson',
  lakesHistoric: 'natural-earth/ne_10m_lakes_historic.geojson',
  rivers: 'natural-earth/ne_10m_rivers_lake_centerlines.geojson',
  urban: 'natural-earth/ne_50m_urban_areas.geojson',
  geographyPolys: 'natural-earth/ne_10m_geography_regions_polys.geojson',
  elevationPoints: 'natural-earth/ne_10m_geography_regions_elevation_points.geojson',
  regions: 'openstreetmap/kz-regions-2023-06.geojson',
  places: 'openstreetmap/kz-populated-places-hot.geojson',
  almaty: 'openstreetmap/almaty-2012.osm.pbf',
  etopo5: 'relief/etopo5-region.tif',
  srtm: ['relief/N42E076.hgt.zip', 'relief/N42E077.hgt.zip', 'relief/N43E076.hgt.zip', 'relief/N43E077.hgt.zip'],
} as const;

/** Whether the raw data is there to rebuild from: every file the base map reads. */
export function hasGeodata(dir: string = geodataDir): boolean {
  const files = Object.values(raw).flat();
  return files.every((f) => existsSync(join(dir, f)));
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geodataDir } from '../basemap/paths.ts';

/**
 * Where the world pack lives: derived by `npm run geo`, committed, and read by `npm run story`. It is not
 * in public/ on purpose: Vite copies public/ into every site, and a story's site holds only its own
 * clip of the pack.
 */
export const packDir = fileURLToPath(new URL('./pack/', import.meta.url));

/** Natural Earth's whole-world layers, beside the project in ../shared/geodata/world (never committed). */
export const worldDir = join(geodataDir, 'world');

/**
 * World relief: ETOPO5 as Debian's `ferret-datasets` package installs it (`apt-get install -y
 * ferret-datasets`). QANTAR_ETOPO5 points elsewhere.
 */
export const etopoFile = process.env.QANTAR_ETOPO5 ?? '/usr/share/ferret-vis/data/etopo5.cdf';

/** The raw world files, relative to `worldDir`. */
export const worldRaw = {
  lakes: 'ne_10m_lakes.geojson',
  rivers: 'ne_10m_rivers_lake_centerlines.geojson',
  places: 'ne_10m_populated_places.geojson',
  regionPoints: 'ne_10m_admin_1_label_points.geojson',
  regionPolygons: 'ne_50m_admin_1_states_provinces_lakes.geojson',
  seas: 'ne_50m_geography_marine_polys.geojson',
  urban: 'ne_50m_urban_areas.geojson',
} as const;

/** Whether everything the pack is derived from is on this machine. */
export const hasWorldInputs = (dir: string = worldDir, etopo: string = etopoFile): boolean =>
  existsSync(etopo) && Object.values(worldRaw).every((f) => existsSync(join(dir, f)));

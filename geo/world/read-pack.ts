/** The committed world pack (geo/world/pack/), decoded once per process for `npm run story`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString } from 'geojson';
import { decodeData } from '../../src/map/decode-data.ts';
import type { Area } from '../basemap/geometry.ts';
import { decodePng } from '../basemap/png.ts';
import type { PackLake, PackSea } from './pack-water.ts';
import type { PackRiver } from './pack-rivers.ts';
import type { PackRegion, PackRegionLabel } from './pack-regions.ts';
import type { PackTown } from './pack-towns.ts';
import type { PackUrban } from './pack-urban.ts';
import { RELIEF_GRID } from './pack-relief.ts';
import { packDir } from './paths.ts';
import { fromTable, type Table } from './table.ts';

export interface WorldPack {
  lakes: Feature<Area, PackLake>[];
  rivers: Feature<LineString | MultiLineString, PackRiver>[];
  seas: Feature<Area, PackSea>[];
  regions: Feature<Area, PackRegion>[];
  regionLabels: PackRegionLabel[];
  towns: PackTown[];
  urban: Feature<Area, PackUrban>[];
  /** The relief's shading steps, a byte a cell, on RELIEF_GRID. */
  relief: Uint8Array;
  /** Other names of GeoNames places, by GeoNames id. */
  gazetteerNames: Record<string, string[]>;
}

const text = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

function features<G extends Geometry, P>(dir: string, name: string): Feature<G, P>[] {
  const decoded = decodeData(JSON.parse(text(dir, name))) as FeatureCollection<G | null, P>;
  return decoded.features.filter((f): f is Feature<G, P> => f.geometry !== null);
}

/** The relief PNG's grey channel. */
function reliefSteps(dir: string): Uint8Array {
  const png = decodePng(readFileSync(join(dir, 'relief.png')));
  if (png.width !== RELIEF_GRID.width || png.height !== RELIEF_GRID.height)
    throw new Error(
      `relief.png is ${png.width} × ${png.height}, not the grid's ${RELIEF_GRID.width} × ${RELIEF_GRID.height}`,
    );
  const steps = new Uint8Array(png.width * png.height);
  for (let i = 0; i < steps.length; i++) steps[i] = png.data[i * 4];
  return steps;
}

export function readWorldPack(dir: string = packDir): WorldPack {
  return {
    lakes: features(dir, 'lakes.topojson'),
    rivers: features(dir, 'rivers.topojson'),
    seas: features(dir, 'seas.topojson'),
    regions: features(dir, 'regions.topojson'),
    regionLabels: fromTable<PackRegionLabel>(JSON.parse(text(dir, 'region-labels.json')) as Table),
    towns: fromTable<PackTown>(JSON.parse(text(dir, 'towns.json')) as Table),
    urban: features(dir, 'urban.topojson'),
    relief: reliefSteps(dir),
    gazetteerNames: JSON.parse(text(dir, 'gazetteer-names.json')) as Record<string, string[]>,
  };
}

let loaded: WorldPack | undefined;

/** The committed pack, read on first use (about a second) and kept. */
export function worldPack(): WorldPack {
  loaded ??= readWorldPack();
  return loaded;
}

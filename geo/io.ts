import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { decodeData } from '../src/map/decode-data.ts';

export const readJson = <T = unknown>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** JSON written the same way every time, so a rebuild from the same inputs is byte-identical. */
export const jsonText = (value: unknown): string => JSON.stringify(value) + '\n';

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, jsonText(value));
}

const roundPosition = (p: Position, decimals: number): Position => {
  const f = 10 ** decimals;
  return p.map((x) => Math.round(x * f) / f);
};

/** Rounds every coordinate of a geometry (3 decimals ≈ 110 m, 4 ≈ 11 m) and drops the repeats that rounding makes. */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  const line = (ps: Position[]): Position[] =>
    ps
      .map((p) => roundPosition(p, decimals))
      .filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: roundPosition(geometry.coordinates, decimals) };
    case 'LineString':
      return { ...geometry, coordinates: line(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(line) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(line)) };
    default:
      throw new Error(`cannot round a ${geometry.type}`);
  }
}

/** The features of a built data file, GeoJSON or TopoJSON alike (every object of a topology, in order). */
export function readFeatures<C extends FeatureCollection>(file: string): C {
  return decodeData(readJson(file)) as C;
}

import type { FeatureCollection, Geometry } from 'geojson';
import { decodeData } from '../map/decode-data.ts';

type Props = Record<string, unknown>;
type Collection = FeatureCollection<Geometry, Props>;

/** The base map's files the static map draws, decoded: the same files MapLibre loads. */
export interface BaseData {
  countries: Collection;
  water: Collection;
  rivers: Collection;
  regions: Collection;
  /** Country labels. */
  labels: Collection;
  places: Collection;
  physical: Collection;
  /** The story's line overlays' files, by their `line` name (`border`). */
  lines: Record<string, Collection>;
}

/** The files of the base map, by their key in `BaseData`, under data/. */
export const BASE_FILES = {
  countries: 'countries.topojson',
  water: 'water.topojson',
  rivers: 'rivers.topojson',
  regions: 'regions.topojson',
  labels: 'labels.geojson',
  places: 'places.geojson',
  physical: 'physical.geojson',
} as const;

/** Reads the base map with `read` (a fetch in the browser, a file read at build time), decoding TopoJSON. */
export async function loadBaseData(
  read: (path: string) => Promise<unknown>,
  lines: readonly string[],
): Promise<BaseData> {
  const decode = async (name: string) => decodeData(await read(`data/${name}`)) as Collection;
  const entries = await Promise.all(
    Object.entries(BASE_FILES).map(async ([key, name]) => [key, await decode(name)] as const),
  );
  const lineData = await Promise.all(lines.map(async (line) => [line, await decode(`${line}.topojson`)] as const));
  return { ...(Object.fromEntries(entries) as Omit<BaseData, 'lines'>), lines: Object.fromEntries(lineData) };
}

/** data/manifest.json: what each base-map file is, where it lies, when to load it, and how to credit it. */
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { decodeData } from '../../src/map/decode-data.ts';
import { type Credit, creditsOf } from './credits.ts';
import type { Bounds } from './mercator.ts';

export interface Entry {
  what: string;
  format: 'TopoJSON' | 'GeoJSON' | 'PNG (grey + alpha)' | 'PNG tiles (grey + alpha)' | 'Mapbox vector tiles';
  sources: Credit[];
  minzoom: number;
  maxzoom: number;
  /** `startup`: the default whole-region view needs it; `zoom`: load it when the reader zooms in past minzoom. */
  load: 'startup' | 'zoom';
  /** TopoJSON objects or vector-tile source-layers, each with what it holds. */
  layers?: Record<string, string>;
  /** Properties of its features, and what they mean. */
  properties?: Record<string, string>;
  /** For a MapLibre `image` source: its corners, top-left clockwise. */
  coordinates?: [number, number][];
  /** For tiles: the zooms that exist (MapLibre overzooms past the last) and their box. */
  tiles?: { zooms: number[]; bounds: Bounds };
  notes?: string;
}

const round = (bbox: number[]) => bbox.map((v) => Math.round(v * 1000) / 1000);

/** The manifest's JSON for the given files, with each file's box and size measured from its content. */
export function manifest(entries: Record<string, Entry>, files: Record<string, string | Buffer>) {
  const described = Object.entries(entries).map(([path, e]) => {
    const matching = e.tiles ? Object.keys(files).filter((f) => tilePattern(path).test(f)) : [path];
    if (matching.length === 0 || matching.some((f) => !(f in files))) throw new Error(`${path} was not built`);
    const bytes = matching.reduce((t, f) => t + Buffer.byteLength(files[f]), 0);
    const gzipBytes = matching.reduce((t, f) => t + gzipSync(files[f]).length, 0);
    const bbox = e.tiles
      ? e.tiles.bounds
      : e.coordinates
        ? [e.coordinates[0][0], e.coordinates[2][1], e.coordinates[2][0], e.coordinates[0][1]]
        : turf.bbox(decodeData(JSON.parse(String(files[path]))) as FeatureCollection);
    const { attribution, licence } = creditsOf(e.sources);
    const size = e.tiles ? { bytes, gzipBytes, files: matching.length } : { bytes, gzipBytes };
    return [path, { ...e, bbox: round(bbox), attribution, licence, ...size }];
  });
  return {
    about:
      'Base-map files derived by `npm run geo` (geo/basemap/) from the public data in ../shared/geodata. Paths ' +
      'are relative to public/. Sizes: bytes as stored, and gzip at zlib\u2019s default level (tiles: all of ' +
      'them together). Licences: LICENCES.md.',
    files: Object.fromEntries(described),
  };
}

/** A tile template ('data/almaty/{z}/{x}/{y}.pbf') as a pattern for the tile paths it stands for. */
export const tilePattern = (template: string) =>
  new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[xyz]\}/g, '\\d+')}$`);

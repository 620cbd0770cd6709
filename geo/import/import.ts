import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readCsv } from './csv.ts';
import type { Gazetteer } from './gazetteer.ts';
import { readGeoJson } from './geojson.ts';
import { validateRecords } from './rows.ts';
import { readSidecar } from './sidecar.ts';
import type { ImportResult, StorySidecar } from './types.ts';
import { decodeUtf8 } from './utf8.ts';

export interface ImportOptions {
  /**
   * Progress in two phases: 'read' counts characters parsed (CSV only), 'check' counts records checked.
   * Each phase reports about every 5 % and once at its end.
   */
  onProgress?: (done: number, total: number, phase: 'read' | 'check') => void;
  /** Defaults to the full GeoNames gazetteer, loaded on the first place lookup. */
  gazetteer?: Gazetteer | (() => Gazetteer);
}

/**
 * Reads an events file (a .csv spreadsheet export, or a .geojson / .json FeatureCollection of Points) and
 * its optional sidecar `<input>.json`. Never throws for a bad input: every problem is in `errors`,
 * and `events` holds the records that passed.
 */
export function importStory(path: string, options: ImportOptions = {}): ImportResult {
  const { sidecar, errors: sidecarErrors } = sidecarBeside(path);
  // The input's own messages are not prefixed with its name (the caller has it); the sidecar's are.
  const done = (events: ImportResult['events'], errors: string[]): ImportResult => ({
    events,
    sidecar,
    errors: [...errors, ...sidecarErrors],
  });

  if (!existsSync(path) || !statSync(path).isFile()) return done([], [`no such file: ${path}`]);
  const ext = extname(path).toLowerCase();
  const bytes = readFileSync(path);
  const check = options.onProgress && ((d: number, t: number) => options.onProgress?.(d, t, 'check'));

  if (ext === '.csv') {
    const table = readCsv(bytes, { onProgress: options.onProgress && ((d, t) => options.onProgress?.(d, t, 'read')) });
    if (!table.readable) return done([], table.errors);
    const checked = validateRecords(table.rows, { gazetteer: options.gazetteer, onProgress: check });
    return done(checked.events, [...table.errors, ...checked.errors]);
  }
  if (ext === '.geojson' || ext === '.json') {
    const decoded = decodeUtf8(bytes);
    if ('error' in decoded) return done([], [decoded.error]);
    let json: unknown;
    try {
      json = JSON.parse(decoded.text);
    } catch (e) {
      return done([], [`not valid JSON (${(e as Error).message})`]);
    }
    const read = readGeoJson(json, { gazetteer: options.gazetteer, onProgress: check });
    // The collection names itself as a sidecar would; a sidecar beside it, written for the purpose, wins.
    const named = { ...read.names, ...sidecar };
    return { ...done(read.events, read.errors), sidecar: named };
  }
  return done(
    [],
    [
      `cannot import ${ext || 'a file without extension'}: save the sheet as "CSV UTF-8" (.csv), or give a GeoJSON FeatureCollection (.geojson)`,
    ],
  );
}

function sidecarBeside(path: string): { sidecar: StorySidecar; errors: string[] } {
  const file = `${path}.json`;
  return existsSync(file) ? readSidecar(readFileSync(file), basename(file)) : { sidecar: {}, errors: [] };
}

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bytes over the wire, as gzip at zlib's default level would send them. Shared by the bench and by
 * test/browser/budget.test.ts, so both count the same way. 1 KB = 1,000 bytes, as Vite reports.
 */
export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).length;
export const KB = 1000;

export type Part = 'maplibre' | 'app' | 'css' | 'data' | 'fonts' | 'html';

/** MapLibre's files as the npm package ships them, gzip-sized on their own. */
export interface MapLibreSizes {
  js: number;
  worker: number;
  css: number;
}

let mapLibre: MapLibreSizes | undefined;
export function mapLibreSizes(): MapLibreSizes {
  if (mapLibre) return mapLibre;
  const dist = join(dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json')), 'dist');
  const size = (name: string) => gzipSize(readFileSync(join(dist, name)));
  mapLibre = { js: size('maplibre-gl.mjs'), worker: size('maplibre-gl-worker.mjs'), css: size('maplibre-gl.css') };
  return mapLibre;
}

/** A string of MapLibre's own that no app code carries: marks the JS chunk MapLibre was bundled into. */
const MAPLIBRE_MARKER = 'Style is not done loading';

export interface FileWeight {
  path: string;
  raw: number;
  gzip: number;
  /** The file's gzip bytes by part: a bundle that holds MapLibre is split into MapLibre's share and the rest. */
  parts: Partial<Record<Part, number>>;
  /** The part of a CSS file that is MapLibre's stylesheet (counted under `css`). */
  mapLibreCss?: number;
}

export function weigh(path: string, body: Buffer): FileWeight {
  const gzip = gzipSize(body);
  const base = { path, raw: body.length, gzip };
  const ml = mapLibreSizes();
  if (/\/data\//.test(path)) return { ...base, parts: { data: gzip } };
  if (/\.(woff2?|ttf|otf)$/.test(path)) return { ...base, parts: { fonts: gzip } };
  if (/\.html?$/.test(path) || path.endsWith('/')) return { ...base, parts: { html: gzip } };
  if (path.endsWith('.css')) {
    const withMapLibre = body.includes('.maplibregl-map');
    return { ...base, parts: { css: gzip }, ...(withMapLibre ? { mapLibreCss: Math.min(ml.css, gzip) } : {}) };
  }
  if (/\.m?js$/.test(path)) {
    if (/maplibre-gl-worker/.test(path)) return { ...base, parts: { maplibre: gzip } };
    if (body.includes(MAPLIBRE_MARKER)) {
      const share = Math.min(ml.js, gzip);
      return { ...base, parts: { maplibre: share, app: gzip - share } };
    }
    return { ...base, parts: { app: gzip } };
  }
  return { ...base, parts: { app: gzip } };
}

export const sumPart = (files: FileWeight[], part: Part): number =>
  files.reduce((total, f) => total + (f.parts[part] ?? 0), 0);

/** What the byte budget counts: app code, startup data and fonts, on top of MapLibre. */
export const budgetParts: Part[] = ['app', 'data', 'fonts'];
export const budgetBytes = (files: FileWeight[]): number =>
  budgetParts.reduce((total, part) => total + sumPart(files, part), 0);

/**
 * Data the app fetches only when a reader asks for it: the story's sources (when an event's sources
 * are opened) and the story in another language (when it is chosen).
 */
export const onDemandData = /^(sources(\.[a-z]+)?\.json|story\.[a-z]+\.geojson)$/;

/**
 * The budgeted files of a build, without a browser: the JS that dist/index.html loads (its module
 * script and preloads), the data files the map loads at startup, and the label font. A data file
 * counts when that JS names it (`countries.topojson`, `relief/region.png`): public/data also holds
 * base-map files and tiles the app does not load, or loads only when zoomed in (see data/manifest.json).
 */
export function startupFiles(dist: string): FileWeight[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.m?js)"/g)].map((m) => m[1]);
  if (scripts.length === 0) throw new Error(`no scripts found in ${dist}/index.html`);
  const code = scripts.map((s) => readFileSync(join(dist, s), 'utf8')).join('\n');
  const data = readdirSync(join(dist, 'data'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(join(dist, 'data').length + 1))
    .filter((name) => code.includes(name) && !onDemandData.test(name))
    .map((name) => `data/${name}`);
  const fonts = readdirSync(join(dist, 'fonts')).map((name) => `fonts/${name}`);
  return [...new Set(scripts), ...data, ...fonts].map((p) => weigh(`/${p}`, readFileSync(join(dist, p))));
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Bytes over the wire, as gzip at zlib's default level would send them. Shared by the bench and by
 * test/browser/budget.test.ts, so both count the same way. 1 KB = 1,000 bytes, as Vite reports.
 */
export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).length;
export const KB = 1000;

export type Part = 'maplibre' | 'app' | 'css' | 'data' | 'relief' | 'story' | 'fonts' | 'html' | 'images';

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
  if (/\/data\/relief\//.test(path)) return { ...base, parts: { relief: gzip } };
  // The posters: pictures of the map, an embed's first paint.
  if (/\/poster[^/]*\.svg$/.test(path)) return { ...base, parts: { images: gzip } };
  if (/\/data\/story(\.[a-z]+)?\.geojson$/.test(path)) return { ...base, parts: { story: gzip } };
  if (/\/data\//.test(path)) return { ...base, parts: { data: gzip } };
  if (/\.(woff2?|ttf|otf)$/.test(path)) return { ...base, parts: { fonts: gzip } };
  if (/\.html?$/.test(path) || path.endsWith('/')) return { ...base, parts: { html: gzip } };
  if (path.endsWith('.css')) {
    const withMapLibre = body.includes('.maplibregl-map');
    // MapLibre's own stylesheet, linked when the live map starts.
    if (withMapLibre && /maplibre/.test(path)) return { ...base, parts: { maplibre: gzip } };
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

/** What the byte budget counts: app code, the story, the base map and fonts, on top of MapLibre. */
export const budgetParts: Part[] = ['app', 'story', 'data', 'fonts'];
export const budgetBytes = (files: FileWeight[]): number =>
  budgetParts.reduce((total, part) => total + sumPart(files, part), 0);

/** The story a prerendered page carries in its HTML: it counts as the story, though it comes with the page. */
export function pageStory(path: string, html: Buffer): FileWeight | null {
  const m = /<script type="application\/json" id="qantar-story">([\s\S]*?)<\/script>/.exec(html.toString('utf8'));
  if (!m) return null;
  const bytes = Buffer.from(m[1]);
  const gzip = gzipSize(bytes);
  return { path: `${path} (its story)`, raw: bytes.length, gzip, parts: { story: gzip } };
}

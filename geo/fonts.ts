/**
 * The label fonts, cut to the characters the map's labels use in every language (src/map/fonts.ts
 * says which files and ranges the style declares). The texts are read from the built map data, so
 * a label added anywhere gets its glyphs on the next `npm run geo`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import subsetFont from 'subset-font';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { fontFile, fontSubsets, subsetOf, type FontSubset } from '../src/map/fonts.ts';
import { LANGUAGES } from '../src/i18n/i18n.ts';
import { en } from '../src/i18n/en.ts';
import { ru } from '../src/i18n/ru.ts';
import { kk } from '../src/i18n/kk.ts';
import { decodeData } from '../src/map/decode-data.ts';
import type { StoryEventCollection } from '../src/story/built.ts';

const require = createRequire(import.meta.url);

/** The properties that hold label text, in any language the map speaks. */
const NAME_KEYS = ['name', ...LANGUAGES.map((l) => `name_${l}`)];

const namesOf = (properties: Record<string, unknown> | null | undefined): string[] =>
  NAME_KEYS.flatMap((k) => (typeof properties?.[k] === 'string' ? [properties[k] as string] : []));

/** Label texts of the GeoJSON and TopoJSON files of public/data. */
function fileTexts(dataDir: string, names: readonly string[]): string[] {
  return names.flatMap((name) =>
    decodeData(JSON.parse(readFileSync(join(dataDir, name), 'utf8'))).features.flatMap((f) => namesOf(f.properties)),
  );
}

/** Label texts of the vector tiles under a folder of public/data (the city map's street names). */
function tileTexts(folder: string): string[] {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.name.endsWith('.pbf'));
  return files.flatMap((e) => {
    let bytes = readFileSync(join(e.parentPath, e.name));
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const tile = new VectorTile(new PbfReader(bytes));
    return Object.values(tile.layers).flatMap((layer) =>
      Array.from({ length: layer.length }, (_, i) => namesOf(layer.feature(i).properties)).flat(),
    );
  });
}

/** The files whose labels are set in italics: water and landforms, as cartographers set them. */
export const ITALIC_FILES = ['water.topojson', 'rivers.topojson', 'physical.geojson'];

/**
 * Every text the map may draw, in upright and in italic type: the base-map labels, the city map's,
 * and the words of line labels.
 */
export function labelTexts(publicDir: string, extra: readonly string[] = []): { upright: string[]; italic: string[] } {
  const dataDir = join(publicDir, 'data');
  const data = readdirSync(dataDir).filter((n) => /\.(geo|topo)json$/.test(n) && !/^(story|sources)/.test(n));
  const upright = data.filter((n) => !ITALIC_FILES.includes(n));
  // A line's label is the story's words (in each of its languages) and the catalogue's figures.
  const stories = readdirSync(dataDir).filter((n) => /^story(\.\w+)?\.geojson$/.test(n));
  const lineWords = [
    ...[en, ru, kk].map((c) => c['line.reported'] as string),
    ...stories.flatMap((n) =>
      (JSON.parse(readFileSync(join(dataDir, n), 'utf8')) as StoryEventCollection).story.overlays.flatMap((o) =>
        o.kind === 'line' ? [o.label] : [],
      ),
    ),
  ];
  return {
    upright: [...fileTexts(dataDir, upright), ...tileTexts(join(dataDir, 'almaty')), ...lineWords, ...ASCII, ...extra],
    italic: fileTexts(dataDir, ITALIC_FILES),
  };
}

/** Printable ASCII, for labels made at run time (a length, a date). */
export const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

/** Every character the texts use (in capitals too: labels may be set in them), by subset. */
export function charactersBySubset(texts: readonly string[]): Record<FontSubset, string> {
  const chars = new Set(texts.flatMap((t) => [...t, ...t.toUpperCase()]));
  const out = Object.fromEntries(fontSubsets.map((s) => [s, ''])) as Record<FontSubset, string>;
  const missing: string[] = [];
  for (const c of [...chars].sort()) {
    if (/\s/.test(c) && c !== ' ') continue;
    const subset = subsetOf(c);
    if (subset) out[subset] += c;
    else missing.push(`${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
  }
  if (missing.length) throw new Error(`no label font has a glyph for: ${missing.join(', ')}`);
  return out;
}

/** The @fontsource file a subset is cut from. */
export const sourceFont = (subset: FontSubset, italic: boolean): string =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-400-${italic ? 'italic' : 'normal'}.woff2`);

/** Every label font file, by its path under public/. */
export async function buildFonts(texts: { upright: string[]; italic: string[] }): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const italic of [false, true]) {
    const chars = charactersBySubset(italic ? texts.italic : texts.upright);
    for (const subset of fontSubsets)
      files[fontFile(subset, italic)] = await subsetFont(readFileSync(sourceFont(subset, italic)), chars[subset], {
        targetFormat: 'woff2',
      });
  }
  return files;
}

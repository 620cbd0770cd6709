/**
 * The label font covers every label: each character any label of the map may draw, in any of its
 * languages (ә ғ қ ң ө ұ ү і included), is in the subset file its unicode-range sends it to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as hb from 'harfbuzzjs';
import fontverter from 'fontverter';
import { fontFile, fontSubsets, subsetOf, type FontSubset } from '../src/map/fonts.ts';
import { labelTexts } from './fonts.ts';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

/** The code points a subset file has glyphs for. */
async function cmap(subset: FontSubset, italic: boolean): Promise<Set<number>> {
  const ttf = await fontverter.convert(readFileSync(join(publicDir, fontFile(subset, italic))), 'truetype');
  return new Set(new hb.Face(new hb.Blob(ttf)).collectUnicodes());
}

/** The characters of the texts (in capitals too) that their subset's file lacks, or no subset takes. */
async function missing(texts: readonly string[], italic: boolean): Promise<string[]> {
  // One at a time: the WOFF2 decoder's WebAssembly is not re-entrant.
  const files = {} as Record<FontSubset, Set<number>>;
  for (const s of fontSubsets) files[s] = await cmap(s, italic);
  const chars = new Set(texts.flatMap((t) => [...t, ...t.toUpperCase()]).filter((c) => !/\s/.test(c)));
  return [...chars].filter((c) => {
    const subset = subsetOf(c);
    return !subset || !files[subset].has(c.codePointAt(0)!);
  });
}

describe('the label font', () => {
  const texts = labelTexts(publicDir);

  it('reads labels in every language, Kazakh letters included', () => {
    const all = texts.upright.join('');
    for (const c of 'әғқңөұүіАлматыАқтау') expect(all).toContain(c);
  });

  it.each([
    ['upright', false],
    ['italic', true],
  ] as const)('has a glyph, in the right subset, for every character of the %s labels', async (_, italic) => {
    expect(await missing(italic ? texts.italic : texts.upright, italic)).toEqual([]);
  });

  it('would see a character it lacks', async () => {
    expect(await missing(['Ꙗ'], false)).toEqual(['Ꙗ']);
  });
});

import unicodeRanges from '@fontsource/noto-sans/unicode.json';
import { LABEL_FAMILY } from '../static/font-family.ts';

/**
 * The map's label fonts: Noto Sans (OFL), regular and italic (water and landforms), each cut by
 * `npm run geo` into the @fontsource subsets the labels use, so a reader of English fetches only
 * the Latin files and a reader of Kazakh the Cyrillic ones too, each with only the letters it needs.
 * The page registers them once under one family of its own (src/static/fonts.ts), and the static map
 * and MapLibre both draw with it: MapLibre's own `font-faces` would add a family of its own to the
 * host's document for every file.
 */
export { LABEL_FAMILY };

/**
 * The `text-font` stacks, each one name for a layer's `[FONT]`. With no glyph server and no
 * `font-faces`, MapLibre draws each letter with the canvas, in the stack (the array joined with
 * commas) as a CSS font family list, and sets it in italics when the first name says "Italic": that
 * name is not a family, so the canvas falls through to the page's own, in italic.
 */
export const FONT = LABEL_FAMILY;
export const FONT_ITALIC = `${LABEL_FAMILY} Italic,${LABEL_FAMILY}`;

export const fontSubsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type FontSubset = (typeof fontSubsets)[number];

/** Each subset's code points, as @fontsource declares them. */
export const subsetRanges: Record<FontSubset, string[]> = Object.fromEntries(
  fontSubsets.map((s) => [s, (unicodeRanges as Record<string, string>)[s].split(',')]),
) as Record<FontSubset, string[]>;

/** A label font file, under public/. */
export const fontFile = (subset: FontSubset, italic: boolean): string =>
  `fonts/labels-${subset}${italic ? '-italic' : ''}.woff2`;

/** Whether a code point falls in one of the ranges ("U+0400-045F", "U+2116"). */
export function inRanges(codePoint: number, ranges: readonly string[]): boolean {
  return ranges.some((r) => {
    const [from, to = from] = r.replace(/^U\+/, '').split('-');
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}

/** The subset a character's glyph is in, or undefined when no label font has it. */
export const subsetOf = (char: string): FontSubset | undefined =>
  fontSubsets.find((s) => inRanges(char.codePointAt(0)!, subsetRanges[s]));

import type { FontFacesSpecification } from 'maplibre-gl';
import unicodeRanges from '@fontsource/noto-sans/unicode.json';

/**
 * The map's label fonts: Noto Sans (OFL), regular and italic (water and landforms), each cut by
 * `npm run geo` into the @fontsource subsets the labels use, so a reader of English fetches only
 * the Latin files and a reader of Kazakh the Cyrillic ones too, each with only the letters it needs.
 */
export const FONT = 'Noto Sans Regular';
export const FONT_ITALIC = 'Noto Sans Italic';

export const fontSubsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export type FontSubset = (typeof fontSubsets)[number];

/** Each subset's code points, as @fontsource declares them. */
export const subsetRanges: Record<FontSubset, string[]> = Object.fromEntries(
  fontSubsets.map((s) => [s, (unicodeRanges as Record<string, string>)[s].split(',')]),
) as Record<FontSubset, string[]>;

/** A label font file, under public/. */
export const fontFile = (subset: FontSubset, italic: boolean): string =>
  `fonts/labels-${subset}${italic ? '-italic' : ''}.woff2`;

/** The style's font faces: each subset file with its range, fetched only when a label needs it. */
export const fontFaces = (url: (path: string) => string): FontFacesSpecification =>
  Object.fromEntries(
    [
      [FONT, false],
      [FONT_ITALIC, true],
    ].map(([name, italic]) => [
      name as string,
      fontSubsets.map((s) => ({ url: url(fontFile(s, italic as boolean)), 'unicode-range': subsetRanges[s] })),
    ]),
  );

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

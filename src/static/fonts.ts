import { fontFile, fontSubsets, LABEL_FAMILY, subsetRanges } from '../map/fonts.ts';

/** The family the map's labels are set in, static and live: the one global the map adds to a page. */
export const STATIC_FONT_FAMILY = LABEL_FAMILY;
/** The static map's font stack: its own family first (registered below in a page, embedded in a download). */
export const STATIC_FONT = `'${STATIC_FONT_FAMILY}', 'Noto Sans', system-ui, sans-serif`;

/**
 * Registers the label fonts for the static map with the FontFace API: each subset file, fetched only
 * when a label needs its letters. It works in a shadow root, where `@font-face` does not, and needs no
 * inline style, so a strict style-src holds.
 */
export function registerStaticFonts(base: string, fonts: FontFaceSet = document.fonts): void {
  // Chromium gives a family back quoted ('"Qantar Noto Sans"'): compared as given, every element added
  // to a page added its eight faces again, and kept them after it went.
  if ([...fonts].some((f) => f.family.replace(/^(["'])(.*)\1$/, '$2') === STATIC_FONT_FAMILY)) return;
  for (const italic of [false, true])
    for (const subset of fontSubsets)
      fonts.add(
        new FontFace(STATIC_FONT_FAMILY, `url(${new URL(fontFile(subset, italic), base).href})`, {
          style: italic ? 'italic' : 'normal',
          unicodeRange: subsetRanges[subset].join(','),
        }),
      );
}

import { fontFile, fontSubsets, subsetRanges } from '../map/fonts.ts';
import { LABEL_FAMILY } from './font-family.ts';

/**
 * Registers the label fonts for the static map with the FontFace API: each subset file, fetched only
 * when a label needs its letters. It works in a shadow root, where `@font-face` does not, and needs no
 * inline style, so a strict style-src holds.
 */
export function registerStaticFonts(base: string, fonts: FontFaceSet = document.fonts): void {
  // Chromium gives a family back quoted ('"Qantar Noto Sans"'): compared as given, every element added
  // to a page added its eight faces again, and kept them after it went.
  if ([...fonts].some((f) => f.family.replace(/^(["'])(.*)\1$/, '$2') === LABEL_FAMILY)) return;
  for (const italic of [false, true])
    for (const subset of fontSubsets)
      fonts.add(
        new FontFace(LABEL_FAMILY, `url(${new URL(fontFile(subset, italic), base).href})`, {
          style: italic ? 'italic' : 'normal',
          unicodeRange: subsetRanges[subset].join(','),
        }),
      );
}

/**
 * Resolves once every face the texts need is loaded (`texts`: text by CSS font, see canvas.ts), so a
 * canvas sets every word in the map's own font: a face still loading draws nothing at all.
 */
export async function fontsFor(texts: Map<string, string>, fonts: FontFaceSet = document.fonts): Promise<void> {
  await Promise.all([...texts].map(([font, text]) => fonts.load(font, text)));
  const missing = [...texts].filter(([font, text]) => !fonts.check(font, text)).map(([font]) => font);
  if (missing.length) throw new Error(`the fonts for ${missing.join(', ')} did not load`);
}

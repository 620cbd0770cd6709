import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerStaticFonts } from './fonts.ts';
import { LABEL_FAMILY } from './font-family.ts';

/** A FontFace that gives its family back as Chromium does: quoted, when the name has a space. */
class QuotingFontFace {
  readonly #family: string;
  constructor(family: string) {
    this.#family = family;
  }
  get family() {
    return /\s/.test(this.#family) ? `"${this.#family}"` : this.#family;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('registerStaticFonts', () => {
  it('adds the eight faces once, however often a page asks (an element added again and again)', () => {
    vi.stubGlobal('FontFace', QuotingFontFace);
    const fonts = new Set<FontFace>();
    const set = fonts as unknown as FontFaceSet;
    registerStaticFonts('http://x/', set);
    registerStaticFonts('http://x/', set);
    registerStaticFonts('http://x/other/', set);
    expect(fonts.size).toBe(8);
    expect([...fonts].every((f) => f.family === `"${LABEL_FAMILY}"`)).toBe(true);
  });

  it('leaves a page’s other fonts alone, and adds its own beside them', () => {
    vi.stubGlobal('FontFace', QuotingFontFace);
    const fonts = new Set<FontFace>([new QuotingFontFace('Noto Sans') as unknown as FontFace]);
    registerStaticFonts('http://x/', fonts as unknown as FontFaceSet);
    expect(fonts.size).toBe(9);
  });
});

/**
 * A poster's file at the build's root: `poster.svg` for the story's first language, `poster.ru.svg` for
 * another, `.dark` in the dark theme. The element asks by its own language before it knows the story's,
 * so the build writes the first language's under its code too (`poster.en.svg`).
 */
export const posterName = (lang: string, theme: string | null): string =>
  `poster${lang ? `.${lang}` : ''}${theme === 'dark' ? '.dark' : ''}.svg`;

/** The attribute that marks the map inside a poster, so a page can take the map out of it. */
export const POSTER_MAP = 'data-qantar-map';

/**
 * The element's box where its host gives it no height: the page's width, a 4:3 map, never under 300 px
 * nor over the viewport. The element's CSS and the poster in its snippet take it alike (the poster
 * fitted inside), so nothing moves on the page when the element's script arrives.
 */
export const ELEMENT_BOX = 'aspect-ratio:4/3;min-height:300px;max-height:100vh';

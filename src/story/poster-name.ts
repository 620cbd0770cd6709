/**
 * A poster's file at the build's root: `poster.svg` for the story's first language, `poster.ru.svg` for
 * another, `.dark` in the dark theme. The element asks by its own language before it knows the story's,
 * so the build writes the first language's under its code too (`poster.en.svg`).
 */
export const posterName = (lang: string, theme: string | null): string =>
  `poster${lang ? `.${lang}` : ''}${theme === 'dark' ? '.dark' : ''}.svg`;

/** The attribute that marks the map inside a poster, so a page can take the map out of it. */
export const POSTER_MAP = 'data-qantar-map';

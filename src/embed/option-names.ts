/**
 * The names of an embed's options: the iframe's query string, the element's attributes. Alone in a
 * file of its own, so the element's first script (element.ts) reads them without the code that parses them.
 */
export const optionNames = ['date', 'mode', 'view', 'event', 'autoplay', 'layers', 'panel', 'theme', 'lang'] as const;

/** The element's attributes: the options, its accessible name and when its interactive map starts. */
export const elementAttributes = [...optionNames, 'label', 'loading'] as const;

/** Natural Earth's names as a map shows them: one space between words, oceans not shouted. */

/** Words a title keeps in lower case inside a name: "Gulf of Mexico", "Bay of Bengal". */
const SMALL = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'du', 'le']);

/**
 * "ARCTIC OCEAN" → "Arctic Ocean", "Caribbean  Sea" → "Caribbean Sea". Natural Earth writes its oceans
 * in capitals (a style, not a name), and some names with double spaces.
 */
export function tidyName(name: string): string {
  const spaced = name.replace(/\s+/g, ' ').trim();
  if (spaced !== spaced.toUpperCase() || !/\p{L}/u.test(spaced)) return spaced;
  return spaced
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A name, or null for Natural Earth's empty and placeholder values. */
export const nameOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? tidyName(value) : null;

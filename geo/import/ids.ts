import { placeKey } from './gazetteer.ts';

const MAX_SLUG = 64;

/** Text as kebab-case: "Sit-in at Galle Face" → "sit-in-at-galle-face"; empty when no letter is in a-z or 0-9. */
export const kebab = (text: string): string =>
  placeKey(text)
    .replace(/'/g, '') // "President's" → "presidents", not "president-s"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * "2022-04-09" + "Sit-in begins at Galle Face" → "2022-04-09-sit-in-begins-at-galle-face". Letters
 * outside a-z (Sinhala, Cyrillic…) drop out, leaving the date: still an id, made unique by a suffix.
 */
export function slugId(date: string, title: string): string {
  const slug = kebab(`${date} ${title}`);
  if (slug.length <= MAX_SLUG) return slug || 'event';
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 10 ? cut.lastIndexOf('-') : MAX_SLUG);
}

/**
 * Gives every event an id: the one the editor wrote if any, else one derived from date and title,
 * with -2, -3… on repeats. Written ids are reserved first, so a derived id never takes one that a later
 * row asks for by name; the same file always gets the same ids.
 */
export function assignIds(items: { given?: string; date: string; title: string }[]): string[] {
  const taken = new Set(items.flatMap((it) => (it.given ? [it.given] : [])));
  const nextSuffix = new Map<string, number>(); // so 10,000 rows with one title stay linear
  return items.map((it) => {
    if (it.given) return it.given;
    const base = slugId(it.date, it.title);
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    taken.add(id);
    return id;
  });
}

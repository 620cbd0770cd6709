/**
 * Every text a reader sees must be given in each of the story's languages, and in no other: these
 * list a feature's texts by field, and name what is missing.
 */
import type { EventProperties, PlaceProperties, StoryMeta, Text } from './schema.ts';

type Field = [path: string, text: Text | undefined];

export const placeTexts = (p: PlaceProperties): Field[] => [
  ['name', p.name],
  ['note', p.note],
];

export const eventTexts = (e: EventProperties): Field[] => [
  ['title', e.title],
  ['summary', e.summary],
  ['note', e.note],
  ['certainty.by', e.certainty.by],
  ...e.sources.flatMap((s, i): Field[] => ('reference' in s ? [[`sources[${i}].note`, s.note]] : [])),
  ...(e.figures ?? []).flatMap((f, i): Field[] => [
    [`figures[${i}].label`, f.label],
    [`figures[${i}].unit`, f.unit],
  ]),
  ...(e.readings ?? []).flatMap((r, i): Field[] => [
    [`readings[${i}].summary`, r.summary],
    [`readings[${i}].unit`, r.unit],
    [`readings[${i}].by`, r.by],
  ]),
];

export const metaTexts = (m: StoryMeta): Field[] => [
  ['title', m.title],
  ['description', m.description],
  ['credits', m.credits],
  ...m.categories.map((c, i): Field => [`categories[${i}].label`, c.label]),
  ...(m.overlays ?? []).flatMap((o, i): Field[] =>
    o.kind === 'inset' || o.kind === 'detail'
      ? [[`overlays[${i}].title`, o.title]]
      : 'label' in o
        ? [[`overlays[${i}].label`, o.label]]
        : [],
  ),
  ...(m.changelog ?? []).flatMap((c, i): Field[] => [
    [`changelog[${i}].summary`, c.summary],
    [`changelog[${i}].reason`, c.reason],
  ]),
  ...(m.methods ?? []).flatMap((s, i): Field[] => [
    [`methods[${i}].title`, s.title],
    ...s.paragraphs.map((p, j): Field => [`methods[${i}].paragraphs[${j}]`, p]),
  ]),
];

/** One message per field that lacks one of `languages` or has one the story does not declare. */
export function checkTexts(label: string, fields: Field[], languages: readonly string[]): string[] {
  const errors: string[] = [];
  for (const [path, text] of fields) {
    if (text === undefined) continue;
    for (const lang of languages)
      if (!(lang in text))
        errors.push(`${label}: ${path}: missing "${lang}" (the story is in ${languages.join(', ')})`);
    for (const lang of Object.keys(text))
      if (!languages.includes(lang))
        errors.push(`${label}: ${path}: "${lang}" is not one of the story's languages (${languages.join(', ')})`);
  }
  return errors;
}

/** A quote's translations: every language of the story but the article's own. */
export function checkTranslation(
  label: string,
  path: string,
  translation: Text | undefined,
  quoteLang: string,
  languages: readonly string[],
): string[] {
  const needed = languages.filter((l) => l !== quoteLang);
  if (needed.length === 0) return [];
  if (translation === undefined)
    return [`${label}: ${path}: the quote is in "${quoteLang}": give its translation in ${needed.join(', ')}`];
  return checkTexts(label, [[path, translation]], needed);
}

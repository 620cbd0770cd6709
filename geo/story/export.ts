/**
 * The story as readers download it, in one of its languages (issue 30):
 * - CSV: one row per event in exactly the columns `npm run story` reads (geo/import/columns.ts), so the
 *   file builds the same events again: further sources in `source_2`, `url_2`, `quote_2`…, any column of a
 *   spreadsheet story's own kept by its name. What a row cannot hold (figures, readings, what each source
 *   supports, a reference's note) is in the other two files.
 * - GeoJSON: a Point per event with every field the panel shows, its sources and its changes.
 * - JSON: the story in its own schema (src/story/schema.ts) with its texts in that language only: the
 *   whole story, which `npm run story` also builds.
 * Pure: the same story and language give the same bytes.
 */
import Papa from 'papaparse';
import type { Story, Text } from '../../src/story/schema.ts';
import type { ResolvedSource } from '../../src/story/built.ts';
import { columnKey, isKnownColumn, sourceColumn } from '../import/columns.ts';
import { NO_SOURCE, OTHER_CATEGORY } from './from-import.ts';
import { resolveSources, resolveStory, type BaseInfo } from './resolve.ts';
import { placesById } from './story-order.ts';

/** Downloads and their round trip need no base map: the whole world, drawing nothing. */
const WORLD: BaseInfo = { maxBounds: [-180, -90, 180, 90], mapSources: [] };

/** The download's formats, by file extension. */
export const downloadFormats = ['csv', 'geojson', 'json'] as const;

/** A source as a spreadsheet row names it: an article by its outlet and headline, a reference by its name. */
export const sourceCells = (s: ResolvedSource): [name: string, url: string, quote: string] =>
  s.kind === 'seed' ? [`${s.outlet}: ${s.headline}`, '', s.quote] : [s.name, s.url ?? '', s.quote ?? ''];

/**
 * A cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice for CSV
 * downloads); a negative number stays a number.
 */
const FORMULA = /^(?:[=+@\t\r]|-(?![\d.]))/;

export function storyCsv(story: Story, lang: string): string {
  const built = resolveStory(story, lang, WORLD);
  const sources = resolveSources(story, lang);
  const places = placesById(story);
  const categories = new Map(built.story.categories.map((c) => [c.id, c.label]));

  const rows = built.features.map(({ properties: p, geometry }) => {
    const cited = (sources[p.id] ?? []).filter((s) => !(s.kind === 'reference' && s.reference === NO_SOURCE.id));
    // A spreadsheet's category folded into "Other" kept its own words as a "Category" column: they go back.
    const own = p.category === OTHER_CATEGORY.id ? p.extra?.find((x) => columnKey(x.label) === 'category') : undefined;
    const extra = (p.extra ?? []).filter((x) => x !== own);
    return {
      fields: {
        id: p.id,
        date: p.date,
        end: p.end ?? '',
        time: p.time ?? '',
        title: p.title,
        summary: p.summary,
        note: p.note ?? '',
        category: own?.value ?? categories.get(p.category) ?? p.category,
        place: p.placeName,
        country: places.get(p.placeId)?.properties.country ?? '',
        lat: String(geometry.coordinates[1]),
        lon: String(geometry.coordinates[0]),
        certainty: p.certainty,
        claimed_by: p.certaintyBy ?? '',
      } as Record<string, string>,
      sources: cited.map(sourceCells),
      extra,
    };
  });

  const most = Math.max(1, ...rows.map((r) => r.sources.length));
  const numbered = Array.from({ length: most - 1 }, (_, i) => [`source_${i + 2}`, `url_${i + 2}`, `quote_${i + 2}`]);
  const extraColumns = [...new Set(rows.flatMap((r) => r.extra.map((x) => x.label)))];
  for (const label of extraColumns)
    if (isKnownColumn(columnKey(label)) || sourceColumn(columnKey(label)))
      throw new Error(`an event's own column "${label}" would be read as the column ${columnKey(label)}`);
  const fields = [...Object.keys(rows[0]?.fields ?? {}), 'source', 'url', 'quote', ...numbered.flat(), ...extraColumns];

  const data = rows.map((r) => [
    ...Object.values(r.fields),
    ...Array.from({ length: most }, (_, i) => r.sources[i] ?? ['', '', '']).flat(),
    ...extraColumns.map((label) => r.extra.find((x) => x.label === label)?.value ?? ''),
  ]);
  return Papa.unparse({ fields, data }, { newline: '\n', escapeFormulae: FORMULA }) + '\n';
}

/** The events as GeoJSON Points, each with what the panel shows and its sources, in `lang`. */
export function storyGeoJson(story: Story, lang: string): unknown {
  const built = resolveStory(story, lang, WORLD);
  const sources = resolveSources(story, lang);
  const categories = new Map(built.story.categories.map((c) => [c.id, c.label]));
  const m = built.story;
  // The map's own fields (views, day numbers, overlays) stay out: these are the events as a reader cites them.
  const meta = {
    id: m.id,
    lang: m.lang,
    languages: m.languages,
    title: m.title,
    description: m.description,
    credits: m.credits,
    start: m.start,
    end: m.end,
    timeZone: m.timeZone,
    updated: m.updated,
    licence: m.licence,
  };
  const internal = new Set(['day', 'endDay', 'sourceCount']);
  return {
    type: 'FeatureCollection',
    story: meta,
    features: built.features.map(({ properties, geometry }) => {
      const p = Object.fromEntries(Object.entries(properties).filter(([k]) => !internal.has(k)));
      return {
        type: 'Feature',
        geometry,
        properties: { ...p, categoryLabel: categories.get(properties.category), sources: sources[properties.id] ?? [] },
      };
    }),
  };
}

const isText = (x: unknown, languages: readonly string[]): x is Text =>
  typeof x === 'object' &&
  x !== null &&
  !Array.isArray(x) &&
  Object.keys(x).length > 0 &&
  Object.entries(x).every(([k, v]) => languages.includes(k) && typeof v === 'string');

/**
 * The story in its own schema, in `lang` alone: every text keeps that language, a quote's translation
 * into it (none where the article is in it), and the story declares the one language.
 */
export function storyJson(story: Story, lang: string): Story {
  const { languages } = story.story;
  const pick = (x: unknown): unknown => {
    if (isText(x, languages)) return { [lang]: x[lang] };
    if (Array.isArray(x)) return x.map(pick);
    if (typeof x !== 'object' || x === null) return x;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      if (isText(v, languages)) {
        if (lang in v) out[k] = { [lang]: v[lang] };
      } else out[k] = pick(v);
    }
    return out;
  };
  const one = pick(story) as Story;
  return { ...one, story: { ...one.story, languages: [lang] } };
}

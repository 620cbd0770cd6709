/**
 * Checks the map-ready story the app loads at run time (public/data/story.geojson, or any story
 * served in its place). A broken event is left out and named, with the field that is wrong; the rest
 * of the story still shows. Only a collection that is not a story at all is refused whole.
 */
import * as v from 'valibot';
import { isIsoDate, toDayNumber } from '../model/dates.ts';
import {
  BboxSchema,
  certaintyStatuses,
  changeKinds,
  isoDate,
  placeTypes,
  PointSchema,
  supportKinds,
} from './schema.ts';
import type { StoryEventCollection, StoryEventFeature, StorySources } from './built.ts';
import { issueMessages } from './issues.ts';

const text = v.string();
const datesParse = (p: { date: unknown; end?: unknown }) =>
  isIsoDate(p.date) && (p.end === undefined || isIsoDate(p.end));
const day = v.pipe(v.number(), v.integer());
const supports = v.array(v.picklist(supportKinds));
const lngLat = v.tuple([v.number(), v.number()]);

const ResolvedSourceSchema = v.variant('kind', [
  v.object({
    kind: v.literal('seed'),
    seed: text,
    headline: text,
    outlet: text,
    quote: text,
    quoteLang: text,
    translation: v.optional(text),
    supports,
  }),
  v.object({
    kind: v.literal('reference'),
    reference: text,
    name: text,
    url: v.optional(text),
    note: v.optional(text),
    quote: v.optional(text),
    supports,
  }),
]);

const EventFeatureSchema = v.object({
  type: v.literal('Feature'),
  geometry: PointSchema,
  properties: v.pipe(
    v.object({
      id: text,
      date: isoDate,
      end: v.optional(isoDate),
      time: v.optional(text),
      timeZone: v.optional(text),
      day,
      endDay: day,
      category: text,
      placeId: text,
      placeName: text,
      placeType: v.picklist(placeTypes),
      title: text,
      summary: text,
      certainty: v.picklist(certaintyStatuses),
      certaintyBy: v.optional(text),
      context: v.boolean(),
      sourceCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
      figures: v.optional(
        v.array(v.object({ label: text, value: v.number(), unit: v.optional(text), source: v.number() })),
      ),
      readings: v.optional(
        v.array(
          v.object({
            summary: text,
            date: v.optional(isoDate),
            end: v.optional(isoDate),
            value: v.optional(v.number()),
            unit: v.optional(text),
            by: v.optional(text),
            withdrawn: v.optional(v.boolean()),
            sources: v.array(v.number()),
          }),
        ),
      ),
      note: v.optional(text),
      extra: v.optional(v.array(v.object({ label: text, value: text }))),
      changes: v.optional(
        v.array(v.object({ date: isoDate, kind: v.picklist(changeKinds), n: v.number(), summary: v.optional(text) })),
      ),
    }),
    // Cross-field checks run on dates that parsed; a bad date is reported under its own field.
    v.check((p) => !datesParse(p) || (p.end ?? p.date) >= p.date, 'end: the event ends before it begins'),
    v.check(
      (p) => !datesParse(p) || (p.day === toDayNumber(p.date) && p.endDay === toDayNumber(p.end ?? p.date)),
      'day, endDay: do not match date and end',
    ),
  ),
});

const days = { day, endDay: day };
const OverlaySchema = v.variant('kind', [
  v.object({ kind: v.literal('focus'), id: text, countries: v.array(text) }),
  v.object({
    kind: v.literal('countries'),
    id: text,
    countries: v.array(text),
    category: v.optional(text),
    label: v.optional(text),
    ...days,
  }),
  v.object({ kind: v.literal('regions'), id: text, regions: v.array(text), label: v.optional(text), ...days }),
  v.object({ kind: v.literal('route'), id: text, from: lngLat, to: lngLat, category: v.optional(text), ...days }),
  v.object({
    kind: v.literal('line'),
    id: text,
    line: text,
    label: text,
    reportedKm: v.optional(v.number()),
    reportedMiles: v.optional(v.number()),
  }),
  v.object({ kind: v.literal('inset'), id: text, title: text, bbox: BboxSchema }),
  v.object({ kind: v.literal('detail'), id: text, title: text, bbox: BboxSchema, minzoom: v.number() }),
]);

const CollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  story: v.object({
    id: text,
    lang: text,
    languages: v.array(text),
    title: text,
    description: v.optional(text),
    credits: v.optional(text),
    start: isoDate,
    end: isoDate,
    timeZone: text,
    updated: v.optional(isoDate),
    changes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    methods: v.optional(v.boolean()),
    licence: v.optional(v.object({ name: text, url: v.optional(text) })),
    categories: v.array(v.object({ id: text, label: text, color: v.optional(text) })),
    overlays: v.array(OverlaySchema),
    bounds: BboxSchema,
    maxBounds: BboxSchema,
    relief: v.optional(BboxSchema),
    reliefMaxZoom: v.optional(v.number()),
    mapSources: v.optional(v.array(text)),
    zoomFiles: v.optional(v.record(v.string(), v.number())),
  }),
  features: v.array(v.unknown()),
});

export interface CheckedCollection {
  collection: StoryEventCollection;
  /** One line per event left out, naming it and its field. */
  errors: string[];
}

/** The sources file, checked like the story: an event whose sources are broken shows none, and is named. */
export function checkSources(input: unknown): { sources: StorySources; errors: string[] } {
  if (Array.isArray(input)) throw new Error("These are not a story's sources: expected an object of lists, got a list");
  const top = v.safeParse(v.record(v.string(), v.array(v.unknown())), input);
  if (!top.success)
    throw new Error(`These are not a story's sources: ${issueMessages('sources', top.issues).join('; ')}`);
  const sources: StorySources = {};
  const errors: string[] = [];
  for (const [id, list] of Object.entries(top.output)) {
    const parsed = v.safeParse(v.array(ResolvedSourceSchema), list);
    if (parsed.success) sources[id] = parsed.output;
    else errors.push(...issueMessages(`sources of event "${id}"`, parsed.issues));
  }
  return { sources, errors };
}

export function checkEventCollection(input: unknown): CheckedCollection {
  const top = v.safeParse(CollectionSchema, input);
  if (!top.success) throw new Error(`This is not a story: ${issueMessages('story', top.issues).join('; ')}`);
  const errors: string[] = [];
  const features: StoryEventFeature[] = [];
  const categories = new Set(top.output.story.categories.map((c) => c.id));
  top.output.features.forEach((raw, i) => {
    const parsed = v.safeParse(EventFeatureSchema, raw);
    const id = (raw as { properties?: { id?: unknown } })?.properties?.id;
    const label = typeof id === 'string' ? `event "${id}"` : `feature ${i}`;
    if (!parsed.success) return void errors.push(...issueMessages(label, parsed.issues, 'properties'));
    const { category } = parsed.output.properties;
    if (!categories.has(category))
      return void errors.push(`${label}: category: "${category}" is not one of the story's categories`);
    features.push(parsed.output as StoryEventFeature);
  });
  return { collection: { ...top.output, features } as StoryEventCollection, errors };
}

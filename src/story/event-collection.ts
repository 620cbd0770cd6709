/**
 * Checks the map-ready story the app loads at run time (public/data/story.geojson, or any story
 * served in its place). A broken event is left out and named, with the field that is wrong; the rest
 * of the story still shows. Only a collection that is not a story at all is refused whole.
 */
import * as v from 'valibot';
import { isIsoDate, toDayNumber } from '../model/dates.ts';
import {
  BboxSchema,
  categories,
  certaintyStatuses,
  FigureSchema,
  InsetSchema,
  isoDate,
  placeTypes,
  PointSchema,
  ReadingSchema,
  type StoryEventCollection,
  type StoryEventFeature,
} from './schema.ts';
import { issueMessages } from './issues.ts';

const text = v.string();
const datesParse = (p: { date: unknown; end?: unknown }) =>
  isIsoDate(p.date) && (p.end === undefined || isIsoDate(p.end));
const day = v.pipe(v.number(), v.integer());

const ResolvedSourceSchema = v.variant('kind', [
  v.object({ kind: v.literal('seed'), seed: text, headline: text, outlet: text, quote: text }),
  v.object({ kind: v.literal('reference'), reference: text, name: text, url: v.optional(text), note: text }),
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
      day,
      endDay: day,
      category: v.picklist(categories),
      placeId: text,
      placeName: text,
      placeType: v.picklist(placeTypes),
      country: v.optional(text),
      destination: v.optional(text),
      title: text,
      summary: text,
      certainty: v.picklist(certaintyStatuses),
      certaintyBy: v.optional(text),
      context: v.boolean(),
      sources: v.array(ResolvedSourceSchema),
      figures: v.optional(v.array(FigureSchema)),
      readings: v.optional(v.array(ReadingSchema)),
      note: v.optional(text),
    }),
    // Cross-field checks run on dates that parsed; a bad date is reported under its own field.
    v.check((p) => !datesParse(p) || (p.end ?? p.date) >= p.date, 'end: the event ends before it begins'),
    v.check(
      (p) => !datesParse(p) || (p.day === toDayNumber(p.date) && p.endDay === toDayNumber(p.end ?? p.date)),
      'day, endDay: do not match date and end',
    ),
  ),
});

const CollectionSchema = v.object({
  type: v.literal('FeatureCollection'),
  story: v.object({
    id: text,
    title: text,
    start: isoDate,
    end: isoDate,
    timeZone: text,
    inset: v.optional(InsetSchema),
    bounds: BboxSchema,
    maxBounds: BboxSchema,
  }),
  features: v.array(v.unknown()),
});

export interface CheckedCollection {
  collection: StoryEventCollection;
  /** One line per event left out, naming it and its field. */
  errors: string[];
}

export function checkEventCollection(input: unknown): CheckedCollection {
  const top = v.safeParse(CollectionSchema, input);
  if (!top.success) throw new Error(`This is not a story: ${issueMessages('story', top.issues).join('; ')}`);
  const errors: string[] = [];
  const features: StoryEventFeature[] = [];
  top.output.features.forEach((raw, i) => {
    const parsed = v.safeParse(EventFeatureSchema, raw);
    if (parsed.success) return void features.push(parsed.output as StoryEventFeature);
    const id = (raw as { properties?: { id?: unknown } })?.properties?.id;
    const label = typeof id === 'string' ? `event "${id}"` : `feature ${i}`;
    errors.push(...issueMessages(label, parsed.issues, 'properties'));
  });
  return { collection: { ...top.output, features } as StoryEventCollection, errors };
}

/**
 * The story's data model: what an editor writes in geo/story/story.json, checked at run time with
 * valibot, and the map-ready event features that geo/story/build-story.ts derives from it.
 *
 * The story is a GeoJSON FeatureCollection with a foreign member `story` (title, date range, the
 * seed articles and the public references it cites) and two kinds of feature, told apart by
 * `properties.kind`:
 * - `place`: a Point with where its coordinate comes from;
 * - `event`: no geometry of its own (`null`), it names a place by id and takes that place's point.
 *
 * Pure TypeScript: the browser app imports it too.
 */
import * as v from 'valibot';
import { isIsoDate } from '../model/dates.ts';

export const categories = ['protest', 'seizure', 'security', 'csto', 'political', 'casualties'] as const;
export const placeTypes = ['country', 'region', 'city', 'airport', 'building'] as const;
/**
 * `reported`: the sources state it as fact. `claimed`: a party asserts it (say who in `by`), and it
 * is shown as their claim. `disputed`: the sources give rival accounts (kept as `readings`).
 */
export const certaintyStatuses = ['reported', 'claimed', 'disputed'] as const;

export type Category = (typeof categories)[number];
export type PlaceType = (typeof placeTypes)[number];
export type CertaintyStatus = (typeof certaintyStatuses)[number];

const json = (x: unknown): string => (x === undefined ? 'nothing' : JSON.stringify(x));

const text = v.pipe(
  v.string((i) => `expected text, got ${i.received}`),
  v.check((s) => s.trim().length > 0, 'must not be empty'),
);

const id = v.pipe(
  v.string((i) => `expected a kebab-case id, got ${i.received}`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (i) => `expected a kebab-case id, got ${json(i.input)}`),
);

export const isoDate = v.pipe(
  v.string((i) => `expected ISO date YYYY-MM-DD, got ${i.received}`),
  v.check(
    (s: string) => isIsoDate(s),
    (i) => `expected ISO date YYYY-MM-DD, got ${json(i.input)}`,
  ),
);

const time = v.pipe(
  v.string((i) => `expected local time HH:MM, got ${i.received}`),
  v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, (i) => `expected local time HH:MM, got ${json(i.input)}`),
);

const seedFile = v.pipe(
  v.string((i) => `expected a seed file name, got ${i.received}`),
  v.regex(/^[\w.-]+\.txt$/, (i) => `expected a seed file name ending in .txt, got ${json(i.input)}`),
);

const index = v.pipe(
  v.number((i) => `expected an index into the event's sources, got ${i.received}`),
  v.integer((i) => `expected a whole number, got ${i.received}`),
  v.minValue(0, (i) => `expected an index of 0 or more, got ${i.received}`),
);

const longitude = v.pipe(
  v.number((i) => `expected longitude as a number, got ${i.received}`),
  v.minValue(-180, (i) => `longitude must be between -180 and 180, got ${i.received}`),
  v.maxValue(180, (i) => `longitude must be between -180 and 180, got ${i.received}`),
);

const latitude = v.pipe(
  v.number((i) => `expected latitude as a number, got ${i.received}`),
  v.minValue(-90, (i) => `latitude must be between -90 and 90, got ${i.received}`),
  v.maxValue(90, (i) => `latitude must be between -90 and 90, got ${i.received}`),
);

export const PointSchema = v.strictObject({
  type: v.literal('Point', (i) => `expected "Point", got ${i.received}`),
  coordinates: v.strictTuple([longitude, latitude], (i) => `expected [longitude, latitude], got ${i.received}`),
});

export const PlacePropertiesSchema = v.strictObject({
  kind: v.literal('place'),
  /** kebab-case, unique in the story. */
  id,
  name: text,
  placeType: v.picklist(placeTypes, (i) => `expected one of ${i.expected}, got ${i.received}`),
  /** Where the coordinate comes from: a named gazetteer, database or reference work. */
  coordinateSource: text,
  /** For country places: the country's name as Natural Earth spells it ("Russia", "Kyrgyzstan"). */
  country: v.optional(text),
  /** What a reader should know about the point, e.g. that it is coarser than the thing it stands for. */
  note: v.optional(text),
});

export const PlaceFeatureSchema = v.strictObject({
  type: v.literal('Feature', (i) => `expected "Feature", got ${i.received}`),
  properties: PlacePropertiesSchema,
  geometry: PointSchema,
});

/** A passage of one of the seed articles, quoted verbatim (short). */
export const SeedSourceSchema = v.strictObject({
  seed: seedFile,
  quote: v.pipe(
    text,
    v.maxLength(400, (i) => `a quote should be short: ${i.received} characters, at most 400`),
  ),
});

/** A public reference work named in the story's `references`, for what the seeds do not say. */
export const ReferenceSourceSchema = v.strictObject({
  reference: id,
  /** What the reference supports. */
  note: text,
});

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export const SourceSchema = v.lazy((input) =>
  isRecord(input) && 'reference' in input ? ReferenceSourceSchema : SeedSourceSchema,
);

export const CertaintySchema = v.strictObject({
  status: v.picklist(certaintyStatuses, (i) => `expected one of ${i.expected}, got ${i.received}`),
  /** Who claims it (required for `claimed`), or whose accounts differ. */
  by: v.optional(text),
});

/** A number a source gives: a price, a count of detentions, deaths or troops. */
export const FigureSchema = v.strictObject({
  label: text,
  value: v.number((i) => `expected a number, got ${i.received}`),
  unit: v.optional(text),
  /** Index into the event's `sources`. */
  source: index,
});

/** One source's version where the sources disagree on a date or a fact. */
export const ReadingSchema = v.strictObject({
  summary: text,
  date: v.optional(isoDate),
  end: v.optional(isoDate),
  value: v.optional(v.number((i) => `expected a number, got ${i.received}`)),
  unit: v.optional(text),
  /** Indexes into the event's `sources`. */
  sources: v.pipe(
    v.array(index, (i) => `expected a list of source indexes, got ${i.received}`),
    v.minLength(1, 'a reading needs at least one source'),
  ),
});

export const EventPropertiesSchema = v.strictObject({
  kind: v.literal('event'),
  id,
  /** First day, local to Kazakhstan. */
  date: isoDate,
  /** Local time, where a source gives one. */
  time: v.optional(time),
  /** Last day, for things that last (a deployment, a state of emergency). */
  end: v.optional(isoDate),
  category: v.picklist(categories, (i) => `expected one of ${i.expected}, got ${i.received}`),
  /** Id of a place feature. */
  place: id,
  /** Our own words, not the sources'. */
  title: text,
  summary: text,
  sources: v.pipe(
    v.array(SourceSchema, (i) => `expected a list of sources, got ${i.received}`),
    v.minLength(1, 'an event needs at least one source'),
  ),
  certainty: CertaintySchema,
  figures: v.optional(v.array(FigureSchema, (i) => `expected a list of figures, got ${i.received}`)),
  readings: v.optional(v.array(ReadingSchema, (i) => `expected a list of readings, got ${i.received}`)),
  /** For a country-level event: the country's Natural Earth name; must match its place's. */
  country: v.optional(text),
  /** Id of the place a movement went to, e.g. where a country's troops were deployed (drawn as a route). */
  destination: v.optional(id),
  /** Background that falls outside the story's dates. */
  context: v.optional(v.boolean((i) => `expected true or false, got ${i.received}`)),
  /** An editor's note to readers, e.g. how a date was inferred. */
  note: v.optional(text),
});

export const EventFeatureSchema = v.strictObject({
  type: v.literal('Feature', (i) => `expected "Feature", got ${i.received}`),
  properties: EventPropertiesSchema,
  geometry: v.null_(
    (i) => `an event has no geometry of its own (it takes its place's), expected null, got ${i.received}`,
  ),
});

export const SeedMetaSchema = v.strictObject({
  headline: text,
  outlet: text,
  note: v.optional(text),
});

export const ReferenceMetaSchema = v.strictObject({
  name: text,
  /** A citation only: the map is offline and never fetches it. */
  url: v.optional(text),
});

/** [west, south, east, north] in degrees. */
export const BboxSchema = v.strictTuple(
  [longitude, latitude, longitude, latitude],
  (i) => `expected [west, south, east, north], got ${i.received}`,
);

/** An area whose places lie too close together for the main map: drawn in a detail inset. */
export const InsetSchema = v.strictObject({
  /** What the inset shows, e.g. "Almaty". */
  title: text,
  bbox: BboxSchema,
});

export const StoryMetaSchema = v.strictObject({
  id,
  title: text,
  start: isoDate,
  end: isoDate,
  /** IANA zone the dates are local to. */
  timeZone: text,
  /** The opening view; the events' extent when absent. */
  bounds: v.optional(BboxSchema),
  inset: v.optional(InsetSchema),
  /** The seed articles, by file name. */
  sources: v.record(seedFile, SeedMetaSchema),
  /** Public reference works, by id. */
  references: v.record(id, ReferenceMetaSchema),
});

export const StorySchema = v.strictObject({
  type: v.literal('FeatureCollection', (i) => `expected "FeatureCollection", got ${i.received}`),
  story: StoryMetaSchema,
  features: v.array(v.union([PlaceFeatureSchema, EventFeatureSchema])),
});

export type Point = v.InferOutput<typeof PointSchema>;
export type PlaceProperties = v.InferOutput<typeof PlacePropertiesSchema>;
export type PlaceFeature = v.InferOutput<typeof PlaceFeatureSchema>;
export type SeedSource = v.InferOutput<typeof SeedSourceSchema>;
export type ReferenceSource = v.InferOutput<typeof ReferenceSourceSchema>;
export type Source = SeedSource | ReferenceSource;
export type Certainty = v.InferOutput<typeof CertaintySchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Reading = v.InferOutput<typeof ReadingSchema>;
export type EventProperties = v.InferOutput<typeof EventPropertiesSchema>;
export type EventFeature = v.InferOutput<typeof EventFeatureSchema>;
export type Inset = v.InferOutput<typeof InsetSchema>;
export type Bbox = v.InferOutput<typeof BboxSchema>;
export type StoryMeta = v.InferOutput<typeof StoryMetaSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type StoryFeature = Story['features'][number];

export const isSeedSource = (s: Source): s is SeedSource => 'seed' in s;
export const isPlace = (f: StoryFeature): f is PlaceFeature => f.properties.kind === 'place';
export const isEvent = (f: StoryFeature): f is EventFeature => f.properties.kind === 'event';

/** A source as the map shows it: resolved against the story's tables, so it needs nothing else. */
export type ResolvedSource =
  | { kind: 'seed'; seed: string; headline: string; outlet: string; quote: string }
  | { kind: 'reference'; reference: string; name: string; url?: string; note: string };

/** Properties of one map-ready event feature in public/data/story.geojson. */
export interface StoryEventProperties {
  id: string;
  date: string;
  end?: string;
  time?: string;
  /** `date` and `end ?? date` as whole days since 1970-01-01, for the map's time filters. */
  day: number;
  endDay: number;
  category: Category;
  placeId: string;
  placeName: string;
  placeType: PlaceType;
  /** Natural Earth name, for events placed on a country. */
  country?: string;
  /** Id of the place a movement went to (troops deployed there); it is also the `placeId` of other events. */
  destination?: string;
  title: string;
  summary: string;
  certainty: CertaintyStatus;
  certaintyBy?: string;
  context: boolean;
  sources: ResolvedSource[];
  figures?: Figure[];
  readings?: Reading[];
  note?: string;
}

export interface StoryEventFeature {
  type: 'Feature';
  properties: StoryEventProperties;
  geometry: Point;
}

export interface StoryEventCollection {
  type: 'FeatureCollection';
  story: Pick<StoryMeta, 'id' | 'title' | 'start' | 'end' | 'timeZone' | 'inset'> & {
    /** The opening view. */
    bounds: Bbox;
    /** How far the reader may pan: the box the base map was clipped to. */
    maxBounds: Bbox;
  };
  features: StoryEventFeature[];
}

/**
 * The story as an editor writes it (geo/story/story.json, or what `npm run story` makes of a
 * spreadsheet), checked with valibot. Format version 2.
 *
 * A GeoJSON FeatureCollection with a foreign member `story` (title, languages, dates, categories,
 * overlays, the seed articles and the public references it cites) and two kinds of feature, told
 * apart by `properties.kind`:
 * - `place`: a Point with where its coordinate comes from;
 * - `event`: no geometry of its own (`null`), it names a place by id and takes that place's point.
 * Every text a reader sees is given in each of the story's `languages` ({"en": …, "ru": …}); the
 * cross-checks in validate.ts name what is missing. The engine names no country: what a story lights,
 * joins or details on the map is in its `overlays`.
 *
 * Pure TypeScript: the browser app imports it too. The map-ready form is in built.ts.
 */
import * as v from 'valibot';
import { isIsoDate } from '../model/dates.ts';

export const placeTypes = ['country', 'region', 'city', 'airport', 'building', 'site'] as const;
/**
 * `confirmed`: the official record or several independent sources agree. `reported`: the sources
 * state it. `claimed`: a party asserts it (say who in `by`), shown as their claim. `disputed`: the
 * sources give rival accounts, kept as `readings`.
 */
export const certaintyStatuses = ['confirmed', 'reported', 'claimed', 'disputed'] as const;
/**
 * What a source supports: that the event happened, where, when, a figure it gives, or only the
 * background (a sentence about the crisis as a whole does not place an event in a city on a day).
 */
export const supportKinds = ['event', 'place', 'date', 'figure', 'context'] as const;

export type PlaceType = (typeof placeTypes)[number];
export type CertaintyStatus = (typeof certaintyStatuses)[number];
export type SupportKind = (typeof supportKinds)[number];

const json = (x: unknown): string => (x === undefined ? 'nothing' : JSON.stringify(x));

export const text = v.pipe(
  v.string((i) => `expected text, got ${i.received}`),
  v.check((s) => s.trim().length > 0, 'must not be empty'),
);

export const id = v.pipe(
  v.string((i) => `expected a kebab-case id, got ${i.received}`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (i) => `expected a kebab-case id, got ${json(i.input)}`),
);

/** A language as BCP 47's primary tag: `en`, `ru`, `kk`. */
export const language = v.pipe(
  v.string((i) => `expected a language code, got ${i.received}`),
  v.regex(/^[a-z]{2,3}$/, (i) => `expected a language code such as "en", got ${json(i.input)}`),
);

/** Text in each of the story's languages, e.g. {"en": "Almaty", "ru": "Алматы"}. */
export const TextSchema = v.record(
  language,
  text,
  (i) => `expected text by language, e.g. {"en": "…"}, got ${i.received}`,
);

/** An ISO 3166-1 alpha-2 country code, e.g. "KZ". */
export const countryCode = v.pipe(
  v.string((i) => `expected an ISO 3166-1 country code, got ${i.received}`),
  v.regex(/^[A-Z]{2}$/, (i) => `expected a two-letter ISO 3166-1 country code such as "KZ", got ${json(i.input)}`),
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

const flag = v.boolean((i) => `expected true or false, got ${i.received}`);

export const PointSchema = v.strictObject({
  type: v.literal('Point', (i) => `expected "Point", got ${i.received}`),
  coordinates: v.strictTuple([longitude, latitude], (i) => `expected [longitude, latitude], got ${i.received}`),
});

/**
 * A box's east edge, in unwrapped longitudes: a box across the antimeridian runs past 180 (Fiji: 170 to
 * 190), so that west < east always.
 */
const eastLongitude = v.pipe(
  v.number((i) => `expected longitude as a number, got ${i.received}`),
  v.minValue(-180, (i) => `longitude must be between -180 and 540, got ${i.received}`),
  v.maxValue(540, (i) => `longitude must be between -180 and 540, got ${i.received}`),
);

/** [west, south, east, north] in degrees; east is past 180 for a box across the antimeridian. */
export const BboxSchema = v.pipe(
  v.strictTuple(
    [longitude, latitude, eastLongitude, latitude],
    (i) => `expected [west, south, east, north], got ${i.received}`,
  ),
  v.check(
    ([w, , e]) => e - w <= 360,
    (i) => `expected a box at most a turn wide (east past 180 across the antimeridian), got ${json(i.input)}`,
  ),
);

export const PlacePropertiesSchema = v.strictObject({
  kind: v.literal('place'),
  /** kebab-case, unique in the story. */
  id,
  name: TextSchema,
  placeType: v.picklist(placeTypes, (i) => `expected one of ${i.expected}, got ${i.received}`),
  /** Where the coordinate comes from: a named gazetteer, database or reference work. */
  coordinateSource: text,
  /** The country a `country` place stands for. Its point is inside the country, never its capital. */
  country: v.optional(countryCode),
  /** What a reader should know about the point, e.g. that it is coarser than the thing it stands for. */
  note: v.optional(TextSchema),
});

export const PlaceFeatureSchema = v.strictObject({
  type: v.literal('Feature', (i) => `expected "Feature", got ${i.received}`),
  properties: PlacePropertiesSchema,
  geometry: PointSchema,
});

const supports = v.pipe(
  v.array(
    v.picklist(supportKinds, (i) => `expected one of ${i.expected}, got ${i.received}`),
    (i) => `expected a list of what the source supports, got ${i.received}`,
  ),
  v.minLength(1, 'say what the source supports: event, place, date, figure or context'),
);

/** A passage of one of the seed articles, quoted verbatim (short), in the article's language. */
export const SeedSourceSchema = v.strictObject({
  seed: seedFile,
  quote: v.pipe(
    text,
    v.maxLength(400, (i) => `a quote should be short: ${i.received} characters, at most 400`),
  ),
  supports,
  /** The project's own translation of the quote, for languages other than the article's. */
  translation: v.optional(TextSchema),
});

/** A public reference work named in the story's `references`, for what the seeds do not say. */
export const ReferenceSourceSchema = v.strictObject({
  reference: id,
  /** What the reference says, in our words. */
  note: v.optional(TextSchema),
  /** A passage of the reference, as written (not checked against a kept text). */
  quote: v.optional(text),
  supports,
});

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export const SourceSchema = v.lazy((input) =>
  isRecord(input) && 'reference' in input ? ReferenceSourceSchema : SeedSourceSchema,
);

export const CertaintySchema = v.strictObject({
  status: v.picklist(certaintyStatuses, (i) => `expected one of ${i.expected}, got ${i.received}`),
  /** Who claims it (required for `claimed`), or whose accounts differ. */
  by: v.optional(TextSchema),
});

/** A number a source gives: a price, a count of detentions, deaths or troops. */
export const FigureSchema = v.strictObject({
  label: TextSchema,
  value: v.number((i) => `expected a number, got ${i.received}`),
  unit: v.optional(TextSchema),
  /** Index into the event's `sources`. */
  source: index,
});

/** One source's version where the sources disagree on a date or a fact. */
export const ReadingSchema = v.strictObject({
  summary: TextSchema,
  date: v.optional(isoDate),
  end: v.optional(isoDate),
  value: v.optional(v.number((i) => `expected a number, got ${i.received}`)),
  unit: v.optional(TextSchema),
  /** Who gives this reading. */
  by: v.optional(TextSchema),
  /** Published, then withdrawn by whoever published it: shown as such, never as a plain reading. */
  withdrawn: v.optional(flag),
  /** Indexes into the event's `sources`. */
  sources: v.pipe(
    v.array(index, (i) => `expected a list of source indexes, got ${i.received}`),
    v.minLength(1, 'a reading needs at least one source'),
  ),
});

/** A column of a spreadsheet the engine has no field for, kept as text for the panel. */
export const ExtraSchema = v.strictObject({ label: text, value: text });

export const EventPropertiesSchema = v.strictObject({
  kind: v.literal('event'),
  id,
  /** First day, local to where it happened. */
  date: isoDate,
  /** Local time, where a source gives one, in `timeZone` or else the story's zone. */
  time: v.optional(time),
  /** IANA zone of `time` when it is not the story's (Aktau was UTC+5 when Almaty was UTC+6). */
  timeZone: v.optional(text),
  /** Last day, for things that last (a deployment, a state of emergency). */
  end: v.optional(isoDate),
  /** Id of one of the story's categories. */
  category: id,
  /** Id of a place feature. */
  place: id,
  /** Our own words, not the sources'. */
  title: TextSchema,
  summary: TextSchema,
  sources: v.pipe(
    v.array(SourceSchema, (i) => `expected a list of sources, got ${i.received}`),
    v.minLength(1, 'an event needs at least one source'),
  ),
  certainty: CertaintySchema,
  figures: v.optional(v.array(FigureSchema, (i) => `expected a list of figures, got ${i.received}`)),
  readings: v.optional(v.array(ReadingSchema, (i) => `expected a list of readings, got ${i.received}`)),
  /** Background that falls outside the story's dates. */
  context: v.optional(flag),
  /** An editor's note to readers, e.g. how a date was inferred. */
  note: v.optional(TextSchema),
  extra: v.optional(v.array(ExtraSchema, (i) => `expected a list of {label, value}, got ${i.received}`)),
});

export const EventFeatureSchema = v.strictObject({
  type: v.literal('Feature', (i) => `expected "Feature", got ${i.received}`),
  properties: EventPropertiesSchema,
  geometry: v.null_(
    (i) => `an event has no geometry of its own (it takes its place's), expected null, got ${i.received}`,
  ),
});

/** A kind of event: its name in the legend and the panel, and optionally its colour (else the theme's). */
export const CategorySchema = v.strictObject({
  id,
  label: TextSchema,
  color: v.optional(
    v.pipe(
      text,
      v.hexColor((i) => `expected a colour such as "#1b7f79", got ${json(i.input)}`),
    ),
  ),
});

/** The days an overlay is on: its own `date` and `end`, or those of an event; always, with neither. */
const span = {
  date: v.optional(isoDate),
  end: v.optional(isoDate),
  event: v.optional(id),
};

export const OverlaySchema = v.variant(
  'kind',
  [
    /**
     * The country or countries the story is about, in the map's emphasis all the story long (the
     * engine names none: a story without one emphasises none).
     */
    v.strictObject({
      kind: v.literal('focus'),
      id,
      countries: v.pipe(v.array(countryCode), v.minLength(1, 'name at least one country')),
    }),
    /** Countries lit over their days, e.g. those whose troops were deployed. */
    v.strictObject({
      kind: v.literal('countries'),
      id,
      countries: v.pipe(v.array(countryCode), v.minLength(1, 'name at least one country')),
      ...span,
      /** Drawn in this category's colour. */
      category: v.optional(id),
      label: v.optional(TextSchema),
    }),
    /** Regions of the base map emphasised over their days, e.g. where the protests began. */
    v.strictObject({
      kind: v.literal('regions'),
      id,
      regions: v.pipe(v.array(id), v.minLength(1, 'name at least one region')),
      ...span,
      label: v.optional(TextSchema),
    }),
    /** A line between two places, e.g. a contingent's route. */
    v.strictObject({ kind: v.literal('route'), id, from: id, to: id, ...span, category: v.optional(id) }),
    /** A line of the base map always drawn and labelled, e.g. a border, with the length the sources report. */
    v.strictObject({
      kind: v.literal('line'),
      id,
      /** The base-map line file: `data/<line>.topojson`. */
      line: id,
      label: TextSchema,
      reportedKm: v.optional(v.number()),
      reportedMiles: v.optional(v.number()),
    }),
    /** A small map of an area whose places lie too close together for the main map. */
    v.strictObject({ kind: v.literal('inset'), id, title: TextSchema, bbox: BboxSchema }),
    /** A city map the main map shows from `minzoom`, from the base map's detail pack of that id. */
    v.strictObject({ kind: v.literal('detail'), id, title: TextSchema, bbox: BboxSchema, minzoom: v.number() }),
  ],
  (i) => `expected an overlay of kind focus, countries, regions, route, line, inset or detail, got ${json(i.input)}`,
);

export const SeedMetaSchema = v.strictObject({
  headline: text,
  outlet: text,
  /** The article's language: its quotes are shown in it, marked as such. */
  lang: language,
  note: v.optional(text),
});

export const ReferenceMetaSchema = v.strictObject({
  name: text,
  /** A citation only: the map is offline and never fetches it. */
  url: v.optional(text),
});

/** What a change to the story was: a fact put right, an event added, or a wider revision. */
export const changeKinds = ['correction', 'addition', 'update'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/**
 * One dated change to the story, kept for readers (the corrections list) and shown on the events it
 * names. `summary` says what changed, `reason` why; `references` are the public sources it rests on.
 */
export const ChangeSchema = v.strictObject({
  date: isoDate,
  kind: v.optional(v.picklist(changeKinds, (i) => `expected one of ${i.expected}, got ${i.received}`)),
  summary: TextSchema,
  reason: v.optional(TextSchema),
  /** Ids of the events it changed or added: each shows the change in its panel text. */
  events: v.optional(v.array(id, (i) => `expected a list of event ids, got ${i.received}`)),
  /** Ids of the story's `references` the change rests on. */
  references: v.optional(v.array(id, (i) => `expected a list of reference ids, got ${i.received}`)),
});

/** A section of the story's methods page: a heading and paragraphs, as text. */
export const MethodsSectionSchema = v.strictObject({
  /** The section's anchor on the page (methods.html#id). */
  id,
  title: TextSchema,
  paragraphs: v.pipe(
    v.array(TextSchema, (i) => `expected a list of paragraphs, got ${i.received}`),
    v.minLength(1, 'a section needs at least one paragraph'),
  ),
});

/** The licence of the story's own text and data (not of the quotes, which stay their authors'). */
export const LicenceSchema = v.strictObject({
  name: text,
  url: v.optional(text),
});

export const StoryMetaSchema = v.strictObject({
  id,
  version: v.literal(2, (i) => `expected story format version 2, got ${i.received}`),
  /** Every language the story's texts are given in; the first is the default. */
  languages: v.pipe(v.array(language), v.minLength(1, 'a story needs at least one language')),
  title: TextSchema,
  description: v.optional(TextSchema),
  credits: v.optional(TextSchema),
  start: isoDate,
  end: isoDate,
  /** IANA zone the dates and times are local to, unless an event says otherwise. */
  timeZone: text,
  /** The opening view; the events' extent when absent. */
  bounds: v.optional(BboxSchema),
  categories: v.pipe(v.array(CategorySchema), v.minLength(1, 'a story needs at least one category')),
  overlays: v.optional(v.array(OverlaySchema)),
  /** Dated corrections and additions, oldest first: the page says when the story was last updated. */
  changelog: v.optional(v.array(ChangeSchema)),
  /** How the story was made, for its methods page (methods.html); no page without it. */
  methods: v.optional(v.array(MethodsSectionSchema)),
  /** The licence of the story's text and data, stated beside the downloads. */
  licence: v.optional(LicenceSchema),
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

export type Text = v.InferOutput<typeof TextSchema>;
export type Point = v.InferOutput<typeof PointSchema>;
export type Bbox = v.InferOutput<typeof BboxSchema>;
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
export type Category = v.InferOutput<typeof CategorySchema>;
export type Overlay = v.InferOutput<typeof OverlaySchema>;
export type StoryMeta = v.InferOutput<typeof StoryMetaSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type MethodsSection = v.InferOutput<typeof MethodsSectionSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type StoryFeature = Story['features'][number];

export const isSeedSource = (s: Source): s is SeedSource => 'seed' in s;
export const isPlace = (f: StoryFeature): f is PlaceFeature => f.properties.kind === 'place';
export const isEvent = (f: StoryFeature): f is EventFeature => f.properties.kind === 'event';

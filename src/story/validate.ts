/**
 * Checks a story (geo/story/story.json) against the schema and against itself, and says what is
 * wrong in terms an editor can act on: every message names the feature and the field, e.g.
 * `event "almaty-airport-seized": date: expected ISO date YYYY-MM-DD, got "2022-13-01"`.
 * Pure TypeScript (no fs): the browser app may use it too.
 */
import * as v from 'valibot';
import {
  EventFeatureSchema,
  PlaceFeatureSchema,
  StoryMetaSchema,
  isSeedSource,
  type EventProperties,
  type PlaceProperties,
  type Story,
  type StoryFeature,
  type StoryMeta,
} from './schema.ts';
import { issueMessages } from './issues.ts';
import { checkChangelog, metaIssueMessages } from './changes.ts';
import { checkOverlays } from './overlays.ts';
import { checkTexts, checkTranslation, eventTexts, metaTexts, placeTexts } from './texts.ts';

export type ParseResult = { ok: true; story: Story } | { ok: false; errors: string[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const json = (x: unknown): string => (x === undefined ? 'nothing' : JSON.stringify(x));
const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
const describeValue = (x: unknown): string =>
  x === null ? 'null' : Array.isArray(x) ? 'a list' : typeof x === 'object' ? 'an object' : json(x);

function featureLabel(raw: unknown, index: number): string {
  const props = isRecord(raw) && isRecord(raw.properties) ? raw.properties : {};
  const kind = props.kind === 'place' || props.kind === 'event' ? props.kind : 'feature';
  return typeof props.id === 'string' && props.id !== '' ? `${kind} "${props.id}"` : `${kind} #${index}`;
}

function checkPlace(place: PlaceProperties, label: string, meta: StoryMeta | undefined): string[] {
  const errors: string[] = [];
  if (place.placeType === 'country' && place.country === undefined) {
    errors.push(`${label}: country: a country place needs the country's ISO 3166-1 code, e.g. "KZ"`);
  }
  if (place.placeType !== 'country' && place.country !== undefined) {
    errors.push(`${label}: country: only a place of placeType "country" names a country`);
  }
  if (meta) errors.push(...checkTexts(label, placeTexts(place), meta.languages));
  return errors;
}

/** Where a reference to a place, an event or another id points, in words for an error. */
function missing(what: 'place' | 'event', ref: string, kinds: ReadonlyMap<string, string>): string {
  const other = kinds.get(ref);
  if (other === what) return `${what} "${ref}" is itself invalid (see its own errors)`;
  return other ? `"${ref}" is an ${other}, not a ${what}` : `no ${what} feature with id "${ref}"`;
}

function checkEvent(
  event: EventProperties,
  label: string,
  places: ReadonlyMap<string, PlaceProperties>,
  kinds: ReadonlyMap<string, string>,
  meta: StoryMeta | undefined,
): string[] {
  const errors: string[] = [];
  const err = (field: string, message: string) => errors.push(`${label}: ${field}: ${message}`);

  if (!places.has(event.place)) err('place', missing('place', event.place, kinds));
  if (event.end !== undefined && event.end < event.date) err('end', `${event.end} is before date ${event.date}`);
  if (event.timeZone !== undefined && !isTimeZone(event.timeZone))
    err('timeZone', `"${event.timeZone}" is not an IANA time zone such as "Asia/Aqtau"`);

  if (meta) {
    const inRange = (d: string) => meta.start <= d && d <= meta.end;
    const range = `${meta.start}..${meta.end}`;
    if (event.context) {
      if (inRange(event.date)) err('context', `marked as background, but its date ${event.date} is inside ${range}`);
    } else {
      if (!inRange(event.date)) {
        err('date', `${event.date} is outside the story's range ${range} (mark background with "context": true)`);
      }
      if (event.end !== undefined && event.end > meta.end) {
        err('end', `${event.end} is after the story's end ${meta.end}`);
      }
    }
    if (!meta.categories.some((c) => c.id === event.category))
      err(
        'category',
        `"${event.category}" is not one of the story's categories (${meta.categories.map((c) => c.id).join(', ')})`,
      );
    event.sources.forEach((s, i) => {
      if (isSeedSource(s)) {
        const seed = meta.sources[s.seed];
        if (!seed) err(`sources[${i}].seed`, `"${s.seed}" is not listed in story.sources`);
        else
          errors.push(
            ...checkTranslation(label, `sources[${i}].translation`, s.translation, seed.lang, meta.languages),
          );
      } else if (!Object.hasOwn(meta.references, s.reference)) {
        err(`sources[${i}].reference`, `"${s.reference}" is not listed in story.references`);
      }
    });
    errors.push(...checkTexts(label, eventTexts(event), meta.languages));
  }

  // Where and when an event happened must rest on a source that says so, not on one about the crisis at large.
  if (!event.context)
    for (const kind of ['place', 'date'] as const)
      if (!event.sources.some((s) => s.supports.includes(kind)))
        err('sources', `no source supports its ${kind}: mark the one that does with "supports": [..., "${kind}"]`);

  const n = event.sources.length;
  const checkIndex = (field: string, i: number) => {
    if (i >= n) err(field, `no source at index ${i} (the event has ${n}, numbered from 0)`);
  };
  event.figures?.forEach((f, i) => checkIndex(`figures[${i}].source`, f.source));
  event.readings?.forEach((r, i) => {
    r.sources.forEach((s, j) => checkIndex(`readings[${i}].sources[${j}]`, s));
    if (r.date !== undefined && r.end !== undefined && r.end < r.date) {
      err(`readings[${i}].end`, `${r.end} is before the reading's date ${r.date}`);
    }
    if (r.end !== undefined && r.date === undefined) err(`readings[${i}].end`, 'an end needs a date');
  });

  if (event.certainty.status === 'claimed' && event.certainty.by === undefined) {
    err('certainty.by', 'a claim must say who claims it');
  }
  if (event.certainty.status === 'disputed' && (event.readings?.length ?? 0) < 2) {
    err('readings', 'a disputed event keeps the rival accounts as two or more readings');
  }
  return errors;
}

/** Validates `input` as a story: the schema, then unique ids, places, dates and citations. */
export function parseStory(input: unknown): ParseResult {
  if (!isRecord(input))
    return { ok: false, errors: [`story: expected a GeoJSON FeatureCollection, got ${describeValue(input)}`] };
  const errors: string[] = [];

  if (input.type !== 'FeatureCollection')
    errors.push(`story: type: expected "FeatureCollection", got ${json(input.type)}`);
  for (const key of Object.keys(input)) {
    if (!['type', 'story', 'features'].includes(key)) errors.push(`story: ${key}: unknown top-level member`);
  }

  let meta: StoryMeta | undefined;
  const metaResult = v.safeParse(StoryMetaSchema, input.story);
  if (metaResult.success) {
    meta = metaResult.output;
    if (meta.end < meta.start) errors.push(`story: end: ${meta.end} is before start ${meta.start}`);
    if (!isTimeZone(meta.timeZone)) errors.push(`story: timeZone: "${meta.timeZone}" is not an IANA time zone`);
    errors.push(...checkTexts('story', metaTexts(meta), meta.languages));
  } else if (input.story === undefined) {
    errors.push('story: the "story" member (title, dates, sources, references) is missing');
  } else {
    errors.push(...metaIssueMessages(input.story, metaResult.issues));
  }

  if (!Array.isArray(input.features)) {
    errors.push(`story: features: expected a list of features, got ${describeValue(input.features)}`);
    return { ok: false, errors };
  }
  const raw: unknown[] = input.features;

  // Ids and kinds as written, so cross-references and duplicates are checked even where a feature has other errors.
  const kinds = new Map<string, string>();
  const firstIndex = new Map<string, number>();
  raw.forEach((f, i) => {
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : undefined;
    if (props && typeof props.id === 'string' && !kinds.has(props.id)) {
      kinds.set(props.id, typeof props.kind === 'string' ? props.kind : 'feature');
      firstIndex.set(props.id, i);
    }
  });

  const parsed: (StoryFeature | undefined)[] = raw.map((f, i) => {
    const label = featureLabel(f, i);
    if (!isRecord(f)) {
      errors.push(`${label}: expected a GeoJSON Feature, got ${describeValue(f)}`);
      return undefined;
    }
    const kind = isRecord(f.properties) ? f.properties.kind : undefined;
    const schema = kind === 'place' ? PlaceFeatureSchema : kind === 'event' ? EventFeatureSchema : undefined;
    if (!schema) {
      errors.push(`${label}: kind: expected "place" or "event", got ${describeValue(kind)}`);
      return undefined;
    }
    const result = v.safeParse(schema, f);
    if (!result.success) {
      errors.push(...issueMessages(label, result.issues, 'properties'));
      return undefined;
    }
    return result.output;
  });

  const places = new Map<string, PlaceProperties>();
  for (const f of parsed) if (f?.properties.kind === 'place') places.set(f.properties.id, f.properties);

  // Counted as written, so an event with other errors does not make its references look unused.
  const cited = new Set<string>();
  for (const f of raw) {
    const sources = isRecord(f) && isRecord(f.properties) ? f.properties.sources : undefined;
    if (Array.isArray(sources))
      for (const s of sources) if (isRecord(s) && typeof s.reference === 'string') cited.add(s.reference);
  }

  raw.forEach((f, i) => {
    const label = featureLabel(f, i);
    const props = isRecord(f) && isRecord(f.properties) ? f.properties : undefined;
    if (props && typeof props.id === 'string' && firstIndex.get(props.id) !== i) {
      errors.push(`${label}: id: duplicate id, already used by feature #${firstIndex.get(props.id)}`);
    }
    const feature = parsed[i];
    if (!feature) return;
    if (feature.properties.kind === 'place') errors.push(...checkPlace(feature.properties, label, meta));
    else errors.push(...checkEvent(feature.properties, label, places, kinds, meta));
  });

  // A correction may rest on a reference no event cites (a source that showed the story wrong).
  for (const change of meta?.changelog ?? []) for (const ref of change.references ?? []) cited.add(ref);

  if (meta) {
    errors.push(...checkOverlays(meta, places, kinds));
    errors.push(...checkChangelog(meta, kinds));
    for (const ref of Object.keys(meta.references)) {
      if (!cited.has(ref)) errors.push(`story: references["${ref}"]: never cited by any event`);
    }
  }

  if (errors.length > 0 || !meta) return { ok: false, errors };
  return { ok: true, story: { type: 'FeatureCollection', story: meta, features: parsed as StoryFeature[] } };
}

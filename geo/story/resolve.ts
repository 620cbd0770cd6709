/**
 * The authored story in one of its languages, as the map loads it (src/story/built.ts): one Point
 * feature per event at its place, texts picked for the language, sources, overlays and days
 * resolved. Pure: the same story and language give the same collection.
 */
import { toDayNumber } from '../../src/model/dates.ts';
import {
  isSeedSource,
  type Bbox,
  type EventProperties,
  type Overlay,
  type Change,
  type Source,
  type Story,
  type StoryMeta,
  type Text,
} from '../../src/story/schema.ts';
import type {
  BuiltChange,
  BuiltOverlay,
  EventChange,
  ResolvedSource,
  StoryEventCollection,
  StoryEventFeature,
  StorySources,
} from '../../src/story/built.ts';
import { extentOf } from '../world/extent.ts';
import { chronological, placesById } from './story-order.ts';

/** A text in `lang`; the story's validation has made sure every declared language is there. */
const pick = (text: Text, lang: string): string => text[lang];
const maybe = (text: Text | undefined, lang: string): string | undefined =>
  text === undefined ? undefined : text[lang];

function resolveSource(s: Source, meta: StoryMeta, lang: string): ResolvedSource {
  if (isSeedSource(s)) {
    const { headline, outlet, lang: quoteLang } = meta.sources[s.seed];
    const translation = quoteLang === lang ? undefined : maybe(s.translation, lang);
    return {
      kind: 'seed',
      seed: s.seed,
      headline,
      outlet,
      quote: s.quote,
      quoteLang,
      translation,
      supports: s.supports,
    };
  }
  const { name, url } = meta.references[s.reference];
  return {
    kind: 'reference',
    reference: s.reference,
    name,
    url,
    note: maybe(s.note, lang),
    quote: s.quote,
    supports: s.supports,
  };
}

/** An overlay's days: its own, its event's, or the whole story's. */
function overlayDays(
  o: { date?: string; end?: string; event?: string },
  events: Map<string, EventProperties>,
  meta: StoryMeta,
) {
  const e = o.event === undefined ? undefined : events.get(o.event);
  const date = o.date ?? e?.date;
  const end = o.end ?? (o.date !== undefined ? o.date : e ? (e.end ?? e.date) : undefined);
  return { day: toDayNumber(date ?? meta.start), endDay: toDayNumber(end ?? meta.end) };
}

function resolveOverlay(o: Overlay, story: Story, lang: string): BuiltOverlay {
  const events = new Map(chronological(story).map((e) => [e.id, e]));
  const meta = story.story;
  switch (o.kind) {
    case 'focus':
      return { kind: o.kind, id: o.id, countries: o.countries };
    case 'countries':
      return {
        kind: o.kind,
        id: o.id,
        countries: o.countries,
        category: o.category,
        label: maybe(o.label, lang),
        ...overlayDays(o, events, meta),
      };
    case 'regions':
      return {
        kind: o.kind,
        id: o.id,
        regions: o.regions,
        label: maybe(o.label, lang),
        ...overlayDays(o, events, meta),
      };
    case 'route': {
      const places = placesById(story);
      const at = (id: string) => places.get(id)!.geometry.coordinates as [number, number];
      return {
        kind: o.kind,
        id: o.id,
        from: at(o.from),
        to: at(o.to),
        category: o.category,
        ...overlayDays(o, events, meta),
      };
    }
    case 'line':
      return {
        kind: o.kind,
        id: o.id,
        line: o.line,
        label: pick(o.label, lang),
        reportedKm: o.reportedKm,
        reportedMiles: o.reportedMiles,
      };
    case 'inset':
    case 'detail':
      return { ...o, title: pick(o.title, lang) };
  }
}

/** Each event's sources in `lang`, by event id, in time order. */
export const resolveSources = (story: Story, lang: string): StorySources =>
  Object.fromEntries(
    chronological(story).map((e) => [e.id, e.sources.map((s) => resolveSource(s, story.story, lang))]),
  );

/** A change's kind, as the story gives it: a change that says nothing else is a correction. */
const kindOf = (c: Change) => c.kind ?? 'correction';

/** Each event's changes in `lang`, by event id: what its panel says was corrected or added. */
function eventChanges(meta: StoryMeta, lang: string): Map<string, EventChange[]> {
  const byEvent = new Map<string, EventChange[]>();
  const told = !!meta.methods?.length;
  (meta.changelog ?? []).forEach((c, i) => {
    const change = { date: c.date, kind: kindOf(c), n: i + 1, ...(told ? {} : { summary: pick(c.summary, lang) }) };
    for (const id of c.events ?? []) byEvent.set(id, [...(byEvent.get(id) ?? []), change]);
  });
  return byEvent;
}

/** The story's corrections list in `lang`, oldest first, each change with its events and sources named. */
export function resolveChangelog(story: Story, lang: string): BuiltChange[] {
  const events = new Map(chronological(story).map((e) => [e.id, e]));
  const { references } = story.story;
  return (story.story.changelog ?? []).map((c, i) => ({
    date: c.date,
    kind: kindOf(c),
    n: i + 1,
    summary: pick(c.summary, lang),
    ...(c.reason ? { reason: pick(c.reason, lang) } : {}),
    events: (c.events ?? []).map((id) => ({
      id,
      title: pick(events.get(id)!.title, lang),
      date: events.get(id)!.date,
    })),
    references: (c.references ?? []).map((id) => ({ name: references[id].name, url: references[id].url })),
  }));
}

/** The box around the events' points, the short way round the globe (east past 180 across the antimeridian). */
const extent = (features: StoryEventFeature[]): Bbox => extentOf(features.map((f) => f.geometry.coordinates));

/** What the story's base map is: the box it was clipped to, its relief, and the sources of what it draws. */
export interface BaseInfo {
  maxBounds: Bbox;
  relief?: Bbox;
  reliefMaxZoom?: number;
  /** Keys of src/map/credits.ts SOURCE_CREDITS. */
  mapSources: string[];
  /** The files loaded on zoom, by path, with the zoom each is needed from. */
  zoomFiles?: Record<string, number>;
}

/** The map-ready story in `lang`, on the base map `base` describes. */
export function resolveStory(story: Story, lang: string, base: BaseInfo): StoryEventCollection {
  const places = placesById(story);
  const meta = story.story;
  const changes = eventChanges(meta, lang);
  const features = chronological(story).map((e): StoryEventFeature => {
    const place = places.get(e.place);
    if (!place) throw new Error(`event "${e.id}": place "${e.place}" is missing`);
    const p = place.properties;
    return {
      type: 'Feature',
      properties: {
        id: e.id,
        date: e.date,
        end: e.end,
        time: e.time,
        timeZone: e.timeZone,
        day: toDayNumber(e.date),
        endDay: toDayNumber(e.end ?? e.date),
        category: e.category,
        placeId: p.id,
        placeName: pick(p.name, lang),
        placeType: p.placeType,
        title: pick(e.title, lang),
        summary: pick(e.summary, lang),
        certainty: e.certainty.status,
        certaintyBy: maybe(e.certainty.by, lang),
        context: e.context ?? false,
        sourceCount: e.sources.length,
        figures: e.figures?.map((f) => ({ ...f, label: pick(f.label, lang), unit: maybe(f.unit, lang) })),
        readings: e.readings?.map((r) => ({
          ...r,
          summary: pick(r.summary, lang),
          unit: maybe(r.unit, lang),
          by: maybe(r.by, lang),
        })),
        note: maybe(e.note, lang),
        extra: e.extra,
        changes: changes.get(e.id),
      },
      geometry: { type: 'Point', coordinates: [place.geometry.coordinates[0], place.geometry.coordinates[1]] },
    };
  });
  const updated = meta.changelog
    ?.map((c) => c.date)
    .sort()
    .at(-1);
  return {
    type: 'FeatureCollection',
    story: {
      id: meta.id,
      lang,
      languages: meta.languages,
      title: pick(meta.title, lang),
      description: maybe(meta.description, lang),
      credits: maybe(meta.credits, lang),
      start: meta.start,
      end: meta.end,
      timeZone: meta.timeZone,
      updated,
      // The list itself is fetched when a reader opens it: it is not the map's to carry at startup.
      changes: meta.changelog?.length,
      methods: meta.methods?.length ? true : undefined,
      licence: meta.licence,
      categories: meta.categories.map((c) => ({ id: c.id, label: pick(c.label, lang), color: c.color })),
      overlays: (meta.overlays ?? []).map((o) => resolveOverlay(o, story, lang)),
      bounds: meta.bounds ?? extent(features),
      maxBounds: base.maxBounds,
      relief: base.relief,
      reliefMaxZoom: base.reliefMaxZoom,
      mapSources: base.mapSources,
      zoomFiles: base.zoomFiles,
    },
    features,
  };
}

/**
 * The map-ready story the app loads (public/data/story.geojson, and story.<lang>.geojson for each
 * further language): one Point feature per event with flat properties, every text already in one
 * language, every overlay resolved, so the app needs nothing else. The sources, half the story's
 * bytes, are in a file of their own (sources.json), fetched when a reader opens them. geo/story/build-story.ts
 * writes it from the authored story (schema.ts); event-collection.ts checks it at run time.
 */
import type { Bbox, CertaintyStatus, ChangeKind, PlaceType, Point, SupportKind } from './schema.ts';
import { posterName } from './poster-name.ts';

/** A source as the map shows it, in the story's language for this file. */
export type ResolvedSource =
  | {
      kind: 'seed';
      seed: string;
      headline: string;
      outlet: string;
      quote: string;
      /** The article's language, which the quote keeps. */
      quoteLang: string;
      /** The project's own translation of the quote, when the file's language is not the article's. */
      translation?: string;
      supports: SupportKind[];
    }
  | {
      kind: 'reference';
      reference: string;
      name: string;
      url?: string;
      note?: string;
      quote?: string;
      supports: SupportKind[];
    };

export interface ResolvedFigure {
  label: string;
  value: number;
  unit?: string;
  source: number;
}

export interface ResolvedReading {
  summary: string;
  date?: string;
  end?: string;
  value?: number;
  unit?: string;
  by?: string;
  withdrawn?: boolean;
  sources: number[];
}

/** Properties of one map-ready event feature. */
export interface StoryEventProperties {
  id: string;
  date: string;
  end?: string;
  time?: string;
  timeZone?: string;
  /** `date` and `end ?? date` as whole days since 1970-01-01, for the map's time layers. */
  day: number;
  endDay: number;
  /** Id of one of the story's categories. */
  category: string;
  placeId: string;
  placeName: string;
  placeType: PlaceType;
  title: string;
  summary: string;
  certainty: CertaintyStatus;
  certaintyBy?: string;
  context: boolean;
  /** How many sources the event cites: they are in the story's sources file, fetched when a reader opens them. */
  sourceCount: number;
  figures?: ResolvedFigure[];
  readings?: ResolvedReading[];
  note?: string;
  extra?: { label: string; value: string }[];
  /** The story's changes that name this event (a correction, its addition), oldest first. */
  changes?: EventChange[];
}

/** A change as an event's panel shows it: its date and kind, and where the corrections list tells it. */
export interface EventChange {
  date: string;
  kind: ChangeKind;
  /** Its number in the corrections list: methods.html#change-<n>. */
  n: number;
  /** What changed, only where the story has no methods page to tell it (the text stays off the startup). */
  summary?: string;
}

/**
 * One entry of the story's corrections list in a language (data/changes.json, changes.<lang>.json,
 * fetched when a reader opens the list; the methods page prints it): what changed, why, the events it
 * names and the sources it rests on.
 */
export interface BuiltChange extends Omit<EventChange, 'summary'> {
  summary: string;
  reason?: string;
  events: { id: string; title: string; date: string }[];
  references: { name: string; url?: string }[];
}

export interface StoryEventFeature {
  type: 'Feature';
  properties: StoryEventProperties;
  geometry: Point;
}

/** The days an overlay is on, as day numbers (the whole story's when it names none). */
interface OverlayDays {
  day: number;
  endDay: number;
}

export type BuiltOverlay =
  | { kind: 'focus'; id: string; countries: string[] }
  | ({ kind: 'countries'; id: string; countries: string[]; category?: string; label?: string } & OverlayDays)
  | ({ kind: 'regions'; id: string; regions: string[]; label?: string } & OverlayDays)
  | ({ kind: 'route'; id: string; from: [number, number]; to: [number, number]; category?: string } & OverlayDays)
  | { kind: 'line'; id: string; line: string; label: string; reportedKm?: number; reportedMiles?: number }
  | { kind: 'inset'; id: string; title: string; bbox: Bbox }
  | { kind: 'detail'; id: string; title: string; bbox: Bbox; minzoom: number };

export interface BuiltCategory {
  id: string;
  label: string;
  color?: string;
}

export interface BuiltStoryMeta {
  id: string;
  /** The language of this file's texts, and every language the story is given in. */
  lang: string;
  languages: string[];
  title: string;
  description?: string;
  credits?: string;
  start: string;
  end: string;
  timeZone: string;
  /** The latest change's date. */
  updated?: string;
  /** How many changes the corrections list holds (its entries are in the changes file, fetched on demand). */
  changes?: number;
  /** The story has a methods page (methods.html in each language's folder). */
  methods?: boolean;
  /** The licence of the story's text and data. */
  licence?: { name: string; url?: string };
  categories: BuiltCategory[];
  overlays: BuiltOverlay[];
  /** The opening view. */
  bounds: Bbox;
  /** How far the reader may pan: the box the base map was clipped to. */
  maxBounds: Bbox;
  /** The box the base map's shaded relief image (data/relief/region.png) covers, when it has one. */
  relief?: Bbox;
  /**
   * The zoom the relief image's pixels support: past it a pixel of the image covers more than four of the
   * screen's, and the map should have faded the relief out.
   */
  reliefMaxZoom?: number;
  /**
   * The public sources of what this story's map draws, as keys of src/map/credits.ts SOURCE_CREDITS
   * ('naturalEarth', 'osm', 'osm2012', 'geonames', 'etopo5', 'srtm'): credit these, and only these
   * (data/manifest.json says which file comes from which).
   */
  mapSources?: string[];
  /**
   * The base map's files that load only when the reader zooms in, by path (a tile folder by its template),
   * each with the zoom it is needed from: the rest load at startup. data/manifest.json says what each holds.
   */
  zoomFiles?: Record<string, number>;
}

/** The story's file in a language: story.geojson in its first language, story.<lang>.geojson in the others. */
export const storyFileName = (lang: string, languages: readonly string[]): string =>
  lang === languages[0] ? 'story.geojson' : `story.${lang}.geojson`;
/** Its sources file: sources.json, sources.<lang>.json. */
export const sourcesFileName = (lang: string, languages: readonly string[]): string =>
  lang === languages[0] ? 'sources.json' : `sources.${lang}.json`;

/** The story's downloads (geo/story/export.ts), by format, with their media types. */
export const DOWNLOADS = [
  { format: 'csv', label: 'CSV', type: 'text/csv' },
  { format: 'geojson', label: 'GeoJSON', type: 'application/geo+json' },
  { format: 'json', label: 'JSON', type: 'application/json' },
] as const;

/** A download's path in the site: `download/<story id>.<lang>.<format>`, named for a reader's disk. */
export const downloadPath = (storyId: string, lang: string, format: string): string =>
  `download/${storyId}.${lang}.${format}`;

/** The methods page of a language, from the site's root: methods.html, ru/methods.html. */
export const methodsPath = (lang: string, languages: readonly string[]): string =>
  `${lang === languages[0] ? '' : `${lang}/`}methods.html`;

/** The corrections list beside the story: changes.json, changes.<lang>.json. */
export const changesFileName = (lang: string, languages: readonly string[]): string =>
  lang === languages[0] ? 'changes.json' : `changes.${lang}.json`;

/** The sources file beside the story (sources.json, sources.<lang>.json): each event's sources by its id. */
export type StorySources = Record<string, ResolvedSource[]>;

export interface StoryEventCollection {
  type: 'FeatureCollection';
  story: BuiltStoryMeta;
  features: StoryEventFeature[];
}

/**
 * The poster of the story in a language and a theme: its map at the first date, framed with the title,
 * the date and the credits, standing alone (an image, the first paint of an embed, where no script runs):
 * poster.svg in the story's first language (and for a language it is not told in), poster.<lang>.svg in
 * the others, .dark before .svg.
 */
export const posterFile = (lang: string, languages: readonly string[], theme: 'light' | 'dark' = 'light'): string =>
  posterName(lang === languages[0] || !languages.includes(lang) ? '' : lang, theme);

/** The folder of a language's pages from the site's root: '' for the story's first language, 'ru/' for the others. */
export const languageDir = (lang: string, languages: readonly string[]): string =>
  lang !== languages[0] && languages.includes(lang) ? `${lang}/` : '';

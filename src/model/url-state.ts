import { clampDate, isIsoDate } from './dates.ts';
import { displayModes, type DisplayMode } from './visibility.ts';

/** A map view as the URL holds it: `view=lng,lat,zoom`. */
export interface View {
  lng: number;
  lat: number;
  zoom: number;
}

/** The moment a reader can share: every field optional, since a URL may hold any of them. */
export interface UrlState {
  date?: string;
  mode?: DisplayMode;
  view?: View;
  /** An event of the story, selected: its text open, the map at its date (`?event=`). */
  event?: string;
}

/** What a URL's values are checked against: the story's days, the map's box and the story's events. */
export interface StoryRange {
  start: string;
  end: string;
  maxBounds?: Bounds;
  /**
   * The first day of each of the story's events, by id: an `event` must be one of them. Without it
   * (before the story is known) an id is only checked for its form.
   */
  eventDates?: ReadonlyMap<string, string>;
}

/** An event's id as the story schema writes it (kebab-case): nothing else can name one. */
const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Parsed<T> {
  value: T;
  /** One readable line per thing that was ignored or clamped. */
  warnings: string[];
}

const MAX_PARAM_LENGTH = 100;
const ZOOM = [0, 18] as const;
const LAT = [-85, 85] as const;

const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x));

/**
 * Reads the date, mode, view and event from a query string. Anything invalid is ignored, and anything
 * out of range is clamped, each with a warning: a hand-typed URL never stops the map from loading.
 *
 * An `event` opens the map at the event's first day (clamped to the story's days, without a warning:
 * a background event from before the story opens on its first day), unless the URL gives a `date`
 * too: a date given wins, as the URL the map writes holds both and Back must return to that date.
 * The view is left as it is: no view given means the map centres on the event (src/app/app-state).
 */
export function parseUrlState(search: string, range: StoryRange): Parsed<UrlState> {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const value: UrlState = {};
  const read = (name: string): string | undefined => {
    const all = params.getAll(name);
    if (all.length === 0) return undefined;
    if (all.length > 1) warnings.push(`"${name}" is given ${all.length} times: using the first`);
    if (all[0].length > MAX_PARAM_LENGTH) {
      warnings.push(`"${name}" is longer than ${MAX_PARAM_LENGTH} characters: ignored`);
      return undefined;
    }
    return all[0];
  };

  const date = read('date');
  if (date !== undefined) {
    if (!isIsoDate(date)) warnings.push(`date "${date}" is not a calendar date (YYYY-MM-DD): ignored`);
    else {
      value.date = clampDate(date, range.start, range.end);
      if (value.date !== date)
        warnings.push(`date ${date} is outside the story (${range.start} to ${range.end}): using ${value.date}`);
    }
  }

  const mode = read('mode');
  if (mode !== undefined) {
    if ((displayModes as readonly string[]).includes(mode)) value.mode = mode as DisplayMode;
    else warnings.push(`mode "${mode}" is not one of ${displayModes.join(', ')}: ignored`);
  }

  const view = read('view');
  if (view !== undefined) {
    const { view: read, problem, outside } = readView(view, range.maxBounds);
    if (read) value.view = read;
    if (problem) warnings.push(`${problem}: ${read ? 'clamped' : outside ? "using the story's view" : 'ignored'}`);
  }

  const event = read('event');
  if (event !== undefined) {
    const known = range.eventDates ? range.eventDates.has(event) : EVENT_ID.test(event);
    if (!known) warnings.push(`event "${event}" is not an event of the story: ignored`);
    else {
      value.event = event;
      const first = range.eventDates?.get(event);
      if (value.date === undefined && first !== undefined) value.date = clampDate(first, range.start, range.end);
    }
  }
  return { value, warnings };
}

/** The box a map may show, [west, south, east, north]. */
export type Bounds = readonly [number, number, number, number];

/** Whether a place lies in the box, the longitude taken once around the world either way (a box past ±180°). */
const inside = (lng: number, lat: number, [w, s, e, n]: Bounds) =>
  lat >= s && lat <= n && [lng, lng - 360, lng + 360].some((x) => x >= w && x <= e);

/**
 * A view as `lng,lat,zoom`: a longitude past ±180° goes once round the world, and a zoom out of the
 * map's range is clamped, with a `problem` that says so. A view whose place lies outside the map
 * (`maxBounds`) is none (`outside`): clamped into it, it would show a blank corner.
 */
export function readView(text: string, maxBounds?: Bounds): { view?: View; problem?: string; outside?: boolean } {
  const parts = text.split(',');
  const [lng, lat, zoom] = parts.map(Number);
  if (parts.length !== 3 || ![lng, lat, zoom].every(Number.isFinite))
    return { problem: `view "${text}" is not lng,lat,zoom` };
  const wrapped = lng >= -180 && lng <= 180 ? lng : ((((lng + 180) % 360) + 360) % 360) - 180;
  if (maxBounds ? !inside(wrapped, lat, maxBounds) : lat < LAT[0] || lat > LAT[1])
    return {
      problem: `view "${text}" is outside the map (${maxBounds ? maxBounds.map((x) => +x.toFixed(2)).join(',') : `latitude ${LAT.join(' to ')}`})`,
      outside: true,
    };
  const view = { lng: wrapped, lat, zoom: clamp(zoom, ZOOM) };
  return view.zoom !== zoom ? { view, problem: `view "${text}" has a zoom outside ${ZOOM.join(' to ')}` } : { view };
}

/** Writes the state into a query string, keeping any other parameters the page has. */
export function formatUrlState(state: UrlState, search = ''): string {
  const params = new URLSearchParams(search);
  const set = (name: string, v: string | undefined) => (v === undefined ? params.delete(name) : params.set(name, v));
  set('date', state.date);
  set('mode', state.mode);
  const v = state.view;
  set('view', v && `${v.lng.toFixed(4)},${v.lat.toFixed(4)},${v.zoom.toFixed(2)}`);
  set('event', state.event);
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

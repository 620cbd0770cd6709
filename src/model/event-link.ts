/**
 * Links to one event of a story, as the panel's "Link to this event" copies them, and the fragment by
 * which a host page's link names one. Pure: the page's addresses come in as strings.
 *
 * - On the map's own site: the event's page where the build wrote one (`e/<id>.html`, in the language's
 *   folder: a title and a social card of its own, then the map at `?event=<id>`), else the page itself
 *   with `?event=<id>`.
 * - In someone else's article (the element, or the iframe once its host has said where it is): the
 *   article's URL with `#qantar-event=<id>`, and `&qantar-map=<the map's id>` when the map has one.
 *   A fragment, so the article's query string (and with it its server and cache) is left alone; the
 *   host script or the element reads it and opens the map at the event.
 */
import { languageDir } from '../story/built.ts';

export const EVENT_FRAGMENT = 'qantar-event';
/** The zoom at least that a map centred on one event shows it at (the live map's move to an event, its social card). */
export const EVENT_ZOOM = 5;
export const MAP_FRAGMENT = 'qantar-map';

/** Where a map is in someone else's page: the page's URL, and the map's own id there (if it has one). */
export interface HostPage {
  url: string;
  map?: string;
}

/** A link to the event in the host's page: its URL with its own fragment replaced by the event's. */
export function hostEventLink(host: HostPage, id: string): string {
  const url = new URL(host.url);
  const params = new URLSearchParams({ [EVENT_FRAGMENT]: id });
  if (host.map) params.set(MAP_FRAGMENT, host.map);
  url.hash = params.toString();
  return url.href;
}

/** What a page's fragment links to: an event, and the map it names; null for any other fragment. */
export function readEventFragment(hash: string): { event: string; map?: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const event = params.get(EVENT_FRAGMENT);
  if (!event) return null;
  const map = params.get(MAP_FRAGMENT);
  return map ? { event, map } : { event };
}

/** The map a fragment's link opens: the one it names by id, else the page's only map. */
export function fragmentTarget<T extends { id: string }>(link: { map?: string }, maps: readonly T[]): T | undefined {
  return link.map ? maps.find((m) => m.id === link.map) : maps.length === 1 ? maps[0] : undefined;
}

export interface SiteLinkContext {
  /** The page's own URL (the full page's, or the iframe's). */
  page: string;
  /** The site's root, ending in '/'. */
  base: string;
  /** The folder of the build's per-event pages ('e/'), when it wrote them. */
  eventPages?: string;
  /** The language on screen, and the story's languages (the first at the root, the others in folders). */
  lang: string;
  languages: readonly string[];
}

/** A link to the event on the map's own site. */
export function siteEventLink(id: string, o: SiteLinkContext): string {
  if (o.eventPages) {
    const url = new URL(`${languageDir(o.lang, o.languages)}${o.eventPages}${id}.html`, o.base);
    // A language the story is not told in has no pages of its own: the interface's language goes along.
    if (!o.languages.includes(o.lang)) url.searchParams.set('lang', o.lang);
    return url.href;
  }
  // The page itself: the event brings its own date and place, so the moment on screen is left out.
  const url = new URL(o.page);
  url.hash = '';
  for (const name of ['date', 'view', 'event']) url.searchParams.delete(name);
  url.searchParams.set('event', id);
  return url.href.replace(/%2C/g, ',');
}

/** A page's title when it shows one event: the event's, then the story's (the build's event pages say the same). */
export const eventPageTitle = (event: string, story: string): string => `${event} · ${story}`;

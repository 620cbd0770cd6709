import { isIsoDate } from '../model/dates.ts';
import type { Ask } from './steps.ts';

/**
 * What a host page may ask of an embed. The mode, the view and the event are checked against the
 * story inside the embed (steps.ts), like a scroll step's.
 */
export type HostCommand =
  | { type: 'qantar:set-date'; date: string }
  | { type: 'qantar:set-mode'; mode: string }
  | { type: 'qantar:set-view'; view: string }
  | { type: 'qantar:select'; id: string }
  /** A link to the host page named this event (`#qantar-event=`): opened as `?event=` opens it. */
  | { type: 'qantar:event'; id: string }
  /**
   * Where the iframe is: the host page's address (`http(s)`, on the host's own origin), and the
   * iframe's id there, so "Link to this event" copies a link to the article (src/model/event-link.ts).
   */
  | { type: 'qantar:host-page'; url: string; map?: string }
  /**
   * A scroll step on the host page, as qantar-host.js read it: applied as one, like the element's.
   * `where` names it in a warning (`step 4 (#bad-select)`), in the element's words.
   */
  | { type: 'qantar:step'; step: Ask; where: string }
  | { type: 'qantar:play' }
  | { type: 'qantar:pause' }
  /** The host will size the iframe to its content (qantar-host.js): the embed grows to its full layout. */
  | { type: 'qantar:autosize' }
  /** Is the embed listening? It answers `qantar:ready` again once it is. */
  | { type: 'qantar:hello' };

/** What an embed tells its host. */
export type EmbedEvent =
  /** The embed takes commands from now on. `session` is the same for every answer from one load of the page. */
  | { type: 'qantar:ready'; date: string; session: string }
  | { type: 'qantar:date'; date: string }
  | { type: 'qantar:height'; height: number };

/**
 * A host message as a command, or null for anything else: unknown types, wrong shapes, bad dates, a
 * host page's address that is not on the origin the message came from (`origin`).
 */
export function parseHostCommand(data: unknown, origin?: string): HostCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, date, mode, view, id, step, where, url, map } = data as Record<string, unknown>;
  const text = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_TEXT;
  if (type === 'qantar:play' || type === 'qantar:pause' || type === 'qantar:autosize' || type === 'qantar:hello')
    return { type };
  if (type === 'qantar:set-date' && isIsoDate(date)) return { type, date };
  if (type === 'qantar:set-mode' && text(mode)) return { type, mode };
  if (type === 'qantar:set-view' && text(view)) return { type, view };
  if (type === 'qantar:select' && text(id)) return { type, id };
  if (type === 'qantar:event' && text(id)) return { type, id };
  if (type === 'qantar:host-page' && typeof url === 'string' && url.length <= MAX_URL) {
    const page = pageUrl(url, origin);
    if (!page) return null;
    return text(map) ? { type, url: page, map } : { type, url: page };
  }
  if (type === 'qantar:step' && typeof step === 'object' && step !== null) {
    const fields = step as Record<string, unknown>;
    const field = (name: string) => (text(fields[name]) ? (fields[name] as string) : null);
    // Every field of a step: one forgotten here would never reach the embed.
    const asked = {
      date: field('date'),
      mode: field('mode'),
      view: field('view'),
      select: field('select'),
      layers: field('layers'),
    } satisfies Required<Ask>;
    return { type, step: asked, where: text(where) ? where : 'a scroll step' };
  }
  return null;
}

/** Longer than any mode, view, event id or list of layers: a message carrying more is not ours. */
const MAX_TEXT = 200;
/** Longer than any article's address a reader would share. */
const MAX_URL = 2000;

/**
 * A host page's address as the embed keeps it: http(s) only, without credentials, on the origin the
 * message came from (a page can only say where it is, not send readers elsewhere); null otherwise.
 */
function pageUrl(raw: string, origin: string | undefined): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  if (origin !== undefined && url.origin !== origin) return null;
  url.hash = '';
  return url.href;
}

const PYM = 'xPYMx';

/** A message in Pym.js's protocol, so a page that hosts Pym embeds resizes ours too. */
export const pymMessage = (childId: string, type: string, message: string): string =>
  ['pym', childId, type, message].join(PYM);

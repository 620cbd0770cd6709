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

/** A host message as a command, or null for anything else: unknown types, wrong shapes, bad dates. */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, date, mode, view, id, step, where } = data as Record<string, unknown>;
  const text = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_TEXT;
  if (type === 'qantar:play' || type === 'qantar:pause' || type === 'qantar:autosize' || type === 'qantar:hello')
    return { type };
  if (type === 'qantar:set-date' && isIsoDate(date)) return { type, date };
  if (type === 'qantar:set-mode' && text(mode)) return { type, mode };
  if (type === 'qantar:set-view' && text(view)) return { type, view };
  if (type === 'qantar:select' && text(id)) return { type, id };
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

const PYM = 'xPYMx';

/** A message in Pym.js's protocol, so a page that hosts Pym embeds resizes ours too. */
export const pymMessage = (childId: string, type: string, message: string): string =>
  ['pym', childId, type, message].join(PYM);

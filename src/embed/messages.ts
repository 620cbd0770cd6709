import { isIsoDate } from '../model/dates.ts';

/** What a host page may ask of an embed. */
export type HostCommand =
  { type: 'qantar:set-date'; date: string } | { type: 'qantar:play' } | { type: 'qantar:pause' };

/** What an embed tells its host. */
export type EmbedEvent =
  | { type: 'qantar:ready'; date: string }
  | { type: 'qantar:date'; date: string }
  | { type: 'qantar:height'; height: number };

/** A host message as a command, or null for anything else: unknown types, wrong shapes, bad dates. */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, date } = data as Record<string, unknown>;
  if (type === 'qantar:play' || type === 'qantar:pause') return { type };
  if (type === 'qantar:set-date' && isIsoDate(date)) return { type, date };
  return null;
}

const PYM = 'xPYMx';

/** A message in Pym.js's protocol, so a page that hosts Pym embeds resizes ours too. */
export const pymMessage = (childId: string, type: string, message: string): string =>
  ['pym', childId, type, message].join(PYM);

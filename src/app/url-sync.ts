import { formatUrlState, parseUrlState, type UrlState } from '../model/url-state.ts';

/**
 * The page's own query string holds the shared moment. Inside an iframe that is the frame's URL, so
 * nothing depends on the host page's address.
 */
export function readUrl(range: { start: string; end: string }, search = location.search): UrlState {
  const { value, warnings } = parseUrlState(search, range);
  for (const w of warnings) console.warn(`Qantar: ${w}`);
  return value;
}

/** Changes closer together than this (a drag of the slider) share one history entry. */
const COALESCE_MS = 1000;
let lastPush = -Infinity;

/**
 * A new history entry for a date or mode the reader chose (so Back returns to it); playback and
 * view changes only replace the current entry.
 */
export function writeUrl(state: UrlState, push: boolean): void {
  const search = formatUrlState(state, location.search);
  if (search === location.search) return;
  const url = `${location.pathname}${search}${location.hash}`;
  const now = performance.now();
  if (push && now - lastPush > COALESCE_MS) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  if (push) lastPush = now;
}

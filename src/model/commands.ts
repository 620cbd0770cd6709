import type { DisplayMode } from './visibility.ts';
import type { View } from './url-state.ts';

/**
 * What may move the map, whoever asks: the reader, the page's URL, a host page, a scroll step or an
 * element's attribute. Every way in goes through these, so each behaves the same.
 */
export type Command =
  | { type: 'date'; date: string }
  | { type: 'mode'; mode: DisplayMode }
  /** `story`: the story's whole extent. `animate`: ease there, unless the reader prefers reduced motion. */
  | { type: 'view'; view: View | 'story'; animate?: boolean }
  | { type: 'select'; id: string | null }
  /** The event categories drawn, among the page's own (`layers` option); null: the page's own. */
  | { type: 'layers'; layers: string[] | null }
  | { type: 'play' }
  | { type: 'pause' };

export type Origin = 'reader' | 'url' | 'host' | 'step' | 'attribute';

/**
 * How a change shows in the page's history. The reader's own choices get an entry, so Back returns
 * to them; anything else only replaces the current one: a host page's or a scroll step's pushState
 * in an iframe would land in the host tab's Back button, and a change read from the URL is already
 * in its entry.
 */
export const historyFor = (origin: Origin): 'push' | 'replace' => (origin === 'reader' ? 'push' : 'replace');

import { optionNames } from './option-names.ts';
import { readLoading, type Loading } from './loading.ts';

/** What an element's attributes ask of its map. */
export interface ElementOptions {
  /** The map's options as a query string, like the iframe's (date, mode, view, layers, panel, theme…). */
  search: string;
  /** The map's accessible name: the `label` attribute, or the story's title when absent. */
  label?: string;
  /** When the interactive map starts (loading.ts): on the reader's reach by default. */
  loading: Loading;
}

/**
 * The element's options from its attributes; `linked`, the event a link to the host page names for
 * this map (`#qantar-event=`), wins over its `event`, `date` and `view`: the reader followed a link to
 * that event, and the article's own moment gives way to it.
 */
export function elementOptions(get: (name: string) => string | null, linked?: string): ElementOptions {
  const search = new URLSearchParams();
  for (const name of optionNames) {
    const value = get(name);
    if (value !== null) search.set(name, value);
  }
  if (linked) {
    search.delete('date');
    search.delete('view');
    search.set('event', linked);
  }
  const label = get('label')?.trim();
  return {
    search: search.size ? `?${search}` : '',
    ...(label ? { label } : {}),
    loading: readLoading(get('loading'), (message) => console.warn(`Qantar: ${message}`)),
  };
}

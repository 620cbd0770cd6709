import { optionNames } from './options.ts';

/** What an element's attributes ask of its map. */
export interface ElementOptions {
  /** The map's options as a query string, like the iframe's (date, mode, view, layers, panel, theme…). */
  search: string;
  /** The map's accessible name: the `label` attribute, or the story's title when absent. */
  label?: string;
  /** `lazy` (the default): MapLibre starts when the element comes within a viewport of being seen. */
  loading: 'lazy' | 'eager';
}

/** The element's attributes, as the app's options: one name each, the same as the iframe's query string. */
export const elementAttributes = [...optionNames, 'label', 'loading'] as const;

export function elementOptions(get: (name: string) => string | null): ElementOptions {
  const search = new URLSearchParams();
  for (const name of optionNames) {
    const value = get(name);
    if (value !== null) search.set(name, value);
  }
  const label = get('label')?.trim();
  const loading = get('loading');
  if (loading !== null && loading !== 'lazy' && loading !== 'eager')
    console.warn(`Qantar: loading "${loading}" is not lazy or eager: using lazy`);
  return {
    search: search.size ? `?${search}` : '',
    ...(label ? { label } : {}),
    loading: loading === 'eager' ? 'eager' : 'lazy',
  };
}

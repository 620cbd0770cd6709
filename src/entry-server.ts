/**
 * The app rendered to HTML at build time (svelte/server), so a page paints its map, slider and the
 * first day's events before any script runs; the browser then hydrates the same tree. Used by the
 * site build (geo/site/), never by the browser.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import type { CheckedCollection } from './story/event-collection.ts';
import type { I18n } from './i18n/i18n.ts';

export interface PageProps {
  initial: CheckedCollection;
  embedded: boolean;
  /** The page's language. */
  i18n: I18n;
  /** The site's scroll story, when the build made one. */
  scrolly?: string;
}

export const renderApp = (props: PageProps): { head: string; body: string } =>
  render(App, { props: { ...props, syncUrl: true, layout: props.embedded ? 'frame' : 'page' } });

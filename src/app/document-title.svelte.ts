import type { AppState } from './app-state.svelte.ts';
import { eventPageTitle } from '../model/event-link.ts';

/**
 * A page of its own (the full page, the iframe's) speaks the map's language in its `<html lang>` and
 * names the story (and on the full page the selected event) in its title; the element leaves its
 * host's document alone. Call while a component is being set up: it follows the app from then on.
 */
export function followDocument(app: AppState, layout: 'page' | 'frame' | 'element'): void {
  $effect(() => {
    if (layout === 'element') return;
    document.documentElement.lang = app.i18n.lang;
    if (!app.collection) return;
    const { title } = app.collection.story;
    // The full page names the event it shows, as its address does (`?event=`): a tab, a bookmark and
    // the history say which event it was.
    const event = app.selectedEvent;
    if (layout === 'page') document.title = event ? eventPageTitle(event.title, title) : title;
    else document.title = app.i18n.t('map.label', { title });
  });
}

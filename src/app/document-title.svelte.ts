import type { AppState } from './app-state.svelte.ts';

/**
 * A page of its own (the full page, the iframe's) speaks the map's language in its `<html lang>` and
 * names the story in its title; the element leaves its host's document alone. Call while a component
 * is being set up: it follows the app from then on.
 */
export function followDocument(app: AppState, layout: 'page' | 'frame' | 'element'): void {
  $effect(() => {
    if (layout === 'element') return;
    document.documentElement.lang = app.i18n.lang;
    if (app.collection)
      document.title =
        layout === 'page' ? app.collection.story.title : app.i18n.t('map.label', { title: app.collection.story.title });
  });
}

import { hydrate, mount, type ComponentProps } from 'svelte';
import App from '../App.svelte';
import { i18nFor } from '../i18n/catalogues.ts';
import { pickLang } from '../i18n/pick-lang.ts';
import { EVENT_PAGES_META, LANG_PAGE_META, SCROLLY_META } from './lang-page.ts';
import { pageStory } from './page-story.ts';

/**
 * Starts the app on a page of its own (the full page, the iframe's): hydrated from its prerendered
 * first paint, in the words it was rendered in; rendered afresh on a bare page (the dev server).
 */
export async function startPage(props: ComponentProps<typeof App>) {
  const target = document.getElementById('app')!;
  const initial = pageStory();
  // A language page (ru/, kk/) speaks its own language; the first page, the reader's.
  const pageLang = document.querySelector<HTMLMetaElement>(`meta[name="${LANG_PAGE_META}"]`)?.content;
  const languages = pageLang ? [pageLang] : navigator.languages;
  const i18n = await i18nFor(pickLang(document.documentElement.lang, []).lang);
  const scrolly = document.querySelector<HTMLMetaElement>(`meta[name="${SCROLLY_META}"]`)?.content;
  const eventPages = document.querySelector<HTMLMetaElement>(`meta[name="${EVENT_PAGES_META}"]`)?.content;
  const all = {
    ...props,
    search: location.search,
    base: document.baseURI,
    syncUrl: true,
    initial,
    languages,
    i18n,
    scrolly,
    eventPages,
  };
  // The story's check and the hydration in tasks of their own: the reader's input can come between.
  await new Promise((resolve) => setTimeout(resolve));
  if (initial) return hydrate(App, { target, props: all });
  // A page without its story shows nothing of a stale first paint.
  target.replaceChildren();
  return mount(App, { target, props: all });
}

/**
 * Writes a built page's first paint into its HTML: the app rendered by Svelte on the server, the
 * static map as SVG, the story the page hydrates from, and what a search engine or a social network
 * reads (title, description, image). Pure string work on the page Vite built.
 */
import type { StoryEventCollection } from '../../src/story/built.ts';
import type { CheckedCollection } from '../../src/story/event-collection.ts';
import { storyScript } from '../../src/app/page-story.ts';
import { EVENT_PAGES_META, LANG_PAGE_META, SCROLLY_META } from '../../src/app/lang-page.ts';

export interface PageMeta {
  title: string;
  description: string;
  lang: string;
  /** The social card's absolute URL, when the build knows where it will be hosted. */
  image?: string;
  /** The page's own absolute URL, likewise. */
  url?: string;
  /** Keep the page out of search results (the embed). */
  noindex?: boolean;
  /** The same page in each language, by absolute URL (when the build knows where it will be hosted). */
  alternates?: { lang: string; url: string }[];
  /** Where the site's files are from the page, when not beside it (a language page: '../'). */
  root?: string;
  /** The site's scroll story, when it has one (src/app/lang-page.ts). */
  scrolly?: string;
  /** The page's JSON-LD script element (geo/site/json-ld.ts). */
  jsonLd?: string;
  /** The folder of the build's per-event pages, in each language's ('e/'): the app's event links lead there. */
  eventPages?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The head's title and metadata, replacing the template's title. */
export function headFor(meta: PageMeta): string {
  const tags = [
    `<title>${esc(meta.title)}</title>`,
    `<meta name="description" content="${esc(meta.description)}" />`,
    meta.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<meta property="og:type" content="article" />`,
    `<meta property="og:title" content="${esc(meta.title)}" />`,
    `<meta property="og:description" content="${esc(meta.description)}" />`,
    meta.url ? `<meta property="og:url" content="${esc(meta.url)}" />` : '',
    meta.image ? `<meta property="og:image" content="${esc(meta.image)}" />` : '',
    meta.image
      ? '<meta property="og:image:width" content="1200" /><meta property="og:image:height" content="630" />'
      : '',
    `<meta name="twitter:card" content="${meta.image ? 'summary_large_image' : 'summary'}" />`,
    meta.scrolly ? `<meta name="${SCROLLY_META}" content="${esc(meta.scrolly)}" />` : '',
    meta.eventPages ? `<meta name="${EVENT_PAGES_META}" content="${esc(meta.eventPages)}" />` : '',
    ...(meta.alternates ?? []).map((a) => `<link rel="alternate" hreflang="${esc(a.lang)}" href="${esc(a.url)}" />`),
    meta.jsonLd ?? '',
  ];
  return tags.filter(Boolean).join('\n    ');
}

export interface Prerendered {
  /** svelte/server's output for the app. */
  app: { head: string; body: string };
  /** The static map, as SVG markup. */
  svg: string;
  story: CheckedCollection;
  meta: PageMeta;
}

/** The page's HTML with its first paint in it. */
export function prerender(template: string, page: Prerendered): string {
  const mount = '<div id="app"></div>';
  if (!template.includes(mount)) throw new Error(`the page has no ${mount} to render into`);
  const slot = /(<div class="static-map[^"]*"[^>]*data-static-map[^>]*>)(<\/div>)/;
  if (!slot.test(page.app.body)) throw new Error('the rendered app has no static map to draw into');
  const body = page.app.body.replace(slot, (_, open: string, close: string) => `${open}${page.svg}${close}`);
  // A language page reads the site's files from the root and keeps to its language (src/app/lang-page.ts).
  const head = page.meta.root
    ? `<head>\n    <base href="${esc(page.meta.root)}" />\n    <meta name="${LANG_PAGE_META}" content="${esc(page.meta.lang)}" />`
    : '<head>';
  // The relief image is the first paint's largest element: fetched first, before the scripts.
  const relief = page.svg.match(/<image[^>]* href="(?!data:)([^"]+)"/)?.[1];
  const preload = relief ? `\n    <link rel="preload" as="image" href="${relief}" fetchpriority="high" />` : '';
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${esc(page.meta.lang)}">`)
    .replace('<head>', head)
    .replace(
      /(<h1 [^>]*id="page-title"[^>]*>)[^<]*(<\/h1>)/,
      (_, open: string, close: string) => `${open}${esc(page.meta.title)}${close}`,
    )
    .replace(/<title>[^<]*<\/title>/, `${headFor(page.meta)}${page.app.head}${preload}`)
    .replace(
      mount,
      `<div id="app">${body}</div>\n    ${storyScript(page.story.collection satisfies StoryEventCollection)}`,
    );
}

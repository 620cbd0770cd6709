import { formatUrlState, type UrlState } from '../model/url-state.ts';
import { ELEMENT_BOX } from '../story/poster-name.ts';

/** What the embed says of itself: its language, its accessible name, and its poster. */
export interface EmbedLabel {
  lang: string;
  title: string;
  /** The full page in that language, from the build's root: '' or 'ru/'. */
  pageDir: string;
  /** The story's poster in that language (a file of the build), with its alt text and size. */
  poster: { file: string; alt: string; width: number; height: number };
}

export type SnippetKind = 'iframe' | 'element' | 'picture';

/**
 * The HTML a newsroom pastes to embed the map at its current moment and in the reader's language: an
 * iframe resized by the host script, the custom element, or, where no script runs (AMP, Apple News,
 * newsletters), the poster linked to the full page at that moment. The iframe and the element carry
 * the linked poster too, shown where their script cannot run. `page` is a page of the build, or the
 * folder it is hosted in.
 */
export function embedSnippet(page: string, state: UrlState, kind: SnippetKind, label: EmbedLabel): string {
  const base = new URL('./', page).href;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const { poster } = label;
  // Inside an embed the poster loads when near, as the embed does: a map far down an article costs nothing.
  // In the element, the poster takes the element's own box before its script has run: nothing moves.
  const picture = (lazy: boolean, style = 'display:block;max-width:100%;height:auto') =>
    [
      `<a href="${esc(`${base}${label.pageDir}${formatUrlState(state)}`)}">`,
      `<img src="${esc(base + poster.file)}" alt="${esc(poster.alt)}" width="${poster.width}" height="${poster.height}"`,
      `${lazy ? ' loading="lazy"' : ''} style="${style}"></a>`,
    ].join('');
  if (kind === 'picture') return picture(false);
  if (kind === 'iframe') {
    const src = `${base}embed.html${formatUrlState(state, new URLSearchParams({ lang: label.lang }).toString())}`;
    return [
      `<iframe src="${esc(src)}" title="${esc(label.title)}" data-qantar`,
      `  style="width:100%;border:0" height="640" loading="lazy" allowfullscreen>${picture(true)}</iframe>`,
      `<script src="${esc(base)}qantar-host.js" defer></script>`,
    ].join('\n');
  }
  const attrs = Object.entries({
    date: state.date,
    mode: state.mode,
    view: state.view && `${state.view.lng.toFixed(4)},${state.view.lat.toFixed(4)},${state.view.zoom.toFixed(2)}`,
    lang: label.lang,
  })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  return [
    // Low priority: the article's own text and pictures come first; the poster stands in meanwhile.
    `<script type="module" src="${esc(base)}qantar-map.js" fetchpriority="low"></script>`,
    `<qantar-map${attrs}>${picture(true, `display:block;width:100%;height:auto;${ELEMENT_BOX};object-fit:contain`)}</qantar-map>`,
  ].join('\n');
}

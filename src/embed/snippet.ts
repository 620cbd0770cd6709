import { formatUrlState, type UrlState } from '../model/url-state.ts';

/** What the embed says of itself: its language, and its accessible name in that language. */
export interface EmbedLabel {
  lang: string;
  title: string;
}

/**
 * The HTML a newsroom pastes to embed the map at its current moment and in the reader's language:
 * an iframe resized by the host script, or the custom element. `page` is a page of the build, or the
 * folder it is hosted in.
 */
export function embedSnippet(page: string, state: UrlState, kind: 'iframe' | 'element', label: EmbedLabel): string {
  const base = new URL('./', page).href;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  if (kind === 'iframe') {
    const src = `${base}embed.html${formatUrlState(state, new URLSearchParams({ lang: label.lang }).toString())}`;
    return [
      `<iframe src="${esc(src)}" title="${esc(label.title)}" data-qantar`,
      `  style="width:100%;border:0" height="640" loading="lazy" allowfullscreen></iframe>`,
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
  return [`<script type="module" src="${esc(base)}qantar-map.js"></script>`, `<qantar-map${attrs}></qantar-map>`].join(
    '\n',
  );
}

import { formatUrlState, type UrlState } from '../model/url-state.ts';

/**
 * The HTML a newsroom pastes to embed the map at its current moment: an iframe resized by the host
 * script, or the custom element. `page` is a page of the build, or the folder it is hosted in.
 */
export function embedSnippet(page: string, state: UrlState, kind: 'iframe' | 'element'): string {
  const base = new URL('./', page).href;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  if (kind === 'iframe') {
    const src = `${base}embed.html${formatUrlState(state)}`;
    return [
      `<iframe src="${esc(src)}" title="Map: Kazakhstan, January 2022" data-qantar`,
      `  style="width:100%;border:0" height="640" loading="lazy" allowfullscreen></iframe>`,
      `<script src="${esc(base)}qantar-host.js" defer></script>`,
    ].join('\n');
  }
  const attrs = Object.entries({
    date: state.date,
    mode: state.mode,
    view: state.view && `${state.view.lng.toFixed(4)},${state.view.lat.toFixed(4)},${state.view.zoom.toFixed(2)}`,
  })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
  return [`<script type="module" src="${esc(base)}qantar-map.js"></script>`, `<qantar-map${attrs}></qantar-map>`].join(
    '\n',
  );
}

import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet.ts';

const base = 'https://maps.news.example/qantar/';
const label = {
  lang: 'ru',
  title: 'Карта: Қаңтар',
  pageDir: 'ru/',
  poster: { file: 'poster.ru.svg', alt: 'Карта: Қаңтар. 2 января 2022 г.: 5 событий', width: 920, height: 653 },
};
const state = { date: '2022-01-06', mode: 'day' as const, view: { lng: 76.9, lat: 43.25, zoom: 9 } };
/** The poster linked to the full page at the moment: the picture-and-link snippet, and the others' fallback. */
const picture = (lazy: boolean) =>
  '<a href="https://maps.news.example/qantar/ru/?date=2022-01-06&amp;mode=day&amp;view=76.9000,43.2500,9.00">' +
  '<img src="https://maps.news.example/qantar/poster.ru.svg" alt="Карта: Қаңтар. 2 января 2022 г.: 5 событий" width="920" height="653"' +
  `${lazy ? ' loading="lazy"' : ''} style="display:block;max-width:100%;height:auto"></a>`;

describe('embedSnippet', () => {
  it('picture: the poster, with its alt text, linked to the full page in the language at the moment', () => {
    expect(embedSnippet(base, state, 'picture', label)).toBe(picture(false));
  });

  it('iframe: the embed page at the current moment, the poster where it cannot show, and the host script', () => {
    expect(embedSnippet(base, state, 'iframe', label)).toBe(
      [
        '<iframe src="https://maps.news.example/qantar/embed.html?lang=ru&amp;date=2022-01-06&amp;mode=day&amp;view=76.9000,43.2500,9.00" title="Карта: Қаңтар" data-qantar',
        `  style="width:100%;border:0" height="640" loading="lazy" allowfullscreen>${picture(true)}</iframe>`,
        '<script src="https://maps.news.example/qantar/qantar-host.js" defer></script>',
      ].join('\n'),
    );
  });

  it('element: the script, the attributes, and the poster inside it in its box, where its script cannot run', () => {
    const snippet = embedSnippet(base, { date: '2022-01-05' }, 'element', { ...label, lang: 'en', pageDir: '' });
    expect(snippet).toBe(
      '<script type="module" src="https://maps.news.example/qantar/qantar-map.js" fetchpriority="low"></script>\n' +
        '<qantar-map date="2022-01-05" lang="en"><a href="https://maps.news.example/qantar/?date=2022-01-05">' +
        '<img src="https://maps.news.example/qantar/poster.ru.svg" alt="Карта: Қаңтар. 2 января 2022 г.: 5 событий" width="920" height="653" loading="lazy" style="display:block;width:100%;height:auto;aspect-ratio:4/3;min-height:300px;max-height:100vh;object-fit:contain"></a></qantar-map>',
    );
  });

  it.each(['iframe', 'element', 'picture'] as const)('%s: escapes what it quotes', (kind) => {
    const hostile = '"><script>';
    const snippet = embedSnippet('https://x.example/"><script>/', {}, kind, {
      lang: 'en',
      title: hostile,
      pageDir: '',
      poster: { file: hostile, alt: hostile, width: 1, height: 1 },
    });
    expect(snippet).not.toContain('"><script>');
  });
});

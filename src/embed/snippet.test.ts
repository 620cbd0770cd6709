import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet.ts';

const base = 'https://maps.news.example/qantar/';
const label = { lang: 'ru', title: 'Карта: Қаңтар' };
const state = { date: '2022-01-06', mode: 'day' as const, view: { lng: 76.9, lat: 43.25, zoom: 9 } };

describe('embedSnippet', () => {
  it('iframe: the embed page at the current moment, and the host script', () => {
    expect(embedSnippet(base, state, 'iframe', label)).toBe(
      [
        '<iframe src="https://maps.news.example/qantar/embed.html?lang=ru&amp;date=2022-01-06&amp;mode=day&amp;view=76.9000,43.2500,9.00" title="Карта: Қаңтар" data-qantar',
        '  style="width:100%;border:0" height="640" loading="lazy" allowfullscreen></iframe>',
        '<script src="https://maps.news.example/qantar/qantar-host.js" defer></script>',
      ].join('\n'),
    );
  });

  it('element: the script and the attributes', () => {
    expect(embedSnippet(base, { date: '2022-01-05' }, 'element', label)).toBe(
      '<script type="module" src="https://maps.news.example/qantar/qantar-map.js"></script>\n<qantar-map date="2022-01-05" lang="ru"></qantar-map>',
    );
  });

  it('escapes what it quotes', () => {
    expect(
      embedSnippet('https://x.example/"><script>/', {}, 'iframe', { lang: 'en', title: '"><script>' }),
    ).not.toContain('"><script>');
  });
});

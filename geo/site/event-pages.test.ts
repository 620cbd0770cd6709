// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { eventPageHtml } from './event-pages.ts';
import { eventBand, wrapWords } from './social-card.ts';
import { english } from '../../src/i18n/i18n.ts';
import { i18nFor } from '../../src/i18n/catalogues.ts';
import { themes } from '../../src/theme/theme.ts';
import type { StoryEventProperties } from '../../src/story/built.ts';

const event = {
  id: 'akimat-stormed',
  date: '2022-01-05',
  title: 'Almaty city hall stormed',
  summary: 'A crowd storms the akimat.',
  placeName: 'Almaty',
} as StoryEventProperties;

const read = (html: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = (key: string) =>
    doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
  return { doc, meta };
};

describe('eventPageHtml', () => {
  it('names the event in its title, description and card, and leads to the map at it', () => {
    const html = eventPageHtml({
      event,
      storyTitle: 'Qantar',
      lang: 'en',
      i18n: english,
      root: '../',
      url: 'https://maps.example/q/e/akimat-stormed.html',
      image: 'https://maps.example/q/e/akimat-stormed.png',
    });
    const { doc, meta } = read(html);
    expect(doc.title).toBe('Almaty city hall stormed · Qantar');
    expect(meta('og:title')).toBe('Almaty city hall stormed · Qantar');
    expect(meta('description')).toBe('5 January 2022 · Almaty. A crowd storms the akimat.');
    expect(meta('og:description')).toBe(meta('description'));
    expect(meta('og:url')).toBe('https://maps.example/q/e/akimat-stormed.html');
    expect(meta('og:image')).toBe('https://maps.example/q/e/akimat-stormed.png');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('robots')).toBe('noindex');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('a[data-qantar-map]')?.getAttribute('href')).toBe('../?event=akimat-stormed');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('../event-page.js');
    // No inline script or style: a strict CSP allows the page.
    expect(doc.querySelectorAll('script:not([src]), style, [style]')).toHaveLength(0);
  });

  it("in a language's folder: its words, and the site's script two folders up", async () => {
    const html = eventPageHtml({ event, storyTitle: 'Қаңтар', lang: 'ru', i18n: await i18nFor('ru'), root: '../../' });
    const { doc, meta } = read(html);
    expect(doc.documentElement.lang).toBe('ru');
    expect(meta('description')).toMatch(/^5 января 2022 г\. · Almaty\. /);
    expect(doc.querySelector('a[data-qantar-map]')?.textContent).toBe('Открыть это событие на карте');
    expect(doc.querySelector('script')?.getAttribute('src')).toBe('../../event-page.js');
    // Without the site's address the build knows no absolute URL to give.
    expect(meta('og:image')).toBeNull();
    expect(meta('og:url')).toBeNull();
  });

  it("writes the story's text as text", () => {
    const hostile = '"><script>alert(1)</script>';
    const html = eventPageHtml({
      event: { ...event, title: hostile, summary: hostile, placeName: hostile },
      storyTitle: hostile,
      lang: 'en',
      i18n: english,
      root: '../',
    });
    const { doc } = read(html);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(doc.title).toBe(`${hostile} · ${hostile}`);
  });
});

describe("an event card's band", () => {
  it('wraps words into lines, never splitting one', () => {
    expect(wrapWords('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(wrapWords('  extraordinarily long  ', 5)).toEqual(['extraordinarily', 'long']);
  });

  it.each([
    ['Almaty city hall stormed and set on fire', 1, 34],
    [
      'Чрезвычайное положение отменено в Шымкенте, Восточно-Казахстанской, Карагандинской и Туркестанской областях',
      2,
      28,
    ],
    ['word '.repeat(80), 2, 28],
  ])('"%.30s…": %i line(s) at %i px', (title, lines, size) => {
    const band = eventBand(title, '5 January 2022 · Qantar', themes.light, 1200);
    const texts = [...band.matchAll(/<text [^>]*font-size="(\d+)"[^>]*>([^<]*)</g)];
    expect(texts).toHaveLength(lines + 1);
    for (const [, s, text] of texts.slice(0, lines)) {
      expect(Number(s)).toBe(size);
      // Each line within the card, at the type's average advance.
      expect(32 + text.length * size * 0.58).toBeLessThanOrEqual(1200 - 32);
    }
  });
});

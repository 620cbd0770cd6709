import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { budgetBytes, KB, pageStory, sumPart, weigh, type FileWeight } from '../../bench/bytes.ts';
import { launch, mapIdle, watchedPage } from './chromium.ts';
import { dist, serveStatic, type StaticServer } from './static-server.ts';
import { articlePage, snippetFor } from './articles.ts';

/**
 * What the map costs the pages it is in, counted at the server (a worker's requests included, which a
 * page's own request log misses), each file once as a host's caching serves it, gzip-sized as a host
 * sends it (bench/bytes.ts; 1 KB = 1,000 bytes):
 * - an article with the map on its first screen, before any reach: everything, HTML and CSS included,
 *   within 120 KB, and nothing of MapLibre's;
 * - an article with the map far below its fold: within 5 KB beyond the article itself, until it is near;
 * - index.html, on top of MapLibre: code, story, base map data and fonts; its relief within 40 KB.
 *   The target is 100 KB (DECISIONS §5) and is not met: measured 137.6 KB (app code about 62, base map
 *   data 42.5 with the inset's city map, story 16.7, fonts 13.2; bench/RESULTS.md has the parts), up from
 *   121 with the corrections, the open data's links, the drawer's keyboard code, the host API's queue and
 *   the light guest's own code (132.7), then event links and the video's button (the dialog and the embed
 *   code's writer load on first use), then 138.1 with the live map's words in three languages and the wait
 *   for the first paint that the page now shares with the element (a chunk of 0.3 KB of its own), then 138.8
 *   with the app imported only after the first paint (the entry's list of what to preload with it; the small
 *   shared modules are one chunk again, which saved most of what the split had cost), then 138.95 with the
 *   worker that starts ICU off the main thread (0.2 KB). This holds that figure against growth.
 */
const BUDGET = { article: 120, far: 5, page: 139, relief: 40 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/**
 * The files a server of the build sent for a page (an article, `html` made for the server's address,
 * beside the build), each once, weighed; `settle` waits until the page is done.
 */
async function served(path: string, html: ((base: string) => string) | null, settle: (page: Page) => Promise<void>) {
  const pages: Record<string, string> = {};
  const local: StaticServer = await serveStatic(dist, {}, pages);
  if (html) pages[`/${path}`] = html(local.url);
  try {
    const { page, problems } = await watchedPage(browser, new URL(local.url).origin);
    await page.goto(local.url + path);
    await settle(page);
    await page.close();
    expect(problems).toEqual([]);
    return [...new Set(local.takeLog())].flatMap((p): FileWeight[] => {
      const bytes =
        pages[p] !== undefined
          ? Buffer.from(pages[p])
          : readFileSync(join(dist, p.endsWith('/') ? `${p}index.html` : p));
      const story = p.endsWith('.html') || p.endsWith('/') ? pageStory(p, bytes) : null;
      return [weigh(p, bytes), ...(story ? [story] : [])];
    });
  } finally {
    await local.close();
  }
}

const total = (files: FileWeight[]) => files.reduce((t, f) => t + (f.path.endsWith('(its story)') ? 0 : f.gzip), 0);
const detail = (files: FileWeight[]) => files.map((f) => `${f.path}: ${(f.gzip / KB).toFixed(1)} KB gzip`).join('\n');
const hasMapLibre = (files: FileWeight[]) =>
  files.filter((f) => (f.parts.maplibre ?? 0) > 0 || f.mapLibreCss || /maplibre/.test(f.path)).map((f) => f.path);

describe('byte budget', () => {
  it.each(['element', 'iframe'] as const)(
    `an article with the map (%s) on its first screen, before any reach: ${BUDGET.article} KB in all, none of MapLibre`,
    async (kind) => {
      const html = (base: string) => articlePage(snippetFor(dist, base, kind), 'first');
      const files = await served('article.html', html, async (page) => {
        // The static map painted: the element's in its shadow root, the iframe's in its frame.
        await page.waitForFunction(
          (kind) => {
            const root =
              kind === 'element'
                ? document.querySelector('qantar-map')?.shadowRoot
                : document.querySelector('iframe')?.contentDocument;
            return !!root?.querySelector('[data-static-map] svg [data-story="marks"] [data-marker-id]');
          },
          kind,
          { timeout: 60_000 },
        );
        await page.waitForTimeout(2000);
      });
      expect(total(files) / KB, detail(files)).toBeLessThanOrEqual(BUDGET.article);
      expect(hasMapLibre(files), detail(files)).toEqual([]);
    },
  );

  it(`an article with the map far below: ${BUDGET.far} KB beyond the article until it is near`, async () => {
    const html = (base: string) => articlePage(snippetFor(dist, base, 'element'), 'far');
    const files = await served('article.html', html, (page) => page.waitForTimeout(3000));
    const map = files.filter((f) => f.path !== '/article.html');
    expect(map.map((f) => f.path)).toEqual(expect.arrayContaining(['/qantar-map.js']));
    expect(total(map) / KB, detail(map)).toBeLessThanOrEqual(BUDGET.far);
  });

  it(`index.html: code, story, base map data and fonts within ${BUDGET.page} KB on top of MapLibre, relief within ${BUDGET.relief} KB`, async () => {
    const files = await served('', null, async (page) => {
      await mapIdle(page);
      await page.waitForTimeout(1000);
    });
    expect(budgetBytes(files) / KB, detail(files)).toBeLessThanOrEqual(BUDGET.page);
    expect(sumPart(files, 'relief') / KB, detail(files)).toBeLessThanOrEqual(BUDGET.relief);
    // The sources and the other languages are fetched only when asked for.
    expect(files.map((f) => f.path).filter((p) => /sources|story\.[a-z]+\.geojson/.test(p))).toEqual([]);
  });
});

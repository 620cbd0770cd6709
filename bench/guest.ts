/**
 * The map as a light guest (issue 26), with its own article pages: the article alone (short, and as long
 * as the far one), with the element on its first screen, with the element far below its fold, with the iframe on its first screen; and the
 * floor a map can reach, a plain page with the prerendered static map inline. What each page downloads,
 * counted at the server (each path once, gzip, by part: HTML, CSS, code, story, data, fonts, images and
 * MapLibre); the main thread's long tasks while the map is far; and how long the reader waits for the
 * interactive map after reaching for it, at 4× CPU, against a MapLibre-only page's start to first idle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { watchedPage } from '../test/browser/chromium.ts';
import { articlePage, snippetFor } from '../test/browser/articles.ts';
import { pageStory, sumPart, weigh, type FileWeight, type Part } from './bytes.ts';
import { assertClean, probe, probeScript, VIEWPORT } from './pages.ts';
import type { BenchServer } from './server.ts';
import { summarize, type Summary } from './stats.ts';

/** The bench's article pages, by the name the report gives them, under the `host` mount. */
export const ARTICLES = {
  'Article alone': 'article.html',
  'Article alone, as long as the far one': 'article-long.html',
  'Article, element on the first screen': 'article-element.html',
  'Article, element far below': 'article-far.html',
  'Article, iframe on the first screen': 'article-iframe.html',
  'Static floor (inline SVG)': 'floor.html',
} as const;
export type ArticleName = keyof typeof ARTICLES;

/**
 * Writes the article pages into the host folder, their snippets pointing at the build where the bench's
 * servers mount it (`/app/`, on the same origin, for any server), and the floor page: index.html's
 * prerendered static map, alone in a plain page.
 */
export function writeArticles(dir: string, dist: string): void {
  const app = '/app/';
  // The copy-embed button writes absolute addresses: made root-relative, so any of the bench's servers serves them.
  const snippet = (kind: 'element' | 'iframe') =>
    snippetFor(dist, `http://host${app}`, kind).replaceAll('http://host', '');
  const pages: Record<string, string> = {
    'article.html': articlePage('', 'none'),
    // The far map's own article without it: two hundred paragraphs take longer to lay out and paint than twelve.
    'article-long.html': articlePage('', 'far'),
    'article-element.html': articlePage(snippet('element'), 'first'),
    'article-far.html': articlePage(snippet('element'), 'far'),
    'article-iframe.html': articlePage(snippet('iframe'), 'first'),
  };
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const svg = index.match(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*?<\/svg>/)![0];
  // The relief image is the build's: the floor page refers to it where the build serves it.
  const floor = articlePage(
    `<figure style="margin:0">${svg.replace(/href="data\//g, `href="${app}data/`)}</figure>`,
    'first',
  );
  pages['floor.html'] = floor;
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(dir, file), html);
}

export interface GuestWeight {
  page: ArticleName | 'index.html';
  /** Before any reach: the map painted (or, far below, the article settled). */
  parts: Record<Part, number>;
  total: number;
  files: FileWeight[];
}

const PARTS: Part[] = ['html', 'css', 'app', 'story', 'data', 'fonts', 'relief', 'images', 'maplibre'];

/** The server's log for one page load, each path once, weighed by part. */
async function weighPage(
  browser: Browser,
  server: BenchServer,
  url: string,
  settle: (page: Page) => Promise<void>,
): Promise<{ files: FileWeight[]; parts: Record<Part, number>; total: number }> {
  server.takeLog();
  const watched = await watchedPage(browser, server.origin, VIEWPORT);
  await watched.page.goto(url);
  await settle(watched.page);
  assertClean(watched, url);
  await watched.page.close();
  const served = [...new Map(server.takeLog().map((s) => [s.path, s])).values()];
  const files = served.flatMap((s) => {
    const bytes = readFileSync(s.file!);
    const story = s.path.endsWith('.html') || s.path.endsWith('/') ? pageStory(s.path, bytes) : null;
    return [weigh(s.path, bytes), ...(story ? [story] : [])];
  });
  const parts = Object.fromEntries(PARTS.map((p) => [p, sumPart(files, p)])) as Record<Part, number>;
  // A page's story is counted as story inside its HTML's bytes: the total counts each byte once.
  const total = files.reduce((t, f) => t + (f.path.endsWith('(its story)') ? 0 : f.gzip), 0);
  return { files, parts, total };
}

/** Whether the map in the page (an element's shadow root, an iframe's document) shows its static map's events. */
const staticPainted = (page: Page) =>
  page.waitForFunction(
    () => {
      const roots = [
        document,
        ...[...document.querySelectorAll('qantar-map')].map((m) => m.shadowRoot),
        ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument),
      ];
      return roots.some((r) => r?.querySelector('[data-static-map] [data-marker-id]'));
    },
    undefined,
    { timeout: 120_000 },
  );

/** Each article page's weight before any reach, and index.html's until its live map is idle. */
export async function measureGuestWeight(browser: Browser, server: BenchServer): Promise<GuestWeight[]> {
  server.setStory(null);
  const results: GuestWeight[] = [];
  for (const [name, file] of Object.entries(ARTICLES) as [ArticleName, string][]) {
    const settle = async (page: Page) => {
      if (name.startsWith('Article,') && !name.includes('far')) await staticPainted(page);
      await page.waitForTimeout(3000);
    };
    results.push({ page: name, ...(await weighPage(browser, server, server.url('host') + file, settle)) });
  }
  results.push({
    page: 'index.html',
    ...(await weighPage(browser, server, server.url('app'), async (page) => {
      await page.locator('[data-map-state="idle"]').waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1000);
    })),
  });
  return results;
}

export interface FarResult {
  /** Long tasks (over 50 ms) in the first seconds of an article whose map is far below. */
  longTasks: number[];
  seconds: number;
}

/** The far article's main thread while the reader reads the top: its long tasks. */
export async function measureFar(browser: Browser, server: BenchServer, seconds = 5): Promise<FarResult> {
  const watched = await watchedPage(browser, server.origin, VIEWPORT);
  await watched.page.addInitScript(probeScript);
  await watched.page.goto(server.url('host') + ARTICLES['Article, element far below']);
  await watched.page.waitForTimeout(seconds * 1000);
  const longTasks = (await probe(watched.page)).longTasks.map((t) => Math.round(t.duration));
  assertClean(watched, 'far article');
  await watched.page.close();
  return { longTasks, seconds };
}

export interface ReachResult {
  /** From the reader's click on the static map's zoom button to the live map drawn and handed over, ms. */
  reach: Summary;
  /** A MapLibre-only page's navigation to its first idle, ms. */
  baseline: Summary;
  /** The zoom the live map opened at over the static map's, after the click: the click was carried out. */
  zoomApplied: boolean;
  cpuSlowdown: number;
}

const SLOWDOWN = 4;

/**
 * At 4× CPU: the reader comes near the map (the pointer over it, which fetches its code), reads for a
 * second, then clicks its zoom button; the wait is from the click to the live map drawn and handed over.
 * Against that, a MapLibre-only page's start (navigation) to its first idle, in the same run.
 */
export async function measureReach(
  browser: Browser,
  server: BenchServer,
  baselineUrl: string,
  runs: number,
): Promise<ReachResult> {
  const reach: number[] = [];
  const baseline: number[] = [];
  let zoomApplied = true;
  for (let run = 0; run < runs; run++) {
    const watched = await watchedPage(browser, server.origin, VIEWPORT);
    const { page } = watched;
    await page.goto(server.url('host') + ARTICLES['Article, element on the first screen']);
    await staticPainted(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    const map = page.locator('qantar-map');
    await map.hover();
    await page.waitForTimeout(1000);
    const zoom = page.locator('qantar-map').getByRole('button', { name: 'Zoom in' });
    const t0 = await page.evaluate(() => performance.now());
    await zoom.click();
    const [t1, zoomed] = await page.evaluate(
      () =>
        // No named function in here: tsx would wrap it in a helper (`__name`) the page does not have.
        new Promise<[number, number]>((resolve) => {
          const timer = setInterval(() => {
            const root = document.querySelector('qantar-map')!.shadowRoot!;
            const container = root.querySelector<HTMLElement & { qantarMap?: { getZoom(): number } }>(
              '.live-map.live [data-map-state="idle"]',
            );
            if (!container?.qantarMap) return;
            clearInterval(timer);
            resolve([performance.now(), container.qantarMap.getZoom()]);
          }, 20);
        }),
    );
    reach.push(t1 - t0);
    zoomApplied &&= zoomed > 3;
    await cdp.detach();
    assertClean(watched, 'reach');
    await page.close();

    const base = await watchedPage(browser, server.origin, VIEWPORT);
    await base.page.addInitScript(probeScript);
    const bcdp = await base.page.context().newCDPSession(base.page);
    await bcdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await base.page.goto(baselineUrl);
    await base.page.locator('[data-map-state="idle"]').waitFor({ timeout: 180_000 });
    const { idleAt } = await probe(base.page);
    if (idleAt === null) throw new Error('no idle time recorded for the MapLibre-only page');
    baseline.push(idleAt);
    await bcdp.detach();
    assertClean(base, 'reach baseline');
    await base.page.close();
  }
  return { reach: summarize(reach), baseline: summarize(baseline), zoomApplied, cpuSlowdown: SLOWDOWN };
}

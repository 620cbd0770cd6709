import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MapContainer } from '../../src/map/create-map.ts';
import { FIRST_PAINT_WAIT } from '../../src/app/first-paint.ts';
import {
  axeViolations,
  launch,
  mapIdle,
  mapSettled,
  blobWorkers,
  paintAndStart,
  requestPriorities,
  staticReady,
  watchedPage,
} from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('with JavaScript off', () => {
  it.each(['', 'embed.html'])('%s shows the map as SVG and the first day’s events', async (path) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl + path);
    const svg = page.locator('[data-static-map] svg');
    expect(await svg.count()).toBe(1);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(await page.locator('[data-static-map] [data-marker-id]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-static-map] text').evaluateAll((ts) => ts.map((t) => t.textContent))).toEqual(
      expect.arrayContaining(['Almaty', 'Aktau']),
    );
    if (path) {
      // The embed fits its iframe's box: the day in one line (its drawer of events needs the script).
      expect(await page.getByText(/^2 January 2022 · \d+ events$/).count()).toBe(1);
    } else {
      const panel = await page.locator('.side').innerText();
      expect(panel).toContain('2 January 2022');
      expect(panel).toContain('Fuel-price protest begins in Zhanaozen');
    }
    await context.close();
  });
});

describe('a page of its own paints before its app starts', () => {
  it.each(['', 'embed.html'])('%s: its first contentful paint, then the app', async (path) => {
    const { page, problems } = await watchedPage(browser, new URL(baseUrl).origin, { width: 1280, height: 800 });
    const priority = await requestPriorities(page);
    const workers = blobWorkers(page);
    // Whether the app's code had run (Svelte's runtime says so on window) when the first paint was shown.
    await page.addInitScript(() =>
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length)
          (window as unknown as { ranBeforePaint: boolean }).ranBeforePaint = '__svelte' in window;
      }).observe({ type: 'paint' }),
    );
    await page.goto(baseUrl + path);
    const { paint, start } = await paintAndStart(page);
    expect(await page.evaluate(() => (window as unknown as { ranBeforePaint?: boolean }).ranBeforePaint)).toBe(false);
    // Its code, which waits for the paint anyway, does not take the connection from what is painted.
    // The page's own code as its HTML declares it (the app preloads what it imports later itself).
    const html = await (await page.request.get(baseUrl + path)).text();
    const declared = [
      ...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\.\/([^"]+)"/g),
    ].map(([, file]) => new URL(file, baseUrl + path).pathname);
    expect(declared.length).toBeGreaterThan(3);
    expect(declared.map((p) => [p, priority.get(p)]).filter(([, level]) => level !== 'Low')).toEqual([]);
    // The full page preloads its relief, the largest paint, at high priority.
    if (path === '') expect(priority.get('/data/relief/region.png')).toBe('High');
    // After the paint; or, where software rendering (SwiftShader) takes longer to show it, after the wait.
    if (start < FIRST_PAINT_WAIT) expect(paint).toBeLessThanOrEqual(start);
    // ICU's start (the first date formatted) taken off the main thread by a worker that ends.
    await expect.poll(() => workers).toEqual([{ url: expect.stringMatching(/^blob:/), ended: true }]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('on a phone', () => {
  it('every link and button is a target a finger can hit: 24 px, or room around it', async () => {
    const { page, problems } = await watchedPage(browser, new URL(baseUrl).origin, { width: 412, height: 823 });
    await page.goto(baseUrl);
    await staticReady(page);
    // WCAG 2.2's target size, which axe leaves off by default and Lighthouse checks.
    expect(await axeViolations(page, ['target-size'])).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** Where the static map drew a town's dot, and where MapLibre draws the same point, in page pixels. */
async function positions(page: Page, town: string, lngLat: [number, number]) {
  return page.evaluate(
    ({ town, lngLat }) => {
      const dot = document.querySelector(`[data-static-map] [data-town="${town}"]`)!.getBoundingClientRect();
      const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
      const p = map.project(lngLat);
      const canvas = map.getCanvas().getBoundingClientRect();
      return {
        svg: { x: dot.left + dot.width / 2, y: dot.top + dot.height / 2 },
        gl: { x: canvas.left + p.x, y: canvas.top + p.y },
      };
    },
    { town, lngLat },
  );
}

describe('MapLibre takes over from the static map', () => {
  it.each([375, 1280])('at %s px: the same places on the same pixels, and nothing shifts', async (width) => {
    const { page, problems } = await watchedPage(browser, new URL(baseUrl).origin, { width, height: 800 });
    await page.addInitScript(() => {
      type Shift = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Element; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      };
      const seen = window as unknown as { shifts: number; shifted: string[] };
      seen.shifts = 0;
      seen.shifted = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Shift[]) {
          if (e.hadRecentInput) continue;
          seen.shifts += e.value;
          // What moved, from where to where, for the failure's message.
          for (const { node, previousRect: a, currentRect: b } of e.sources)
            seen.shifted.push(
              `${Math.round(e.startTime)} ms ${node?.nodeName}.${node?.getAttribute?.('class')}: ` +
                `${[a.x, a.y, a.width, a.height].map(Math.round)} → ${[b.x, b.y, b.width, b.height].map(Math.round)}`,
            );
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(baseUrl);
    await mapIdle(page);
    await page.locator('[data-static-map].hidden').waitFor({ state: 'attached' });
    for (const [town, at] of [
      ['almaty', [76.9115, 43.2525]],
      ['aktau', [51.1739, 43.6611]],
      ['moscow', [37.6178, 55.752]],
    ] as const) {
      const { svg, gl } = await positions(page, town, [at[0], at[1]]);
      expect(Math.abs(svg.x - gl.x), `${town} x`).toBeLessThanOrEqual(3);
      expect(Math.abs(svg.y - gl.y), `${town} y`).toBeLessThanOrEqual(3);
    }
    // The static map is out of sight and out of the accessibility tree.
    expect(await page.locator('[data-static-map]').getAttribute('aria-hidden')).toBe('true');
    const { shifts, shifted } = await page.evaluate(() => {
      const { shifts, shifted } = window as unknown as { shifts: number; shifted: string[] };
      return { shifts, shifted };
    });
    expect(shifts, shifted.join('\n')).toBeLessThan(0.05);
    if (width < 480) {
      // The small map's credits stay shut behind their (i) until the reader opens them, and then stay open.
      const credits = page.locator('.maplibregl-ctrl-attrib');
      expect(await credits.getAttribute('class')).not.toContain('maplibregl-compact-show');
      await credits.locator('summary').click();
      expect(await credits.getAttribute('class')).toContain('maplibregl-compact-show');
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await mapSettled(page);
      expect(await credits.getAttribute('class')).toContain('maplibregl-compact-show');
    }
    await page.screenshot({ path: `test-results/screenshots/swap-${width}.png` });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the social card', () => {
  it('is a 1200 × 630 PNG, the same bytes when drawn again from the same build', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PNG } = await import('pngjs');
    const { dist } = await import('./static-server.ts');
    const { readBaseData, svgToPng } = await import('../../geo/site/static-map.ts');
    const { socialCard } = await import('../../geo/site/social-card.ts');
    const { english } = await import('../../src/i18n/i18n.ts');
    const built = readFileSync(join(dist, 'social.png'));
    const png = PNG.sync.read(built);
    expect([png.width, png.height]).toEqual([1200, 630]);
    const story = JSON.parse(readFileSync(join(dist, 'data/story.geojson'), 'utf8'));
    const again = await svgToPng(socialCard(await readBaseData(dist, story), story, english), dist);
    expect(again.equals(built)).toBe(true);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
    expect(html).toContain('<meta name="twitter:card"');
  });
});

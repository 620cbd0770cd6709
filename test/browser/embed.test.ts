import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import {
  drawn,
  launch,
  mapLibreStarts,
  reachFor,
  staticMarkers,
  staticReady,
  watchedPage,
  type WatchedPage,
} from './chromium.ts';
import { dist, serveStatic, type StaticServer } from './static-server.ts';
import { buildVariants } from './variant.ts';

const require = createRequire(import.meta.url);
const baseUrl = inject('baseUrl');
const shots = 'test-results/screenshots';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** MapLibre has drawn everything in the page, the frame or the element `within` picks. */
const idle = (scope: Page | FrameLocator, within = '') =>
  scope.locator(`${within} [data-map-state="idle"]`.trim()).first().waitFor({ timeout: 30_000 });
const heights = (page: Page) =>
  page.evaluate(() => {
    const f = document.querySelector<HTMLIFrameElement>('#qantar-iframe')!;
    return { frame: f.getBoundingClientRect().height, content: f.contentDocument!.documentElement.scrollHeight };
  });
/** The story's category of each event, by id: what the static map's markers stand for. */
const categoryOf: Record<string, string> = Object.fromEntries(
  JSON.parse(readFileSync(join(dist, 'data/story.geojson'), 'utf8')).features.map(
    (f: { properties: { id: string; category: string } }) => [f.properties.id, f.properties.category],
  ),
);
const categories = (ids: string[]) => [...new Set(ids.map((id) => categoryOf[id]))].sort();

/**
 * The example article: an iframe sized by the host script and an element, both waiting for the
 * reader's reach (`loading="interaction"`, the default). Everything it checks but the last is done
 * on the static map; nothing here reaches for a map, so MapLibre must never start.
 */
describe.each([375, 1280])('the example article at %i px', (width) => {
  let w: WatchedPage;
  let page: Page;
  let frame: FrameLocator;
  let started: () => string[];

  beforeAll(async () => {
    w = await watchedPage(browser, new URL(baseUrl).origin, { width, height: 900 });
    page = w.page;
    started = mapLibreStarts(page);
    await page.goto(`${baseUrl}example.html`);
    frame = page.frameLocator('#qantar-iframe');
    await staticReady(frame);
    // On a phone the element is below the fold: its app comes when it is near.
    await page.locator('qantar-map').scrollIntoViewIfNeeded();
    await staticReady(page, 'qantar-map');
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  afterAll(() => page.close());

  it('loads none of MapLibre’s code before the reader points at a map', () => {
    expect(started()).toEqual([]);
  });

  it('sizes the iframe to its content', async () => {
    await page.waitForFunction(() => {
      const f = document.querySelector<HTMLIFrameElement>('#qantar-iframe')!;
      return Math.abs(f.getBoundingClientRect().height - f.contentDocument!.documentElement.scrollHeight) <= 3;
    });
    const { frame: h, content } = await heights(page);
    expect(Math.abs(h - content)).toBeLessThanOrEqual(3);
    expect(h).toBeGreaterThan(400);
    // Sized by its host, the embed shows its full layout: the key under the map, the day's events listed.
    await frame.getByRole('group', { name: 'Key' }).waitFor();
    expect(await frame.getByRole('button', { name: 'Events of the day' }).count()).toBe(0);
    await page.locator('#qantar-iframe').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/example-${width}.png` });
  });

  it('steals no focus on load', async () => {
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('the host sets the date through the host API, and the static map follows', async () => {
    await page.getByText('The map shows 2022-01-05.').waitFor();
    expect(await staticMarkers(frame)).not.toContain('csto-force-deployed');
    await page.getByRole('button', { name: 'Go to 6 January' }).click();
    await frame.locator('[aria-valuetext^="6 January 2022"]').waitFor();
    await page.getByText('The map shows 2022-01-06.').waitFor();
    // The CSTO's force is deployed on 6 January.
    await expect.poll(() => staticMarkers(frame)).toContain('csto-force-deployed');
  });

  it('the slider in the iframe works by keyboard, and the host hears the new date', async () => {
    const slider = frame.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^7 January 2022, /);
    await page.getByText('The map shows 2022-01-07.').waitFor();
  });

  it('the element takes attributes, methods and tells its date, apart from the iframe', async () => {
    const el = page.locator('#qantar-element');
    expect(await el.evaluate((e: HTMLElement & { date: string }) => e.date)).toBe('2022-01-06');
    expect(await el.locator('[data-event-id]').count()).toBe(0); // panel="false"
    // layers="csto": the static map draws the CSTO's events alone.
    expect(categories(await staticMarkers(page, '#qantar-element'))).toEqual(['csto']);
    const heard = await el.evaluate(
      (e: HTMLElement & { setDate(d: string): void }) =>
        new Promise<string>((resolve) => {
          e.addEventListener('qantar:date', (ev) => resolve((ev as CustomEvent<{ date: string }>).detail.date), {
            once: true,
          });
          e.setDate('2022-01-09');
        }),
    );
    expect(heard).toBe('2022-01-09');
    expect(await el.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toMatch(/^9 January/);
    expect(await frame.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toMatch(/^7 January/);
  });

  it('leaves the page scroll alone: the wheel over the static map scrolls the article and is no reach', async () => {
    const el = page.locator('#qantar-element');
    await el.scrollIntoViewIfNeeded();
    const box = (await el.locator('[data-static-map]').boundingBox())!;
    const before = await page.evaluate(() => scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Up: on a phone the element is the last thing on the page, which cannot scroll further down.
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((y) => scrollY !== y, before);
    expect(await el.locator('[data-map-state]').count()).toBe(0);
  });

  it('has unique ids, no page error and no request off the origin; nothing reached, so no MapLibre', async () => {
    const ids = await page
      .locator('qantar-map [id]')
      .evaluateAll((els) => els.map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i));
    expect(ids).toEqual([]);
    expect(await page.locator('qantar-map [data-map-state]').count()).toBe(0);
    expect(await frame.locator('[data-map-state]').count()).toBe(0);
    // The pointer over a map fetched MapLibre's code ahead of a reach (MapStage's warm-up); none started.
    expect(w.problems).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});

describe('two elements on one page, one of them live (loading="eager")', () => {
  let w: WatchedPage;
  beforeAll(async () => {
    w = await watchedPage(browser, new URL(baseUrl).origin, { width: 1000, height: 900 });
    await w.page.goto(`${baseUrl}example.html`);
    await w.page.evaluate(() => {
      const second = document.createElement('qantar-map');
      second.id = 'second';
      second.setAttribute('date', '2022-01-03');
      second.setAttribute('loading', 'eager');
      document.querySelector('article')!.append(second);
    });
    await idle(w.page, '#second');
  });
  afterAll(() => w.page.close());

  it('each keeps its own date, keys and ids', async () => {
    await w.page.locator('#qantar-element').scrollIntoViewIfNeeded();
    await staticReady(w.page, '#qantar-element');
    const second = w.page.locator('#second').getByRole('slider', { name: 'Date' });
    await second.focus();
    await w.page.keyboard.press('End');
    expect(await second.getAttribute('aria-valuetext')).toMatch(/^19 January/);
    const first = w.page.locator('#qantar-element').getByRole('slider', { name: 'Date' });
    expect(await first.getAttribute('aria-valuetext')).toMatch(/^6 January/);
    // Ids are unique in each tree they live in: the page's, and each element's shadow root (where the static
    // map's shapes are referred to by id).
    const dupes = await w.page.evaluate(() =>
      [document, ...[...document.querySelectorAll('qantar-map')].map((el) => el.shadowRoot!)].flatMap((root) =>
        [...root.querySelectorAll('[id]')].map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i),
      ),
    );
    expect(dupes).toEqual([]);
    expect(w.problems).toEqual([]);
  });

  it('the live map leaves the page scroll alone too: the wheel scrolls the article, not the map', async () => {
    const el = w.page.locator('#second');
    await el.scrollIntoViewIfNeeded();
    const box = (await el.locator('[data-map-state]').boundingBox())!;
    const zoom = () =>
      el.evaluate((e) =>
        (
          e.shadowRoot!.querySelector('[data-map-state]') as HTMLElement & { qantarMap: { getZoom(): number } }
        ).qantarMap.getZoom(),
      );
    const before = { zoom: await zoom(), scroll: await w.page.evaluate(() => scrollY) };
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Up: the element is the last thing on the page, which cannot scroll further down.
    await w.page.mouse.wheel(0, -300);
    await w.page.waitForFunction((y) => scrollY !== y, before.scroll);
    expect(await zoom()).toBe(before.zoom);
    expect(w.problems).toEqual([]);
  });
});

describe('hosted on another origin', () => {
  let host: StaticServer;
  const appOrigin = new URL(baseUrl).origin;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qantar-host-'));
    copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), join(dir, 'pym.v1.min.js'));
    writeFileSync(
      join(dir, 'pym.html'),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><div id="map"></div>
       <script src="pym.v1.min.js"></script>
       <script>window.parent_ = new pym.Parent('map', '${baseUrl}embed.html?date=2022-01-06', {});</script>`,
    );
    writeFileSync(
      join(dir, 'host.html'),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
       <iframe id="f" data-qantar style="width:100%;border:0" height="600"></iframe>
       <script src="${baseUrl}qantar-host.js"></script>`,
    );
    // The iframe a CMS keeps when it strips scripts: a fixed height, nothing to resize it.
    writeFileSync(
      join(dir, 'fixed.html'),
      `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Fixed</title>
       <iframe id="f" src="${baseUrl}embed.html?date=2022-01-05" title="Map" style="display:block;border:0"></iframe>
       <p id="after">After.</p></html>`,
    );
    writeFileSync(
      join(dir, 'fixed-script.html'),
      `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>Fixed</title>
       <iframe id="f" data-qantar="fixed" src="${baseUrl}embed.html?date=2022-01-05" title="Map" style="display:block;border:0"></iframe>
       <script src="${baseUrl}qantar-host.js"></script>
       <script>document.getElementById('f').addEventListener('qantar:ready', (e) => (window.readyDate = e.detail.date));</script></html>`,
    );
    host = await serveStatic(dir);
  });
  afterAll(() => host?.close());

  /**
   * Sizes the iframe, then checks that nothing scrolls inside it (the map's box, the slider and play
   * are in it) and that the day's events open as a drawer inside the box; closes the drawer again.
   */
  async function fitsItsBox(w: WatchedPage, width: number, height: number, name: string) {
    await w.page.locator('#f').evaluate(
      (f: HTMLIFrameElement, [w, h]) => {
        f.style.width = `${w}px`;
        f.style.height = `${h}px`;
      },
      [width, height],
    );
    const frame = w.page.frameLocator('#f');
    await staticReady(frame);
    const fits = () =>
      frame.locator('html').evaluate((html) => {
        const inside = (el: Element | null) => {
          const r = el!.getBoundingClientRect();
          return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
        };
        return {
          scrolls: html.scrollHeight > innerHeight + 1,
          map: inside(document.querySelector('.stage')) && inside(document.querySelector('[data-static-map] svg')),
          slider: inside(document.querySelector('input[type="range"]')),
          play: inside(document.querySelector('button[aria-label="Play"]')),
        };
      });
    // The embed lays itself out again for its new box.
    await expect.poll(fits).toEqual({ scrolls: false, map: true, slider: true, play: true });
    const opener = frame.getByRole('button', { name: 'Events of the day' });
    await opener.click();
    const drawer = (await frame.locator('[part="drawer"]').boundingBox())!;
    expect(drawer.y + drawer.height).toBeLessThanOrEqual((await w.page.locator('#f').boundingBox())!.y + height + 0.5);
    expect(await frame.locator('[part="drawer"] .meta').count()).toBeGreaterThan(0);
    await w.page.screenshot({ path: `${shots}/iframe-${name}-${width}x${height}.png` });
    await w.page.keyboard.press('Escape');
    await frame.locator('[part="drawer"]').waitFor({ state: 'detached' });
  }

  describe('at a fixed size with no host script', () => {
    let w: WatchedPage;
    beforeAll(async () => {
      w = await watchedPage(browser, new URL(host.url).origin, { width: 1240, height: 1000 });
      await w.page.goto(host.url + 'fixed.html');
    });
    afterAll(() => w.page.close());

    // One page, its iframe sized in turn: the embed fits each box it is given.
    it.each([
      [320, 360],
      [700, 520],
      [1200, 800],
    ])('at %s × %s, fits its box', async (width, height) => {
      await fitsItsBox(w, width, height, 'fixed');
      expect(w.problems).toEqual([]);
    });
  });

  it('at a fixed 700 × 520 marked fixed for the host script, fits its box; the host heard "ready" on its date', async () => {
    const w = await watchedPage(browser, new URL(host.url).origin, { width: 740, height: 720 });
    await w.page.goto(host.url + 'fixed-script.html');
    await fitsItsBox(w, 700, 520, 'fixed-script');
    // The host script heard "ready" with the date the embed shows, not the prerendered page's first day.
    expect(await w.page.evaluate(() => (window as unknown as { readyDate?: string }).readyDate)).toBe('2022-01-05');
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it("is resized by Pym.js's own parent script", async () => {
    const w = await watchedPage(browser, new URL(host.url).origin, { width: 700, height: 900 });
    await w.page.goto(`${host.url}pym.html`);
    const frame = w.page.frameLocator('#map iframe');
    await staticReady(frame);
    await w.page.waitForFunction(() => {
      const f = document.querySelector('#map iframe');
      return f && Number(f.getAttribute('height')?.replace('px', '')) > 400;
    });
    const content = () => frame.locator('html').evaluate((h) => h.scrollHeight);
    const set = () =>
      w.page.locator('#map iframe').evaluate((f) => Number(f.getAttribute('height')!.replace('px', '')));
    await expect.poll(async () => Math.abs((await set()) - (await content()))).toBeLessThanOrEqual(3);
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('obeys its host when the host origin matches', async () => {
    const w = await watchedPage(browser, new URL(host.url).origin, { width: 900, height: 900 });
    await w.page.goto(`${host.url}host.html`);
    const src = `${appOrigin}/embed.html?date=2022-01-05&hostOrigin=${encodeURIComponent(new URL(host.url).origin)}`;
    await w.page.locator('#f').evaluate((f: HTMLIFrameElement, s) => (f.src = s), src);
    // The host script queues the call until the embed says it is ready.
    await w.page.evaluate(() => {
      const q = (window as unknown as { Qantar: { setDate(f: Element, d: string): void } }).Qantar;
      q.setDate(document.querySelector('#f')!, '2022-01-10');
      // A message of unknown shape changes nothing.
      document.querySelector<HTMLIFrameElement>('#f')!.contentWindow!.postMessage({ type: 'qantar:eval' }, '*');
    });
    await w.page.frameLocator('#f').locator('[aria-valuetext^="10 January"]').waitFor();
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('ignores commands from any other origin than its hostOrigin', async () => {
    const w = await watchedPage(browser, new URL(host.url).origin, { width: 900, height: 900 });
    await w.page.goto(`${host.url}host.html`);
    const src = `${appOrigin}/embed.html?date=2022-01-05&hostOrigin=${encodeURIComponent('https://news.example')}`;
    await w.page.locator('#f').evaluate((f: HTMLIFrameElement, s) => (f.src = s), src);
    const frameLocator = w.page.frameLocator('#f');
    await staticReady(frameLocator);
    const frame = w.page.frame({ url: /embed\.html/ })!;
    // The embed hears its parent's messages in order: once a marker posted after the command has come,
    // the command has been heard, and ignored.
    await frame.evaluate(() =>
      addEventListener('message', (e) => {
        if (e.data === 'qantar-test:after') (window as unknown as { heard: boolean }).heard = true;
      }),
    );
    await w.page.evaluate(() => {
      const f = document.querySelector<HTMLIFrameElement>('#f')!.contentWindow!;
      f.postMessage({ type: 'qantar:set-date', date: '2022-01-10' }, '*');
      f.postMessage('qantar-test:after', '*');
    });
    await frame.waitForFunction(() => (window as unknown as { heard?: boolean }).heard === true);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await frameLocator.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toMatch(
      /^5 January/,
    );
    expect(w.problems).toEqual([]);
    await w.page.close();
  });
});

describe('themes', () => {
  it.each(['light', 'dark'])('the %s embed passes axe-core, contrast included', async (theme) => {
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width: 900, height: 800 });
    await w.page.goto(`${baseUrl}embed.html?theme=${theme}&date=2022-01-06`);
    await staticReady(w.page);
    expect(await axe(w.page)).toEqual([]);
    await w.page.screenshot({ path: `${shots}/embed-${theme}.png` });
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it('the dark embed, once the reader reaches for the map, passes axe-core with MapLibre’s controls', async () => {
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width: 900, height: 800 });
    await w.page.goto(`${baseUrl}embed.html?theme=dark&date=2022-01-06`);
    await reachFor(w.page, 'Zoom in');
    await idle(w.page);
    expect(await axe(w.page)).toEqual([]);
    await w.page.screenshot({ path: `${shots}/embed-dark-live.png` });
    expect(w.problems).toEqual([]);
    await w.page.close();
  });
});

/** axe-core's violations on the page, with where they are. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type Axe = { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const result = await (window as unknown as { axe: Axe }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('options and controls', () => {
  const open = async (query: string, width = 900) => {
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width, height: 900 });
    await w.page.goto(`${baseUrl}embed.html${query}`);
    await staticReady(w.page);
    return w;
  };
  it('autoplay plays from the start date, on the static map', async () => {
    const { page, problems } = await open('?date=2022-01-03&autoplay=true');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.locator('[aria-valuetext^="4 January"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('layers keeps only the chosen categories, on the static map, in the panel, and on MapLibre’s once full screen', async () => {
    const { page, problems } = await open('?date=2022-01-06&layers=csto,seizure');
    expect(categories(await staticMarkers(page))).toEqual(['csto', 'seizure']);
    // On its own, the embed fits the window: the day's events are in its drawer.
    await page.getByRole('button', { name: 'Events of the day' }).click();
    const metas = await page.locator('.meta').allInnerTexts();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((m) => /^(CSTO|Seizure) ·/.test(m))).toBe(true);
    await page.keyboard.press('Escape');
    // The static map's full-screen button is a reach: the map goes full screen and MapLibre takes over.
    await reachFor(page, 'Full screen');
    await idle(page);
    expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(await drawn(page, 'events')).toEqual(['csto', 'seizure']);
    // MapLibre's own button knows the page is full screen, however its map and the change raced, and leaves it.
    await expect.poll(() => page.locator('.maplibregl-ctrl-shrink').count()).toBe(1);
    expect(await page.locator('.maplibregl-ctrl-fullscreen').count()).toBe(0);
    await page.getByRole('button', { name: 'Exit full screen' }).click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-fullscreen').count()).toBe(1);
    expect(await page.evaluate(() => document.fullscreenElement)).toBe(null);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the embed has no copy buttons; the full page copies embed code for the moment on screen', async () => {
    const { page } = await open('?date=2022-01-06&mode=day');
    expect(await page.getByRole('button', { name: 'Copy embed code' }).count()).toBe(0);
    await page.close();
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width: 900, height: 900 });
    await w.page.goto(`${baseUrl}?date=2022-01-06&mode=day`);
    // The full page starts MapLibre by itself, with its full-screen button.
    await idle(w.page);
    const full = w.page;
    expect(await full.locator('.maplibregl-ctrl-fullscreen').count()).toBe(1);
    await full.getByRole('slider', { name: 'Date' }).focus();
    await full.keyboard.press('ArrowRight');
    // The code's writer loads on the first copy: each copy's code is polled for.
    const code = () => full.getByLabel('Embed code', { exact: true }).inputValue();
    await full.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(code).toContain(`src="${baseUrl}embed.html?lang=en&amp;date=2022-01-07&amp;mode=day&amp;view=`);
    expect(await code()).toContain(`${baseUrl}qantar-host.js`);
    await full.getByRole('button', { name: 'Copy as web component' }).click();
    await expect.poll(code).toContain('<qantar-map date="2022-01-07" mode="day"');
    // Where no script runs: the poster, linked to the full page at the same moment.
    await full.getByRole('button', { name: 'Copy as picture and link' }).click();
    await expect
      .poll(code)
      .toMatch(
        new RegExp(
          `^<a href="${baseUrl}\\?date=2022-01-07&amp;mode=day&amp;view=[^"]+"><img src="${baseUrl}poster\\.svg"`,
        ),
      );
    expect(w.problems).toEqual([]);
    await full.close();
  });

  it("the element's files come from where its script is, not from the host page's folder", async () => {
    // A copy of the build with a host page two folders below its root, on the same origin; MapLibre at
    // once, so its files (style, data, fonts, worker) are asked for too.
    const variants = buildVariants();
    const url = await variants.serve((dir) => {
      mkdirSync(join(dir, 'news/2022'), { recursive: true });
      writeFileSync(
        join(dir, 'news/2022/page.html'),
        `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title>
         <main><qantar-map date="2022-01-05" loading="eager"></qantar-map></main>
         <script type="module" src="../../qantar-map.js"></script>`,
      );
    });
    const w = await watchedPage(browser, new URL(url).origin, { width: 900, height: 900 });
    await w.page.goto(`${url}news/2022/page.html`);
    await idle(w.page, 'qantar-map');
    expect(await w.page.locator('qantar-map [aria-valuetext^="5 January"]').count()).toBe(1);
    expect(w.problems).toEqual([]);
    await w.page.close();
    await variants.close();
  });
});

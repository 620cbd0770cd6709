import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { drawn, launch, watchedPage, type WatchedPage } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { buildVariants } from './variant.ts';

const require = createRequire(import.meta.url);
const baseUrl = inject('baseUrl');
const shots = 'test-results/screenshots';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const idle = (scope: Page | FrameLocator, within = '') =>
  scope.locator(`${within} [data-map-state="idle"]`.trim()).first().waitFor({ timeout: 30_000 });
const heights = (page: Page) =>
  page.evaluate(() => {
    const f = document.querySelector<HTMLIFrameElement>('#qantar-iframe')!;
    return { frame: f.getBoundingClientRect().height, content: f.contentDocument!.documentElement.scrollHeight };
  });

describe.each([375, 1280])('the example article at %i px', (width) => {
  let w: WatchedPage;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    w = await watchedPage(browser, new URL(baseUrl).origin, { width, height: 900 });
    page = w.page;
    await page.goto(`${baseUrl}example.html`);
    frame = page.frameLocator('#qantar-iframe');
    await idle(frame);
    // The element is lazy: on a phone it is below the fold, and starts its map when scrolled near.
    await page.locator('qantar-map').scrollIntoViewIfNeeded();
    await idle(page, 'qantar-map');
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  afterAll(() => page.close());

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

  it('the host sets the date through the host API', async () => {
    await page.getByText('The map shows 2022-01-05.').waitFor();
    await page.getByRole('button', { name: 'Go to 6 January' }).click();
    await frame.locator('[aria-valuetext^="6 January 2022"]').waitFor();
    await page.getByText('The map shows 2022-01-06.').waitFor();
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

  it('leaves the page scroll alone: the wheel scrolls the article, not the map', async () => {
    const el = page.locator('#qantar-element');
    await el.scrollIntoViewIfNeeded();
    const box = (await el.locator('[data-map-state]').boundingBox())!;
    const zoom = () =>
      el.evaluate((e) =>
        (
          e.shadowRoot!.querySelector('[data-map-state]') as HTMLElement & { qantarMap: { getZoom(): number } }
        ).qantarMap.getZoom(),
      );
    const before = { zoom: await zoom(), scroll: await page.evaluate(() => scrollY) };
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Up: on a phone the element is the last thing on the page, which cannot scroll further down.
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((y) => scrollY !== y, before.scroll);
    expect(await zoom()).toBe(before.zoom);
  });

  it('has unique ids, no page error and no request off the origin', async () => {
    const ids = await page
      .locator('qantar-map [id]')
      .evaluateAll((els) => els.map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i));
    expect(ids).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});

describe('two elements on one page', () => {
  it('each keeps its own date, keys and ids', async () => {
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width: 1000, height: 900 });
    await w.page.goto(`${baseUrl}example.html`);
    await w.page.evaluate(() => {
      const second = document.createElement('qantar-map');
      second.id = 'second';
      second.setAttribute('date', '2022-01-03');
      second.setAttribute('loading', 'eager');
      document.querySelector('article')!.append(second);
    });
    await idle(w.page, '#second');
    await w.page.locator('#qantar-element').scrollIntoViewIfNeeded();
    await idle(w.page, '#qantar-element');
    const second = w.page.locator('#second').getByRole('slider', { name: 'Date' });
    await second.focus();
    await w.page.keyboard.press('End');
    expect(await second.getAttribute('aria-valuetext')).toMatch(/^19 January/);
    const first = w.page.locator('#qantar-element').getByRole('slider', { name: 'Date' });
    expect(await first.getAttribute('aria-valuetext')).toMatch(/^6 January/);
    const dupes = await w.page
      .locator('[id]')
      .evaluateAll((els) => els.map((e) => e.id).filter((id, i, all) => all.indexOf(id) !== i));
    expect(dupes).toEqual([]);
    expect(w.problems).toEqual([]);
    await w.page.close();
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

  it.each([
    [320, 360, 'with no host script', 'fixed.html'],
    [700, 520, 'with no host script', 'fixed.html'],
    [1200, 800, 'with no host script', 'fixed.html'],
    [700, 520, 'marked fixed for the host script', 'fixed-script.html'],
  ])('at a fixed %s × %s %s, fits its box', async (width, height, _, path) => {
    const w = await watchedPage(browser, new URL(host.url).origin, { width: width + 40, height: height + 200 });
    await w.page.goto(host.url + path);
    await w.page.locator('#f').evaluate(
      (f: HTMLIFrameElement, [w, h]) => {
        f.style.width = `${w}px`;
        f.style.height = `${h}px`;
      },
      [width, height],
    );
    const frame = w.page.frameLocator('#f');
    await idle(frame);
    // Nothing scrolls inside the iframe: the map, the slider and play are in its box.
    const fits = await frame.locator('html').evaluate((html) => {
      const inside = (el: Element | null) => {
        const r = el!.getBoundingClientRect();
        return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
      };
      return {
        scrolls: html.scrollHeight > innerHeight + 1,
        canvas: inside(document.querySelector('canvas')),
        slider: inside(document.querySelector('input[type="range"]')),
        play: inside(document.querySelector('button[aria-label="Play"]')),
      };
    });
    expect(fits).toEqual({ scrolls: false, canvas: true, slider: true, play: true });
    // The day's events open as a drawer inside the box.
    await frame.getByRole('button', { name: 'Events of the day' }).click();
    const drawer = (await frame.locator('[part="drawer"]').boundingBox())!;
    expect(drawer.y + drawer.height).toBeLessThanOrEqual((await w.page.locator('#f').boundingBox())!.y + height + 0.5);
    expect(await frame.locator('[part="drawer"] .meta').count()).toBeGreaterThan(0);
    // The host script heard "ready" with the date the embed shows, not the prerendered page's first day.
    if (path === 'fixed-script.html')
      expect(await w.page.evaluate(() => (window as unknown as { readyDate?: string }).readyDate)).toBe('2022-01-05');
    await w.page.screenshot({ path: `${shots}/iframe-${path.replace('.html', '')}-${width}x${height}.png` });
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it("is resized by Pym.js's own parent script", async () => {
    const w = await watchedPage(browser, new URL(host.url).origin, { width: 700, height: 900 });
    await w.page.goto(`${host.url}pym.html`);
    const frame = w.page.frameLocator('#map iframe');
    await idle(frame);
    await w.page.waitForFunction(() => {
      const f = document.querySelector('#map iframe');
      return f && Number(f.getAttribute('height')?.replace('px', '')) > 400;
    });
    const set = Number((await w.page.locator('#map iframe').getAttribute('height'))!.replace('px', ''));
    const content = await frame.locator('html').evaluate((h) => h.scrollHeight);
    expect(Math.abs(set - content)).toBeLessThanOrEqual(3);
    expect(w.problems).toEqual([]);
    await w.page.close();
  });

  it.each([
    { name: 'obeys its host when the host origin matches', hostOrigin: () => new URL(host.url).origin, moves: true },
    { name: 'ignores commands from any other origin', hostOrigin: () => 'https://news.example', moves: false },
  ])('$name', async ({ hostOrigin, moves }) => {
    const w = await watchedPage(browser, new URL(host.url).origin, { width: 900, height: 900 });
    await w.page.goto(`${host.url}host.html`);
    const src = `${appOrigin}/embed.html?date=2022-01-05&hostOrigin=${encodeURIComponent(hostOrigin())}`;
    await w.page.locator('#f').evaluate((f: HTMLIFrameElement, s) => (f.src = s), src);
    const frame = w.page.frameLocator('#f');
    await idle(frame);
    await w.page.evaluate(() => {
      const q = (window as unknown as { Qantar: { setDate(f: Element, d: string): void } }).Qantar;
      q.setDate(document.querySelector('#f')!, '2022-01-10');
      // A message of unknown shape, and one from the wrong window, change nothing either way.
      document.querySelector<HTMLIFrameElement>('#f')!.contentWindow!.postMessage({ type: 'qantar:eval' }, '*');
    });
    const slider = frame.getByRole('slider', { name: 'Date' });
    if (moves) await frame.locator('[aria-valuetext^="10 January"]').waitFor();
    else await w.page.waitForTimeout(1000);
    expect(await slider.getAttribute('aria-valuetext')).toMatch(moves ? /^10 January/ : /^5 January/);
    expect(w.problems).toEqual([]);
    await w.page.close();
  });
});

describe('themes', () => {
  it.each(['light', 'dark'])('the %s embed passes axe-core, contrast included', async (theme) => {
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width: 900, height: 800 });
    await w.page.goto(`${baseUrl}embed.html?theme=${theme}&date=2022-01-06`);
    await idle(w.page);
    await w.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await w.page.evaluate(async () => {
      type Axe = { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      const result = await (window as unknown as { axe: Axe }).axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await w.page.screenshot({ path: `${shots}/embed-${theme}.png` });
    expect(w.problems).toEqual([]);
    await w.page.close();
  });
});

describe('options and controls', () => {
  const open = async (query: string, width = 900) => {
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width, height: 900 });
    await w.page.goto(`${baseUrl}embed.html${query}`);
    await idle(w.page);
    return w;
  };
  it('autoplay plays from the start date', async () => {
    const { page, problems } = await open('?date=2022-01-03&autoplay=true');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.locator('[aria-valuetext^="4 January"]').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('layers keeps only the chosen categories, on the map and in the panel', async () => {
    const { page } = await open('?date=2022-01-06&layers=csto,seizure');
    expect(await drawn(page, 'events')).toEqual(['csto', 'seizure']);
    // On its own, the embed fits the window: the day's events are in its drawer.
    await page.getByRole('button', { name: 'Events of the day' }).click();
    const metas = await page.locator('.meta').allInnerTexts();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((m) => /^(CSTO|Seizure) ·/.test(m))).toBe(true);
    await page.close();
  });

  it('has a fullscreen button; the full page copies embed code for the moment on screen', async () => {
    const { page } = await open('?date=2022-01-06&mode=day');
    expect(await page.getByRole('button', { name: 'Copy embed code' }).count()).toBe(0);
    await page.close();
    const w = await watchedPage(browser, new URL(baseUrl).origin, { width: 900, height: 900 });
    await w.page.goto(`${baseUrl}?date=2022-01-06&mode=day`);
    await idle(w.page);
    const full = w.page;
    expect(await full.locator('.maplibregl-ctrl-fullscreen').count()).toBe(1);
    await full.getByRole('slider', { name: 'Date' }).focus();
    await full.keyboard.press('ArrowRight');
    await full.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await full.getByLabel('Embed code').inputValue();
    expect(code).toContain(`src="${baseUrl}embed.html?lang=en&amp;date=2022-01-07&amp;mode=day&amp;view=`);
    expect(code).toContain(`${baseUrl}qantar-host.js`);
    await full.getByRole('button', { name: 'Copy as web component' }).click();
    expect(await full.getByLabel('Embed code').inputValue()).toContain('<qantar-map date="2022-01-07" mode="day"');
    await full.close();
  });

  it("the element's files come from where its script is, not from the host page's folder", async () => {
    // A copy of the build with a host page two folders below its root, on the same origin.
    const variants = buildVariants();
    const url = await variants.serve((dir) => {
      mkdirSync(join(dir, 'news/2022'), { recursive: true });
      writeFileSync(
        join(dir, 'news/2022/page.html'),
        `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Article</title>
         <main><qantar-map date="2022-01-05"></qantar-map></main>
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

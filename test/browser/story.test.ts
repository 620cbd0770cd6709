import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MapContainer } from '../../src/map/create-map.ts';
import { drawn as drawnIn, launch, mapIdle, mapSettled, watchedPage, type WatchedPage } from './chromium.ts';

const require = createRequire(import.meta.url);
const baseUrl = inject('baseUrl');
const shots = 'test-results/screenshots';
let browser: Browser;
let watched: WatchedPage;
let page: Page;

/** Properties of the features drawn in a group of layers, across the whole viewport. */
const drawn = (group: string, key?: string) => drawnIn(page, group, key);

/** Where on the page an event stands, drawn or not. */
const pointOf = (id: string) =>
  page.evaluate((id) => {
    const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
    const f = map.querySourceFeatures('events').find((f) => f.properties.id === id);
    if (!f) throw new Error(`no event ${id} in the events source`);
    const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);

/** Waits for the map to draw the date the slider shows. */
const settled = () => mapSettled(page);

const slider = () => page.getByRole('slider', { name: 'Date' });
const dateShown = () => slider().getAttribute('aria-valuetext');

async function open(query = '') {
  watched = await watchedPage(browser, new URL(baseUrl).origin);
  page = watched.page;
  await page.goto(baseUrl + query);
  await mapIdle(page);
  await page.waitForSelector('input[type="range"]');
  await settled();
}

beforeAll(async () => {
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
afterAll(() => browser?.close());
beforeEach(async () => {
  await page?.close();
});

describe('driving the slider by keyboard', () => {
  it('steps through the crisis and the map follows', async () => {
    await open();
    expect(await dateShown()).toMatch(/^2 January 2022, \d+ events?$/);
    expect(await drawn('events')).toContain('protest');
    expect(await drawn('events')).not.toContain('seizure');
    expect(await drawn('events', 'placeName')).toEqual(expect.arrayContaining(['Zhanaozen']));
    expect(await drawn('events-new', 'date')).toEqual(['2022-01-02']);
    await page.screenshot({ path: `${shots}/2022-01-02.png` });

    await slider().focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await settled();
    expect(await dateShown()).toMatch(/^5 January 2022, /);
    expect(await drawn('events')).toContain('seizure');
    expect(await drawn('lit-countries', 'iso')).toEqual([]);
    expect(await drawn('routes', 'id')).toEqual([]);
    await page.screenshot({ path: `${shots}/2022-01-05.png` });

    await page.keyboard.press('ArrowRight');
    await settled();
    expect(await dateShown()).toMatch(/^6 January 2022, /);
    expect(await drawn('lit-countries', 'iso')).toEqual(expect.arrayContaining(['RU']));
    expect(await drawn('routes', 'id')).toEqual(expect.arrayContaining(['russian-troops-arrive-route']));
    await page.screenshot({ path: `${shots}/2022-01-06.png` });

    await page.keyboard.press('End');
    await settled();
    expect(await dateShown()).toMatch(/^19 January 2022, /);
    await page.screenshot({ path: `${shots}/2022-01-19.png` });

    await page.keyboard.press('PageDown');
    expect(await dateShown()).toMatch(/^16 January 2022, /);
    await page.keyboard.press('Home');
    expect(await dateShown()).toMatch(/^2 January 2022, /);
    expect(watched.problems).toEqual([]);
  });

  it('plays and pauses with Space while the slider has focus, and never from the page', async () => {
    await open();
    await page.keyboard.press('Space');
    expect(await page.getByRole('button', { name: 'Play' }).count()).toBe(1);
    await slider().focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-valuetext^="2 January"]'));
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    expect(watched.problems).toEqual([]);
  });
});

describe('the track', () => {
  it('carries one histogram bar per day, tallest where the story is densest', async () => {
    await open();
    const heights = await page
      .locator('.bars rect')
      .evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height));
    expect(heights).toHaveLength(Number(await slider().getAttribute('max')) + 1);
    expect(Math.max(...heights)).toBeGreaterThan(0);
    expect(heights.indexOf(Math.max(...heights))).toBe(3); // 5 January
  });
});

describe('reduced motion', () => {
  it('rings new events without animating them', async () => {
    watched = await watchedPage(browser, new URL(baseUrl).origin);
    page = watched.page;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(baseUrl);
    await mapIdle(page);
    await page.evaluate(() => {
      const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
      const seen: number[] = [];
      (window as unknown as { pulses: number[] }).pulses = seen;
      map.on('render', () => seen.push(map.getGlobalState().pulse));
    });
    await slider().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await settled();
    const pulses = await page.evaluate(() => (window as unknown as { pulses: number[] }).pulses);
    expect(pulses.length).toBeGreaterThan(0);
    expect(pulses.every((p) => p === 0)).toBe(true);
    expect(await drawn('events-new', 'date')).toEqual(['2022-01-04']);
  });
});

describe('driving the slider with the mouse', () => {
  it('jumps to the day clicked on the track, and the buttons step', async () => {
    await open();
    const box = (await slider().boundingBox())!;
    const days = Number(await slider().getAttribute('max')) + 1;
    const thumb = 16;
    const xOf = (i: number) => box.x + thumb / 2 + (i / (days - 1)) * (box.width - thumb);
    await page.mouse.click(xOf(4), box.y + box.height / 2);
    await settled();
    expect(await dateShown()).toMatch(/^6 January 2022, /);
    expect(await drawn('lit-countries', 'iso')).toEqual(expect.arrayContaining(['RU']));
    await page.getByRole('button', { name: 'Previous day' }).click();
    await settled();
    expect(await dateShown()).toMatch(/^5 January 2022, /);
    expect(await drawn('lit-countries', 'iso')).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});

describe('display modes', () => {
  it('shows everything so far, or the day only', async () => {
    await open('?date=2022-01-05');
    // Zhanaozen's protest of 2 January was one day; Aktau's rally went on to 8 January.
    expect(await drawn('events', 'id')).toEqual(expect.arrayContaining(['zhanaozen-protest-begins', 'aktau-protest']));
    await page.getByLabel('This day only').check();
    await settled();
    const ids = await drawn('events', 'id');
    expect(ids).not.toContain('zhanaozen-protest-begins');
    expect(ids).toContain('aktau-protest');
  });
});

describe('panel and map together', () => {
  it('clicking an event in the panel opens its popup on the map', async () => {
    await open('?date=2022-01-05');
    const first = page.locator('[data-event-id] h3 button').first();
    const title = (await first.innerText()).trim();
    await first.click();
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    expect(await popup.innerText()).toContain(title);
    expect(watched.problems).toEqual([]);
  });

  it('clicking an event on the map highlights it in the panel', async () => {
    await open('?date=2022-01-02&mode=day&view=52.5,43.5,7');
    const [id] = await drawn('events', 'id');
    const point = await pointOf(id);
    await page.mouse.click(point.x, point.y);
    await page.locator(`[data-event-id="${id}"].selected`).waitFor();
    await page.locator('.maplibregl-popup').waitFor();
  });

  it('an event not yet begun cannot be clicked where it will stand', async () => {
    await open('?date=2022-01-02&mode=day&view=76.9456,43.2364,11');
    const point = await pointOf('akimat-stormed');
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(300);
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
    expect(await page.locator('.event.selected').count()).toBe(0);
  });
});

describe('state in the URL', () => {
  it('restores date, mode and view from the URL, and Back returns to the previous date', async () => {
    await open('?date=2022-01-07&mode=day&view=76.9,43.25,9');
    expect(await dateShown()).toMatch(/^7 January 2022, /);
    expect(await page.getByLabel('This day only').isChecked()).toBe(true);
    const zoom = await page.evaluate(() =>
      document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!.getZoom(),
    );
    expect(zoom).toBeCloseTo(9, 1);

    await page.getByRole('button', { name: 'Next day' }).click();
    await page.waitForURL(/date=2022-01-08/);
    await page.goBack();
    await page.waitForURL(/date=2022-01-07/);
    expect(await dateShown()).toMatch(/^7 January 2022, /);
  });

  it('ignores bad parameters with a warning and still loads', async () => {
    const warnings: string[] = [];
    watched = await watchedPage(browser, new URL(baseUrl).origin);
    page = watched.page;
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${baseUrl}?date=2022-99-01&mode=%3Cb%3E&view=NaN,1,1`);
    await mapIdle(page);
    expect(await dateShown()).toMatch(/^2 January 2022, /);
    expect(warnings.filter((w) => w.startsWith('Qantar:'))).toHaveLength(3);
    expect(watched.problems).toEqual([]);
  });
});

describe('accessibility', () => {
  it('axe-core finds no violations', async () => {
    await open('?date=2022-01-06');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o?: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('has no request off the origin in the whole session', () => {
    expect(watched.foreignRequests).toEqual([]);
  });
});

describe('narrow embeds', () => {
  async function openAt(width: number, query: string) {
    watched = await watchedPage(browser, new URL(baseUrl).origin, { width, height: 740 });
    page = watched.page;
    await page.goto(baseUrl + query);
    await mapIdle(page);
    await settled();
  }

  it('at 360 px the Almaty inset tells the airport from the city administration', async () => {
    await openAt(360, '?date=2022-01-05');
    const inset = page.getByRole('figure', { name: 'Almaty in detail' });
    const legend = await inset.locator('li').allInnerTexts();
    const airport = legend.findIndex((t) => /airport/i.test(t));
    const akimat = legend.findIndex((t) => /administration|akimat/i.test(t));
    expect(airport).toBeGreaterThanOrEqual(0);
    expect(akimat).toBeGreaterThanOrEqual(0);
    const markers = await inset
      .locator('svg circle[r="8"]')
      .evaluateAll((cs) =>
        cs
          .map((c) => c.getBoundingClientRect())
          .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width })),
      );
    expect(markers).toHaveLength(legend.length);
    const [a, b] = [markers[airport], markers[akimat]];
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.w);
    await page.screenshot({ path: `${shots}/360px-2022-01-05.png`, fullPage: true });
    expect(watched.problems).toEqual([]);
  });

  it.each([320, 375, 768])('at %i px no two day labels overlap', async (width) => {
    await openAt(width, '');
    const boxes = await page
      .locator('.ticks .label')
      .evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON()));
    expect(boxes.length).toBeGreaterThan(2);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right);
    for (const b of boxes) expect(b.left).toBeGreaterThanOrEqual(0);
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(width);
  });
});

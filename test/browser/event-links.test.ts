/**
 * Links to one event (issue 29): `?event=<id>` for every event of the default story, "Link to this
 * event" on the full page and in an article's iframe, an unknown id's one warning, and the build's
 * event pages (their title and tags, and the way on to the map).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { MapContainer } from '../../src/map/create-map.ts';
import type { StoryEventCollection } from '../../src/story/built.ts';
import { english } from '../../src/i18n/i18n.ts';
import { launch, mapIdle, staticReady, watchedPage, type WatchedPage } from './chromium.ts';
import { dist } from './static-server.ts';
import { buildVariants } from './variant.ts';

const baseUrl = inject('baseUrl');
const story = JSON.parse(readFileSync(join(dist, 'data/story.geojson'), 'utf8')) as StoryEventCollection;
const { start, end, title: storyTitle, languages } = story.story;
/** The day a link to the event opens on: its first, within the story's days. */
const dayOf = (date: string) => (date < start ? start : date > end ? end : date);

const origin = new URL(baseUrl).origin;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
const variants = buildVariants();
afterAll(async () => {
  await browser?.close();
  await variants.close();
});

/** A page that fails the test on any page error or foreign request, allowed the clipboard (the copy control). */
async function openPage(at = origin): Promise<WatchedPage> {
  const watched = await watchedPage(browser, at);
  await watched.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: at });
  return watched;
}

/** The state a link must open, as the page shows it: the slider's date, the panel's selection, a popup, the URL. */
const shown = (page: Page | Frame, id: string) =>
  page.evaluate((id) => {
    const item = document.querySelector(`li[data-event-id="${id}"]`);
    return {
      date: document
        .querySelector('input[type="range"][aria-valuetext]')
        ?.getAttribute('aria-valuetext')
        ?.split(', ')[0],
      selected: document.querySelectorAll('li.selected[data-event-id]').length === 1 && !!item?.matches('li.selected'),
      text: item?.querySelector('h3')?.textContent?.trim(),
      // The static map's popup, or MapLibre's once it has taken over: both hold the same content.
      popup: [...document.querySelectorAll<HTMLElement>('.qantar-popup')].some(
        (p) => p.dataset.eventId === id && p.checkVisibility(),
      ),
      url: new URLSearchParams(location.search).get('event'),
      title: document.title,
    };
  }, id);

describe('?event= for every event of the default story', () => {
  let page: Page;
  let watched: WatchedPage;
  beforeAll(async () => {
    watched = await openPage();
    ({ page } = watched);
    await page.goto(baseUrl);
    await page.waitForSelector('input[type="range"]');
  });
  afterAll(() => page.close());

  it(`opens each of the ${story.features.length} at its date, selected, its text open in the panel and on the map`, async () => {
    // One page: each link is read by the app's own parsing of its URL, as Back and Forward read it.
    for (const f of story.features) {
      const e = f.properties;
      await page.evaluate((id) => {
        history.pushState(null, '', `?event=${id}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, e.id);
      const expected = {
        date: english.date(dayOf(e.date)),
        selected: true,
        text: e.title,
        popup: true,
        url: e.id,
        title: `${e.title} · ${storyTitle}`,
      };
      await expect.poll(() => shown(page, e.id), { timeout: 5000, message: e.id }).toEqual(expected);
    }
    expect(watched.problems).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});

describe('a link to one event, opened', () => {
  let page: Page;
  let problems: string[];
  let foreignRequests: string[];
  let warnings: string[];
  beforeAll(async () => {
    ({ page, problems, foreignRequests } = await openPage());
    warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  });
  afterAll(() => page.close());

  it('shows the event on the static map at once, and centres the interactive map on it when it starts', async () => {
    const e = story.features.find((f) => f.properties.id === 'akimat-stormed')!;
    await page.goto(`${baseUrl}?event=akimat-stormed`);
    // The static map's popup, before MapLibre (which starts when the page is idle).
    await page.locator('.popup .qantar-popup[data-event-id="akimat-stormed"]').waitFor();
    await expect
      .poll(() => shown(page, 'akimat-stormed'))
      .toMatchObject({
        date: '5 January 2022',
        selected: true,
        text: 'Almaty city hall stormed and set on fire',
        url: 'akimat-stormed',
      });
    await mapIdle(page);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
          const { lng, lat } = map.getCenter();
          return { lng, lat, zoom: map.getZoom(), moving: map.isMoving() };
        }),
      )
      .toMatchObject({ moving: false });
    const camera = await page.evaluate(() => {
      const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
      return { ...map.getCenter(), zoom: map.getZoom() };
    });
    const [lng, lat] = e.geometry.coordinates;
    expect(Math.abs(camera.lng - lng)).toBeLessThan(0.01);
    expect(Math.abs(camera.lat - lat)).toBeLessThan(0.01);
    expect(camera.zoom).toBeGreaterThanOrEqual(5);
    expect(await page.locator('.maplibregl-popup .qantar-popup[data-event-id="akimat-stormed"]').count()).toBe(1);
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('"Link to this event" copies the address of the build\'s page for it', async () => {
    const item = page.locator('li[data-event-id="akimat-stormed"]');
    await item.getByRole('button', { name: 'Link to this event' }).click();
    await item.getByRole('status').getByText('Link copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}e/akimat-stormed.html`);
  });

  it("the event's page goes on to the map at the event", async () => {
    await page.goto(`${baseUrl}e/akimat-stormed.html`);
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('event') === 'akimat-stormed');
    await page.waitForSelector('li.selected[data-event-id="akimat-stormed"]');
    expect(await page.title()).toBe(`Almaty city hall stormed and set on fire · ${storyTitle}`);
    // In a language's folder, to the map in that language, with the link's own options.
    await page.goto(`${baseUrl}ru/e/csto-request.html?mode=day`);
    await page.waitForURL(
      (url) =>
        url.pathname === '/ru/' &&
        url.searchParams.get('event') === 'csto-request' &&
        url.searchParams.get('mode') === 'day',
    );
    await page.waitForSelector('li.selected[data-event-id="csto-request"]');
    expect(await shown(page, 'csto-request')).toMatchObject({ date: '5 января 2022 г.', selected: true });
  });

  it('an unknown id is ignored with one warning, and the map opens as without it', async () => {
    warnings.length = 0;
    await page.goto(`${baseUrl}?event=no-such-event&mode=day`);
    await page.waitForSelector('input[type="range"]');
    await expect.poll(() => warnings.filter((w) => w.includes('no-such-event'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('no-such-event'))).toEqual([
      'Qantar: event "no-such-event" is not an event of the story: ignored',
    ]);
    expect(await page.locator('li.selected').count()).toBe(0);
    expect(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toMatch(/^2 January 2022/);
    expect(await page.getByRole('radio', { name: 'This day only' }).isChecked()).toBe(true);
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe("in an article: links to the host's page", () => {
  let page: Page;
  let problems: string[];
  let foreignRequests: string[];
  beforeAll(async () => {
    ({ page, problems, foreignRequests } = await openPage());
  });
  afterAll(() => page.close());

  it("the iframe opens the event the article's link names, and copies links to the article", async () => {
    // The iframe's own src says 2022-01-05: the link's event wins.
    await page.goto(
      `${baseUrl}example.html?utm_source=x#qantar-event=airport-back-under-control&qantar-map=qantar-iframe`,
    );
    const frame = page.frame({ url: /embed\.html/ })!;
    await frame.waitForSelector('li.selected[data-event-id="airport-back-under-control"]');
    expect(await shown(frame, 'airport-back-under-control')).toMatchObject({
      date: '7 January 2022',
      selected: true,
      popup: true,
    });
    // The link does not start MapLibre in an article: the static map shows the event.
    expect(await frame.locator('[data-map-state]').count()).toBe(0);
    // The page scrolled to the map, as to a fragment's target.
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const item = frame.locator('li[data-event-id="csto-request"]');
    await frame.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await item.getByRole('button', { name: 'Link to this event' }).click();
    await item.getByRole('status').getByText('Link copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseUrl}example.html?utm_source=x#qantar-event=csto-request&qantar-map=qantar-iframe`,
    );
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('the element opens the event its link names', async () => {
    await page.goto(`${baseUrl}example.html#qantar-event=csto-withdrawal-begins&qantar-map=qantar-element`);
    const el = page.locator('#qantar-element');
    await el.locator('.qantar-popup[data-event-id="csto-withdrawal-begins"]').waitFor();
    expect(await el.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toMatch(/^13 January 2022/);
    expect(await el.evaluate((e: HTMLElement & { date: string }) => e.date)).toBe('2022-01-13');
    // The iframe on the same page keeps its own moment.
    await staticReady(page.frameLocator('#qantar-iframe'));
    const frame = page.frame({ url: /embed\.html/ })!;
    expect(await frame.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toMatch(/^5 January 2022/);
    expect(await frame.locator('li.selected').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it("the element's panel copies links to the article, to this map in it", async () => {
    // The example's element has no panel: an article of its own with one that has.
    const article = await variants.serve((dir) =>
      writeFileSync(
        join(dir, 'article.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,"></head><body><main>
<p>Before the map.</p><qantar-map id="crisis" date="2022-01-10" label="The crisis"></qantar-map>
</main><script type="module" src="./qantar-map.js"></script></body></html>`,
      ),
    );
    const watched = await openPage(new URL(article).origin);
    await watched.page.goto(`${article}article.html?utm_source=x#qantar-event=akimat-stormed`);
    const el = watched.page.locator('#crisis');
    // In the element's box the event is on the map, its text in the popup; the day's list is in the drawer.
    await el.locator('.qantar-popup[data-event-id="akimat-stormed"]').waitFor();
    await el.getByRole('button', { name: 'Events of the day' }).click();
    const item = el.locator('li.selected[data-event-id="akimat-stormed"]');
    await item.waitFor();
    expect(await el.evaluate((e: HTMLElement & { date: string }) => e.date)).toBe('2022-01-05');
    await item.getByRole('button', { name: 'Link to this event' }).click();
    await item.getByRole('status').getByText('Link copied to the clipboard.').waitFor();
    expect(await watched.page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${article}article.html?utm_source=x#qantar-event=akimat-stormed&qantar-map=crisis`,
    );
    expect(watched.problems).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.page.close();
  });
});

describe("the build's event pages", () => {
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const meta = (html: string, key: string) =>
    html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

  it.each(languages)('%s: a page for every event, named for it', async (lang) => {
    const dir = lang === languages[0] ? '' : `${lang}/`;
    const told = JSON.parse(
      readFileSync(join(dist, 'data', lang === languages[0] ? 'story.geojson' : `story.${lang}.geojson`), 'utf8'),
    ) as StoryEventCollection;
    const unescape = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&amp;/g, '&');
    for (const { properties: e } of told.features) {
      const html = read(`${dir}e/${e.id}.html`);
      const title = `${e.title} · ${told.story.title}`;
      expect(unescape(html.match(/<title>([^<]*)<\/title>/)![1])).toBe(title);
      expect(unescape(meta(html, 'og:title')!)).toBe(title);
      expect(unescape(meta(html, 'og:description')!)).toContain(e.summary);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`href="../?event=${e.id}"`);
    }
    // A build that does not know its address could name no card (the test's): it writes none.
    expect(readdirSync(join(dist, dir, 'e')).filter((f) => !f.endsWith('.html'))).toEqual([]);
  });
});

/**
 * Another country's story, from a newsroom's spreadsheet (test/fixtures/second-story: Sri Lanka's 2022
 * protests) built with `npm run story` and served as a host would: the core of the browser tests on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { MapContainer } from '../../src/map/create-map.ts';
import { runStoryProcess } from '../../geo/story/testing.ts';
import { drawn, launch, mapIdle, mapSettled, watchedPage, type WatchedPage } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const fixture = join(import.meta.dirname, '../fixtures/second-story/events.csv');
const host = mkdtempSync(join(tmpdir(), 'qantar-any-story-'));
/** Where a newsroom's site might put it: a folder of its own, not the server's root. */
const folder = 'news/aragalaya/';
let server: StaticServer;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

const slider = () => page.getByRole('slider', { name: 'Date' });

beforeAll(async () => {
  await runStoryProcess([fixture, '--out', join(host, folder)]);
  server = await serveStatic(host);
  browser = await launch();
  watched = await watchedPage(browser, new URL(server.url).origin);
  page = watched.page;
  await page.goto(server.url + folder);
  await mapIdle(page, 60_000);
  await mapSettled(page, 60_000);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(host, { recursive: true, force: true });
});

describe("a newsroom's spreadsheet of another country, built with npm run story", () => {
  it('has the story as its title and the sheet’s dates on the slider', async () => {
    expect(await page.title()).toBe("Aragalaya: Sri Lanka's 2022 protests");
    await slider().focus();
    await page.keyboard.press('Home');
    await mapSettled(page);
    expect(await slider().getAttribute('aria-valuetext')).toMatch(/^31 March 2022, 1 event$/);
    await page.keyboard.press('End');
    await mapSettled(page);
    expect(await slider().getAttribute('aria-valuetext')).toMatch(/^22 July 2022, /);
    expect(await slider().getAttribute('max')).toBe(String(113)); // 31 March to 22 July: 114 days
  });

  it('draws its events, in its own categories, centred on Sri Lanka', async () => {
    const ids = await drawn(page, 'events', 'id');
    expect(ids).toEqual(expect.arrayContaining(['2022-07-22-security-forces-clear-the-presidential-secretariat']));
    expect(await drawn(page, 'events')).toEqual(['economy', 'government', 'protest', 'violence']);
    const center = await page.evaluate(() =>
      document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!.getCenter(),
    );
    // The events run from Malé to Singapore, around Sri Lanka: the view is over the northern Indian Ocean.
    expect(center.lng).toBeGreaterThan(73);
    expect(center.lng).toBeLessThan(104);
    expect(center.lat).toBeGreaterThan(0);
    expect(center.lat).toBeLessThan(10);
    expect(await drawn(page, 'country-labels', 'name')).toContain('Sri Lanka');
  });

  it('tells the day in the panel, with its source, and stays on its own origin without an error', async () => {
    const panel = page.locator('aside');
    await expect.poll(() => panel.innerText()).toContain('Security forces clear the Presidential Secretariat');
    const item = panel.locator('.event', { hasText: 'Security forces clear the Presidential Secretariat' });
    await item.locator('summary').click();
    await expect.poll(() => item.innerText()).toContain('The Week');
    expect(await panel.innerText()).not.toMatch(/Kazakhstan|Almaty/);
    expect(watched.problems).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});

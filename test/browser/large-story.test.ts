import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadKazakhstan, syntheticStory } from '../../bench/synthetic.ts';
import { eachDay } from '../../src/model/dates.ts';
import { isShown, type DisplayMode } from '../../src/model/visibility.ts';
import { drawn, launch, mapIdle, mapSettled, watchedPage, type WatchedPage } from './chromium.ts';
import { dist } from './static-server.ts';
import { buildVariants, replaceStory } from './variant.ts';

/** A story far larger than the built-in one: the date layers must still draw exactly the right events. */
const EVENTS = 5_000;
const story = syntheticStory(EVENTS, loadKazakhstan(join(dist, 'data/countries.topojson')));
const variants = buildVariants();
let browser: Browser;
let watched: WatchedPage;
let page: Page;

const expectedIds = (date: string, mode: DisplayMode) =>
  story.features
    .map((f) => f.properties)
    .filter((e) => isShown(e, date, mode))
    .map((e) => e.id)
    .sort();
const slider = () => page.getByRole('slider', { name: 'Date' });
const panelItems = () => page.locator('aside .event');

beforeAll(async () => {
  browser = await launch();
  const url = await variants.serve((dir) => replaceStory(dir, story));
  watched = await watchedPage(browser, new URL(url).origin);
  page = watched.page;
  await page.goto(`${url}?date=2022-01-08&mode=day`);
  await mapIdle(page, 60_000);
  await mapSettled(page, 60_000);
});
afterAll(async () => {
  await browser?.close();
  await variants.close();
});

describe(`a story of ${EVENTS.toLocaleString('en')} events`, () => {
  it('draws exactly the events the model shows, as the slider moves, in both modes', async () => {
    const days = eachDay(story.story.start, story.story.end);
    const steps: { key: string; date: string; mode: DisplayMode }[] = [
      { key: '', date: '2022-01-08', mode: 'day' },
      { key: 'ArrowRight', date: '2022-01-09', mode: 'day' },
      { key: 'End', date: days[days.length - 1], mode: 'day' },
      { key: 'Home', date: days[0], mode: 'day' },
    ];
    for (const { key, date, mode } of steps) {
      if (key) {
        await slider().focus();
        await page.keyboard.press(key);
        await mapSettled(page);
      }
      expect(await drawn(page, 'events', 'id'), `${date}, ${mode}`).toEqual(expectedIds(date, mode));
    }
    await page.getByLabel('All events so far').check();
    await mapSettled(page);
    await slider().focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await mapSettled(page);
    expect(await drawn(page, 'events', 'id')).toEqual(expectedIds(days[3], 'cumulative'));
    expect(watched.problems).toEqual([]);
  });

  it('lists a busy day a page at a time', async () => {
    await slider().focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const underWay = expectedIds(eachDay(story.story.start, story.story.end)[6], 'day').length;
    await expect.poll(() => page.locator('aside .count').innerText()).toMatch(`${underWay} events this day`);
    expect(await panelItems().count()).toBe(25);
    await page.getByRole('button', { name: `Show 25 more of ${underWay - 25} not listed` }).click();
    expect(await panelItems().count()).toBe(50);
    expect(watched.problems).toEqual([]);
  });
});

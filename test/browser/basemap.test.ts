import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { drawn, launch, mapIdle, watchedPage, type WatchedPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let watched: WatchedPage;

/** Names of the features MapLibre has drawn in a group of layers, over the whole viewport. */
const names = (group: string) => drawn(watched.page, group, 'name');

beforeAll(async () => {
  browser = await launch();
  watched = await watchedPage(browser, new URL(baseUrl).origin);
  await watched.page.goto(baseUrl);
  await mapIdle(watched.page);
});
afterAll(() => browser?.close());

describe('the built app, offline', () => {
  it('draws Kazakhstan, emphasised, and its neighbours', async () => {
    const countries = await names('countries-fill');
    expect(countries).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia', 'Uzbekistan', 'China', 'Belarus']));
    expect(await names('focus-outline')).toEqual(['Kazakhstan']);
  });

  it('draws the Kazakhstan–Russia border the story overlays, and its label', async () => {
    expect(await names('line')).toEqual(['Kazakhstan–Russia border']);
    expect(await names('line-label')).toEqual(['Kazakhstan–Russia border']);
  });

  it.each([['Almaty'], ['Nur-Sultan'], ['Aktau'], ['Moscow'], ['Minsk']])('labels %s', async (city) => {
    expect(await drawn(watched.page, 'city-dots', 'name_en')).toContain(city);
    expect(await drawn(watched.page, 'city-labels', 'name_en')).toContain(city);
  });

  it('labels the countries of the region', async () => {
    expect(await names('country-labels')).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia']));
  });

  it('shows attribution for every data source', async () => {
    const text = await watched.page.locator('.maplibregl-ctrl-attrib').innerText();
    for (const credit of ['Natural Earth', 'OpenStreetMap', 'GeoNames']) expect(text).toContain(credit);
  });

  it('asks nothing of any other origin, and has no page or console error', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { MapContainer } from '../../src/map/controller.ts';
import { launch, mapIdle, watchedPage, type WatchedPage } from './chromium.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;
let watched: WatchedPage;

/** Names of the features MapLibre has drawn in the given layers, over the whole viewport. */
const drawn = (layers: string[]) =>
  watched.page.evaluate((layers) => {
    const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
    const names = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.name));
    return [...new Set(names)].sort();
  }, layers);

beforeAll(async () => {
  browser = await launch();
  watched = await watchedPage(browser, new URL(baseUrl).origin);
  await watched.page.goto(baseUrl);
  await mapIdle(watched.page);
});
afterAll(() => browser?.close());

describe('the built app, offline', () => {
  it('draws Kazakhstan, emphasised, and its neighbours', async () => {
    const countries = await drawn(['countries-fill']);
    expect(countries).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia', 'Uzbekistan', 'China', 'Belarus']));
    expect(await drawn(['focus-outline'])).toEqual(['Kazakhstan']);
  });

  it('draws the Kazakhstan–Russia border and its label', async () => {
    expect(await drawn(['border-line'])).toEqual(['Kazakhstan–Russia border']);
    expect(await drawn(['border-label'])).toEqual(['Kazakhstan–Russia border']);
  });

  it.each([['Almaty'], ['Nur-Sultan'], ['Aktau'], ['Moscow'], ['Minsk']])('labels %s', async (city) => {
    expect(await drawn(['city-dots'])).toContain(city);
    expect(await drawn(['city-labels'])).toContain(city);
  });

  it('labels the countries of the region', async () => {
    expect(await drawn(['country-labels'])).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia']));
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

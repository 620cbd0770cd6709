import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launch, mapIdle, watchedPage, type WatchedPage } from './chromium.ts';

/**
 * "Download image": the reader's moment as PNG or SVG, drawn by the static renderer, with the title,
 * the date and the data's credits in the picture, and nothing outside the file it needs.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function download(page: Page, format: 'PNG' | 'SVG'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: new RegExp(`\\b${format}\\b`) }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('Download image', () => {
  let page: Page;
  beforeAll(async () => {
    watched = await watchedPage(browser, new URL(baseUrl).origin);
    page = watched.page;
    await page.goto(`${baseUrl}?date=2022-01-06`);
    await mapIdle(page);
  });
  afterAll(() => page.close());

  it('SVG: the day’s events, the title, the date and every credit, and nothing fetched from outside the file', async () => {
    const { name, bytes } = await download(page, 'SVG');
    const svg = bytes.toString('utf8');
    expect(name).toBe('qantar-2022-2022-01-06.svg');
    expect(svg).toContain('>Qantar: Kazakhstan’s January 2022 crisis</text>');
    expect(svg).toContain('>6 January 2022</text>');
    for (const credit of ['Natural Earth', '© OpenStreetMap contributors', 'GeoNames (CC BY 4.0)', 'ETOPO5'])
      expect(svg).toContain(credit);
    // The CSTO force is deployed on 6 January; the last troops leave on the 19th.
    expect(svg).toContain('data-marker-id="csto-force-deployed"');
    expect(svg).not.toContain('data-marker-id="last-csto-troops-leave"');
    expect(svg).toContain('@font-face');
    // Only data URLs, and the lit areas' references to paths inside the file.
    expect(svg.match(/href="(?!data:|#)/g)).toBeNull();
    expect(svg.match(/url\((?!data:)/g)).toBeNull();
  });

  it('PNG: twice the pixels of the map and its bands, and a map, not a blank', async () => {
    const { name, bytes } = await download(page, 'PNG');
    expect(name).toBe('qantar-2022-2022-01-06.png');
    const png = PNG.sync.read(bytes);
    const map = await page.locator('.stage').boundingBox();
    expect(png.width).toBe(2 * Math.round(map!.width));
    expect(png.height).toBeGreaterThan(2 * Math.round(map!.height));
    const counts = new Map<number, number>();
    for (let i = 0; i < png.data.length; i += 4) {
      const rgb = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
      counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    }
    expect(counts.size).toBeGreaterThan(1000);
    expect(Math.max(...counts.values()) / (png.width * png.height)).toBeLessThan(0.5);
    expect(watched.problems).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});

it('in Russian and the dark theme, the image speaks Russian on dark paper', async () => {
  const { page, problems } = await watchedPage(browser, new URL(baseUrl).origin);
  await page.goto(`${baseUrl}ru/?date=2022-01-06&theme=dark`);
  await mapIdle(page);
  const svg = (await download(page, 'SVG')).bytes.toString('utf8');
  expect(svg).toContain('>6 января 2022 г.</text>');
  expect(svg).toContain('fill="#1b1b19"');
  expect(problems).toEqual([]);
  await page.close();
});

describe('printing', () => {
  it('prints the static map, its key and the day’s events, not the controls; then the live map is back', async () => {
    const { page, problems } = await watchedPage(browser, new URL(baseUrl).origin);
    await page.goto(`${baseUrl}?date=2022-01-06`);
    await mapIdle(page);
    const staticMap = page.locator('[data-static-map]');
    expect(await staticMap.getAttribute('aria-hidden')).toBe('true');

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => staticMap.getAttribute('aria-hidden'), { timeout: 10_000 }).toBeNull();
    expect(await staticMap.locator('[data-marker-id="csto-force-deployed"]').count()).toBe(1);
    expect(await page.locator('.live-map').isVisible()).toBe(false);
    for (const control of [page.getByRole('slider', { name: 'Date' }), page.getByRole('button', { name: /Download/ })])
      expect(await control.first().isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: 'Key' }).isVisible()).toBe(true);
    expect(await page.locator('.side h3').first().isVisible()).toBe(true);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => staticMap.getAttribute('aria-hidden'), { timeout: 10_000 }).toBe('true');
    expect(await page.locator('.live-map').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { launch, mapIdle, watchedPage } from './chromium.ts';

/**
 * The two renderers of one scene agree, and a picture carries all its words: the PNG a reader downloads
 * (drawn by the canvas renderer, once its fonts are in) against the SVG download of the same moment (the
 * SVG renderer), set inline in a page at the same scale, its fonts loaded. Where the SVG sets text, the
 * PNG must have ink too: a picture drawn before its fonts had loaded has none there.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function download(page: Page, format: 'PNG' | 'SVG'): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: new RegExp(`\\b${format}\\b`) }).click(),
  ]);
  return readFileSync((await file.path())!);
}

/** How far apart two pixels are: the largest difference of their channels. */
const apart = (a: Buffer, b: Buffer, i: number) =>
  Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));

interface Agreement {
  /** Of the pixels the SVG's words ink, the share the PNG inks too. */
  words: number;
  /** How many pixels the SVG's words ink. */
  wordPixels: number;
  /** The share of all pixels where the two pictures differ clearly. */
  differ: number;
}

/** The SVG as Chromium draws it inline, at twice its pixels, once the fonts it declares have loaded. */
async function rasterise(svg: string): Promise<PNG> {
  const [, width, height] = svg.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/)!.map(Number);
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 2 });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.evaluate(async () => {
    const texts = [...document.querySelectorAll('text')];
    await Promise.all(texts.map((t) => document.fonts.load(getComputedStyle(t).font, t.textContent ?? '')));
    await document.fonts.ready;
  });
  const png = PNG.sync.read(await page.locator('svg').first().screenshot());
  await page.close();
  return png;
}

async function agreement(png: Buffer, svg: string): Promise<Agreement> {
  const drawn = PNG.sync.read(png);
  const withWords = await rasterise(svg);
  const noWords = await rasterise(svg.replace(/<text\b[^>]*>.*?<\/text>/gs, ''));
  expect([drawn.width, drawn.height]).toEqual([withWords.width, withWords.height]);
  let [wordPixels, inked, differ] = [0, 0, 0];
  for (let i = 0; i < drawn.data.length; i += 4) {
    if (apart(drawn.data, withWords.data, i) > 80) differ++;
    if (apart(withWords.data, noWords.data, i) <= 60) continue;
    wordPixels++;
    if (apart(drawn.data, noWords.data, i) > 30) inked++;
  }
  return { words: inked / wordPixels, wordPixels, differ: differ / (drawn.width * drawn.height) };
}

it.each([
  ['English', '', 'mode=cumulative', '6 January 2022'],
  ['Russian', 'ru/', 'mode=day&theme=dark', '6 января 2022 г.'],
  ['Kazakh', 'kk/', 'mode=cumulative', '2022 ж. 6 қаңтар'],
])('%s: the PNG has every word the SVG of the same moment has, where it has it', async (_, path, query, date) => {
  const { page, problems, foreignRequests } = await watchedPage(browser, new URL(baseUrl).origin);
  await page.goto(`${baseUrl}${path}?date=2022-01-06&${query}`);
  // The pictures come from the static renderer, of where the map looks: both of one moment, once MapLibre,
  // which the full page starts by itself, has taken over (the two maps' cameras agree only to a fraction of
  // a pixel, and labels that nearly touch may be placed differently).
  await mapIdle(page);
  const svg = (await download(page, 'SVG')).toString('utf8');
  expect(svg).toContain(`>${date}</text>`);
  const result = await agreement(await download(page, 'PNG'), svg);
  // The title, the date, some forty labels and the credits: thousands of pixels of words.
  expect(result.wordPixels).toBeGreaterThan(20_000);
  expect(result.words).toBeGreaterThan(0.8);
  expect(result.differ).toBeLessThan(0.03);
  expect(problems).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await page.close();
});

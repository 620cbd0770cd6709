/**
 * Labels that fit in every language: the slider's day labels never run together, at any width from
 * 320 to 1,400 px and for stories from one day to five years, measured as the browser sets them;
 * MapLibre's credits keep clear of its scale bar.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, mapIdle, watchedPage } from './chromium.ts';
import { dist } from './static-server.ts';
import { buildVariants, replaceStory } from './variant.ts';

const baseUrl = inject('baseUrl');
const shots = 'test-results/screenshots';
let browser: Browser;
const variants = buildVariants();

/** The story's days changed to a span of its own: its events stay as they are. */
const spans = {
  'one day': ['2022-01-05', '2022-01-05'],
  '18 days': ['2022-01-02', '2022-01-19'],
  'two months': ['2022-08-01', '2022-09-30'],
  'five years': ['2020-01-01', '2024-12-31'],
} as const;

/**
 * An article with the map in three languages, near enough to mount (a light guest waits for that) and
 * on their static maps (MapLibre waits for the reader's reach), sized by the test.
 */
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Ticks</title></head>
<body>
${['en', 'ru', 'kk'].map((lang) => `<qantar-map id="${lang}" lang="${lang}" panel="false" style="height:360px"></qantar-map>`).join('\n')}
<script type="module" src="./qantar-map.js"></script></body></html>`;

/** From a phone to a wide screen; the unit test of the tick choice takes every 10 px. */
const WIDTHS = [320, 360, 400, 480, 560, 640, 760, 880, 1000, 1120, 1280, 1400];

const urls: Record<string, string> = {};
beforeAll(async () => {
  browser = await launch();
  const story = JSON.parse(readFileSync(join(dist, 'data/story.geojson'), 'utf8'));
  for (const [name, [start, end]] of Object.entries(spans))
    urls[name] = await variants.serve((dir) => {
      replaceStory(dir, { ...story, story: { ...story.story, start, end } });
      writeFileSync(join(dir, 'ticks.html'), ARTICLE);
    });
});
afterAll(async () => {
  await browser?.close();
  await variants.close();
});

/** The slider labels' boxes in each element, once it has laid them out at its width. */
const labelBoxes = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return ['en', 'ru', 'kk'].map((id) => {
      const el = document.getElementById(id)!;
      const box = el.getBoundingClientRect();
      const labels = [...el.shadowRoot!.querySelectorAll('svg.ticks text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent!, left: r.left - box.left, right: r.right - box.left };
      });
      return { id, width: box.width, labels };
    });
  });

describe('the slider’s labels', () => {
  it.each(Object.keys(spans))(
    '%s: never touch, and stay in the map’s box, from 320 to 1,400 px, in en, ru and kk',
    async (name) => {
      const { page, problems, foreignRequests } = await watchedPage(browser, new URL(urls[name]).origin, {
        width: 1440,
        height: 800,
      });
      await page.goto(`${urls[name]}ticks.html`);
      await page.waitForFunction(() =>
        ['en', 'ru', 'kk'].every((id) => document.getElementById(id)?.shadowRoot?.querySelector('svg.ticks text')),
      );
      const collisions: string[] = [];
      for (const width of WIDTHS) {
        await page.evaluate((w) => {
          for (const el of document.querySelectorAll<HTMLElement>('qantar-map')) el.style.width = `${w}px`;
        }, width);
        for (const { id, width: w, labels } of await labelBoxes(page)) {
          expect(Math.round(w)).toBe(width);
          if (labels.length === 0) collisions.push(`${id} at ${width}: no label`);
          for (let i = 1; i < labels.length; i++)
            if (labels[i].left < labels[i - 1].right + 2)
              collisions.push(`${id} at ${width}: "${labels[i - 1].text}" and "${labels[i].text}"`);
          if (labels[0]?.left < 0 || labels.at(-1)!.right > w) collisions.push(`${id} at ${width}: past the box`);
        }
      }
      expect(collisions).toEqual([]);
      if (name === '18 days' || name === 'two months')
        for (const width of [320, 760, 1280]) {
          await page.evaluate((w) => {
            for (const el of document.querySelectorAll<HTMLElement>('qantar-map')) el.style.width = `${w}px`;
          }, width);
          await labelBoxes(page);
          await page.locator('#ru').evaluate((el) => el.scrollIntoView());
          await page.screenshot({ path: `${shots}/ticks-${name.replace(' ', '-')}-${width}.png`, fullPage: false });
        }
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.close();
    },
  );
});

describe('MapLibre’s credits', () => {
  it.each([
    ['ru', 760],
    ['kk', 500],
  ])('in %s at %i px keep clear of the scale bar', async (lang, width) => {
    const { page, problems } = await watchedPage(browser, new URL(baseUrl).origin, { width, height: 600 });
    // MapLibre at once, not on the reader's reach, as an embed in an article may start it (`loading`).
    await page.goto(`${baseUrl}embed.html?lang=${lang}&date=2022-01-06&loading=eager`);
    await mapIdle(page);
    const [credits, scale] = await Promise.all(
      ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale'].map((s) => page.locator(s).boundingBox()),
    );
    const apart =
      credits!.x >= scale!.x + scale!.width ||
      credits!.y >= scale!.y + scale!.height ||
      credits!.y + credits!.height <= scale!.y;
    await page.screenshot({ path: `${shots}/credits-${lang}-${width}.png` });
    expect(apart).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

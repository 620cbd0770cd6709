/**
 * A date's step on the static map (the map wherever MapLibre is not drawing): the work to draw it and
 * the markup that changes, for the story layer alone (as the page now does) against the whole map drawn
 * again (as it did before, and as the baseline here does in the same run). The compute is timed in Node
 * on the pure renderer; the page's update in Chromium without WebGL, so the static map stays the map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../test/browser/chromium.ts';
import { loadBaseData } from '../src/static/base-data.ts';
import { baseScene } from '../src/static/base-scene.ts';
import { storyScene } from '../src/static/story-scene.ts';
import { sceneInput } from '../src/static/scene-input.ts';
import { sceneToSvg, storySvg } from '../src/static/svg.ts';
import { english } from '../src/i18n/i18n.ts';
import { themes } from '../src/theme/theme.ts';
import { eachDay } from '../src/model/dates.ts';
import type { StoryEventCollection } from '../src/story/built.ts';
import { assertClean, probeScript, VIEWPORT } from './pages.ts';
import type { BenchServer } from './server.ts';
import { summarize, type Summary } from './stats.ts';

interface Both {
  /** The story layer alone. */
  layer: Summary;
  /** The whole map drawn again. */
  whole: Summary;
}

export interface StaticStepsResult {
  /** Date steps timed in each round. */
  steps: number;
  /** Milliseconds to compute a step's markup (Node). */
  compute: Both;
  /** Milliseconds to set a step's markup in the page and draw the next frame (Chromium). */
  page: Both;
  /** Milliseconds from the slider's key to the frame after the map changed: the whole app's step. */
  appStep: Summary;
  /** Characters of markup a step writes into the page. */
  bytes: Both;
}

const now = () => performance.now();

/** The pure renderer, in Node: each date's story layer against the whole scene and SVG made again. */
async function compute(dist: string, rounds: number): Promise<{ layer: number[]; whole: number[] }> {
  const read = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
  const story: StoryEventCollection = read('data/story.geojson');
  const lines = story.story.overlays.flatMap((o) => (o.kind === 'line' ? [o.line] : []));
  const base = await loadBaseData(async (p) => read(p), lines);
  const input = sceneInput({ story, base, size: VIEWPORT, theme: themes.light, i18n: english });
  const font = 'Noto Sans';
  const times = { layer: [] as number[], whole: [] as number[] };
  for (let round = 0; round < rounds; round++)
    for (const date of eachDay(story.story.start, story.story.end)) {
      let t = now();
      storySvg(storyScene(input, date));
      times.layer.push(now() - t);
      t = now();
      sceneToSvg({ base: baseScene(input), story: storyScene(input, date) }, { font, title: 'map' });
      times.whole.push(now() - t);
    }
  return times;
}

/**
 * In the page, at each date: the slider's key to the frame after the story layer changed (the whole
 * app's step: panel, slider, URL and map); then the static map's own part of it, the story layer's
 * markup parsed and set in its two groups, against the whole map's parsed and set, as each step did before.
 */
async function page(browser: Browser, server: BenchServer, rounds: number) {
  const url = `${server.url('app')}?date=2022-01-02`;
  const watched = await watchedPage(browser, new URL(url).origin, VIEWPORT);
  const { page } = watched;
  await page.addInitScript(probeScript);
  await page.goto(url);
  await page.locator('[data-static-map][data-redrawn]').waitFor({ state: 'attached', timeout: 60_000 });
  const app: number[] = [];
  const times = { layer: [] as number[], whole: [] as number[] };
  const bytes = { layer: [] as number[], whole: [] as number[] };
  for (let round = 0; round < rounds; round++)
    for (const key of [...Array(17).fill('ArrowRight'), 'Home']) {
      app.push(
        await page.evaluate(
          (key) =>
            new Promise<number>((resolve) => {
              const groups = [...document.querySelectorAll('[data-static-map] [data-story]')];
              const t0 = performance.now();
              const seen = new MutationObserver(() => {
                seen.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - t0));
              });
              groups.forEach((g) => seen.observe(g, { childList: true }));
              const slider = document.querySelector('input[type="range"]')!;
              slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            }),
          key,
        ),
      );
      const step = await page.evaluate(async () => {
        // No named function in here: tsx would wrap it in a helper (`__name`) the page does not have.
        const map = document.querySelector('[data-static-map]')!;
        const parser = new DOMParser();
        const [areas, marks] = [...map.querySelectorAll('[data-story]')];
        const layer = `<svg xmlns="http://www.w3.org/2000/svg"><g>${areas.innerHTML}</g><g>${marks.innerHTML}</g></svg>`;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        let t0 = performance.now();
        const [a, m] = [
          ...document.importNode(parser.parseFromString(layer, 'image/svg+xml').documentElement, true).children,
        ];
        areas.replaceChildren(...a.childNodes);
        marks.replaceChildren(...m.childNodes);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const layerMs = performance.now() - t0;
        const whole = map.innerHTML;
        t0 = performance.now();
        map.replaceChildren(document.importNode(parser.parseFromString(whole, 'image/svg+xml').documentElement, true));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return { layerMs, wholeMs: performance.now() - t0, layerBytes: layer.length, wholeBytes: whole.length };
      });
      times.layer.push(step.layerMs);
      times.whole.push(step.wholeMs);
      bytes.layer.push(step.layerBytes);
      bytes.whole.push(step.wholeBytes);
    }
  assertClean(watched, 'static steps');
  await page.close();
  return { app, times, bytes };
}

export async function measureStaticSteps(dist: string, server: BenchServer, rounds = 3): Promise<StaticStepsResult> {
  server.setStory(null);
  const computed = await compute(dist, rounds);
  // Without WebGL the static map is the map, as it is until a reader reaches for it in an article.
  const browser = await launch(['--disable-webgl']);
  try {
    const inPage = await page(browser, server, rounds);
    return {
      steps: 18,
      compute: { layer: summarize(computed.layer), whole: summarize(computed.whole) },
      page: { layer: summarize(inPage.times.layer), whole: summarize(inPage.times.whole) },
      appStep: summarize(inPage.app),
      bytes: { layer: summarize(inPage.bytes.layer), whole: summarize(inPage.bytes.whole) },
    };
  } finally {
    await browser.close();
  }
}

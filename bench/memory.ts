import type { Browser, CDPSession, Page } from 'playwright-core';
import type { StoryEventCollection } from '../src/story/built.ts';
import { closeMap, openMap, settle } from './pages.ts';
import { seek } from './playback.ts';
import type { BenchServer } from './server.ts';
import './baseline/handle.ts';

/** Main-thread JS heap in use after a forced garbage collection, in bytes. */
export interface HeapSeries {
  afterLoad: number;
  afterPlayback: number[];
  /** Last playback's heap over the first's. */
  growth: number;
}

export interface MemoryResult {
  events: number;
  /** Playback speed, in days a second. */
  speed: number;
  app: HeapSeries;
  /** The MapLibre-only page stepping through the same days at the same pace, for comparison. */
  baseline: HeapSeries;
}

/** Collects garbage (twice, for what the first pass frees up) and reads the heap in use. */
export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  if (!used) throw new Error('no JSHeapUsedSize metric');
  return used.value;
}

/** The app: its own Play button, from the first day until it stops on the last. */
async function playApp(page: Page): Promise<void> {
  await seek(page, 0);
  await settle(page);
  await page.click('button[aria-label="Play"]');
  await page.waitForSelector('button[aria-label="Pause"]');
  await page.waitForSelector('button[aria-label="Play"]', { timeout: 120_000 });
}

/** The baseline: one `setGlobalStateProperty('time')` per day, at the app's pace, then back to the first. */
const playBaseline = (page: Page, speed: number) =>
  page.evaluate(async (speed) => {
    const bench = window.qantarBench!;
    for (let day = bench.firstDay + 1; day <= bench.lastDay; day++) {
      await new Promise((resolve) => setTimeout(resolve, 1000 / speed));
      bench.step(day);
    }
    bench.step(bench.firstDay);
  }, speed);

async function series(
  browser: Browser,
  url: string,
  playbacks: number,
  prepare: (page: Page) => Promise<void>,
  play: (page: Page) => Promise<void>,
): Promise<HeapSeries> {
  const watched = await openMap(browser, url, { timeout: 120_000 });
  const { page } = watched;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await settle(page);
  const afterLoad = await heapUsed(cdp);
  await prepare(page);
  const afterPlayback: number[] = [];
  for (let i = 0; i < playbacks; i++) {
    await play(page);
    await settle(page);
    afterPlayback.push(await heapUsed(cdp));
  }
  await cdp.detach();
  await closeMap(watched, `memory ${url}`);
  return { afterLoad, afterPlayback, growth: afterPlayback[afterPlayback.length - 1] - afterPlayback[0] };
}

/** Loads the story, then plays it from the first day to the last `playbacks` times: the app, then the baseline. */
export async function measureMemory(
  browser: Browser,
  server: BenchServer,
  story: StoryEventCollection,
  size: { w: number; h: number },
  playbacks: number,
  speed: number,
): Promise<MemoryResult> {
  server.setStory(Buffer.from(JSON.stringify(story)));
  const app = await series(
    browser,
    server.url('app'),
    playbacks,
    (page) =>
      page
        .getByLabel('Speed')
        .selectOption(String(speed))
        .then(() => undefined),
    playApp,
  );
  const baseline = await series(
    browser,
    `${server.url('baseline')}?w=${size.w}&h=${size.h}`,
    playbacks,
    async () => undefined,
    (page) => playBaseline(page, speed),
  );
  server.setStory(null);
  server.takeLog();
  return { events: story.features.length, speed, app, baseline };
}

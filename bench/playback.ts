import type { Browser, Page } from 'playwright-core';
import type { MapContainer } from '../src/map/create-map.ts';
import type { StoryEventCollection } from '../src/story/built.ts';
import { closeMap, openMap, settle } from './pages.ts';
import type { BenchServer } from './server.ts';
import { summarize, type Summary } from './stats.ts';

export interface PlaybackRun {
  seconds: number;
  /** MapLibre `render` events: frames the map drew. */
  mapFrames: number;
  /** `requestAnimationFrame` callbacks: frames the page got. */
  pageFrames: number;
  /** Days the slider moved through. */
  days: number;
  longTasks: number[];
}

export interface PlaybackResult {
  events: number;
  runs: PlaybackRun[];
  mapFps: Summary;
  pageFps: Summary;
  longTasks: Summary;
  longestTaskMs: number;
}

/** Seeks the app's slider to a position, as the reader would by dragging. */
export const seek = (page: Page, index: number) =>
  page.evaluate((index) => {
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Date"]')!;
    slider.value = String(index);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, index);

/** Plays from the first day at the default speed (one day a second) for `ms`, counting frames and long tasks. */
function playFor(page: Page, ms: number): Promise<PlaybackRun> {
  return page.evaluate(async (ms) => {
    const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
    const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Date"]')!;
    let mapFrames = 0;
    let pageFrames = 0;
    let running = true;
    const onRender = () => mapFrames++;
    const onFrame = () => {
      if (!running) return;
      pageFrames++;
      requestAnimationFrame(onFrame);
    };
    map.on('render', onRender);
    requestAnimationFrame(onFrame);
    const t0 = performance.now();
    document.querySelector<HTMLButtonElement>('button[aria-label="Play"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const t1 = performance.now();
    running = false;
    map.off('render', onRender);
    document.querySelector<HTMLButtonElement>('button[aria-label="Pause"]')?.click();
    const days = Number(slider.value);
    // Long-task entries are delivered after the task: give the last ones time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const longTasks = window
      .qantarProbe!.longTasks.filter((t) => t.start >= t0 && t.start < t1)
      .map((t) => Math.round(t.duration * 10) / 10);
    return { seconds: (t1 - t0) / 1000, mapFrames, pageFrames, days, longTasks };
  }, ms);
}

export async function measurePlayback(
  browser: Browser,
  server: BenchServer,
  story: StoryEventCollection,
  runs: number,
  ms: number,
): Promise<PlaybackResult> {
  server.setStory(Buffer.from(JSON.stringify(story)));
  const watched = await openMap(browser, server.url('app'), { timeout: 120_000 });
  const results: PlaybackRun[] = [];
  for (let i = 0; i < runs; i++) {
    await seek(watched.page, 0);
    await settle(watched.page);
    results.push(await playFor(watched.page, ms));
  }
  await settle(watched.page);
  await closeMap(watched, `playback ${story.features.length}`);
  server.setStory(null);
  server.takeLog();
  return {
    events: story.features.length,
    runs: results,
    mapFps: summarize(results.map((r) => r.mapFrames / r.seconds)),
    pageFps: summarize(results.map((r) => r.pageFrames / r.seconds)),
    longTasks: summarize(results.map((r) => r.longTasks.length)),
    longestTaskMs: Math.max(0, ...results.flatMap((r) => r.longTasks)),
  };
}

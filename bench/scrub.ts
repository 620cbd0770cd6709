import type { Browser, Page } from 'playwright-core';
import type { MapContainer } from '../src/map/create-map.ts';
import { toDayNumber } from '../src/model/dates.ts';
import type { StoryEventCollection } from '../src/story/built.ts';
import { closeMap, openMap, settle } from './pages.ts';
import type { BenchServer } from './server.ts';
import { summarize, type Summary } from './stats.ts';
import './baseline/handle.ts';

/**
 * - `app`: the built app; a slider `input` event, through Svelte and the app's state, to
 *   `setGlobalStateProperty('time')` (and the panel, the inset and the pulse ring).
 * - `map`: the baseline page (MapLibre only), `setGlobalStateProperty('time')` called directly.
 * - `naive`: the baseline page, events filtered in JS and `setData(filtered)` on each step.
 */
export type ScrubMode = 'app' | 'map' | 'naive';
export const scrubModes: ScrubMode[] = ['app', 'map', 'naive'];

export interface ScrubResult {
  events: number;
  /** Slider positions stepped to, in order, each from a settled map. */
  steps: number[];
  latency: Record<ScrubMode, Summary>;
  /** App only: from the slider's `input` event to the app's `setGlobalStateProperty('time')` call. */
  appToMap: Summary;
  /** App median over the naive baseline's median. */
  ratio: number;
}

/**
 * One step, timed in the page: from just before the change (the slider's `input` event, or the
 * baseline's call) to the end of the first map `render` after which every source is loaded
 * (`isSourceLoaded`: its data and all its tiles reloaded in the worker) with the new day in force:
 * the first frame that draws the new date. Not `map.loaded()`: that stays false while the app's
 * pulse ring animates, after the new date is already drawn.
 */
function step(page: Page, mode: ScrubMode, index: number, day: number): Promise<{ latency: number; told: number }> {
  return page.evaluate(
    ({ mode, index, day }) =>
      new Promise<{ latency: number; told: number }>((resolve, reject) => {
        const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
        const sources = [...new Set(map.getLayersOrder().map((id) => map.getLayer(id)?.source))].filter(
          (id): id is string => !!id,
        );
        // Notes when the date reaches MapLibre, to tell the app's own work from MapLibre's.
        const setState = map.setGlobalStateProperty;
        let told = NaN;
        map.setGlobalStateProperty = ((name: string, value: unknown) => {
          // The date goes to MapLibre as `time`, the day number (negative showing the day only): time-layers.ts.
          if (name === 'time' && Math.abs(value as number) === day && Number.isNaN(told)) told = performance.now();
          return setState.call(map, name, value);
        }) as typeof setState;
        const timer = setTimeout(() => reject(new Error(`no frame for day ${day} within 120 s`)), 120_000);
        let t0 = 0;
        const onRender = () => {
          if (mode !== 'naive' && Math.abs(map.getGlobalState().time) !== day) return;
          if (!sources.every((id) => map.isSourceLoaded(id))) return;
          const t1 = performance.now();
          map.off('render', onRender);
          map.setGlobalStateProperty = setState;
          clearTimeout(timer);
          resolve({ latency: t1 - t0, told: told - t0 });
        };
        map.on('render', onRender);
        t0 = performance.now();
        if (mode === 'app') {
          const slider = document.querySelector<HTMLInputElement>('input[type="range"][aria-label="Date"]')!;
          slider.value = String(index);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        } else {
          window.qantarBench!.step(day);
        }
      }),
    { mode, index, day },
  );
}

export async function measureScrub(
  browser: Browser,
  server: BenchServer,
  story: StoryEventCollection,
  size: { w: number; h: number },
  steps: number[],
): Promise<ScrubResult> {
  server.setStory(Buffer.from(JSON.stringify(story)));
  const firstDay = toDayNumber(story.story.start);
  const urls: Record<ScrubMode, string> = {
    app: server.url('app'),
    map: `${server.url('baseline')}?w=${size.w}&h=${size.h}`,
    naive: `${server.url('baseline')}?w=${size.w}&h=${size.h}&scrub=naive`,
  };
  const latency = {} as Record<ScrubMode, Summary>;
  const told: number[] = [];
  for (const mode of scrubModes) {
    const watched = await openMap(browser, urls[mode], { timeout: 180_000 });
    await settle(watched.page);
    const times: number[] = [];
    for (const index of steps) {
      const timed = await step(watched.page, mode, index, firstDay + index);
      times.push(timed.latency);
      if (mode === 'app') told.push(timed.told);
      await settle(watched.page);
    }
    await closeMap(watched, `scrub ${mode} ${story.features.length}`);
    latency[mode] = summarize(times);
  }
  server.setStory(null);
  server.takeLog();
  return {
    events: story.features.length,
    steps,
    latency,
    appToMap: summarize(told),
    ratio: latency.app.median / latency.naive.median,
  };
}

/**
 * The element as a guest in an article (issues 15 and 19): WebGL contexts and heap across 20 attach
 * and detach cycles of `<qantar-map>`, and long tasks while a reader scrolls an article whose steps
 * drive the map through a story of 1,000 events.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StoryEventCollection } from '../src/story/built.ts';
import { watchedPage } from '../test/browser/chromium.ts';
import { heapUsed } from './memory.ts';
import { slope } from './stats.ts';
import { assertClean, probe, probeScript, VIEWPORT } from './pages.ts';
import type { BenchServer } from './server.ts';

export interface CyclesResult {
  cycles: number;
  /** WebGL contexts the page made, and how many were still alive after the last element went. */
  contexts: number;
  liveContexts: number;
  /** Removed elements still alive after the last cycle and a garbage collection: each one held is a leak of all it holds. */
  elementsAlive: number;
  /** The page's font faces (`document.fonts`) after the first cycle and after the last. */
  fonts: [number, number];
  /** JS heap in use after a forced garbage collection, after each cycle, in bytes. */
  heap: number[];
  /** Last cycle's heap over the first's. */
  growth: number;
  /** The heap's least-squares slope over the second half of the cycles, bytes per cycle. */
  lateSlope: number;
}

export interface ScrollResult {
  events: number;
  steps: number;
  seconds: number;
  /** Every long task (over 50 ms) while scrolling, in ms. */
  longTasks: number[];
  longestTaskMs: number;
}

/** The host pages, in a folder of their own that the bench serves beside the build. */
export function hostPages(story: StoryEventCollection): string {
  const dir = mkdtempSync(join(tmpdir(), 'qantar-bench-host-'));
  const script = '<script type="module" src="/app/qantar-map.js"></script>';
  writeFileSync(
    join(dir, 'cycles.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cycles</title></head><body><main id="host"></main>${script}</body></html>`,
  );
  const { start } = story.story;
  const days = Array.from({ length: 18 }, (_, i) =>
    new Date(Date.parse(start) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const steps = days
    .map(
      (d, i) =>
        `<section data-qantar-step data-date="${d}" data-mode="${i % 2 ? 'day' : 'cumulative'}" data-view="${i % 3 ? 'story' : '76.9,43.25,8'}" style="min-height:90vh;max-width:30em"><p>Day ${i + 1}.</p></section>`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'scroll.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scroll</title></head><body style="margin:0">
<div style="position:sticky;top:0;height:60vh;z-index:1"><qantar-map id="m" loading="eager" style="height:100%"></qantar-map></div>
<div style="height:60vh"></div>${steps}<div style="height:100vh"></div>${script}</body></html>`,
  );
  return dir;
}

/**
 * Counts the WebGL contexts a page makes, before any script of the page runs: held weakly, so a
 * context nothing holds any more (a support check's) is collected, and one still alive after a
 * garbage collection and not lost is a leak.
 */
const contextCounter = `
const made = [];
const get = HTMLCanvasElement.prototype.getContext;
HTMLCanvasElement.prototype.getContext = function (...args) {
  const ctx = get.apply(this, args);
  if (ctx && /webgl/.test(String(args[0]))) made.push(new WeakRef(ctx));
  return ctx;
};
window.qantarContexts = () => [
  made.length,
  made.filter((r) => { const c = r.deref(); return c !== undefined && !c.isContextLost(); }).length,
];
`;

/** Adds an element, waits for its map to be idle, removes it: `cycles` times. */
export async function measureCycles(browser: Browser, server: BenchServer, cycles: number): Promise<CyclesResult> {
  server.setStory(null);
  const watched = await watchedPage(browser, server.origin, VIEWPORT);
  const { page } = watched;
  await page.addInitScript(probeScript);
  await page.addInitScript(contextCounter);
  await page.goto(server.url('host') + 'cycles.html');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap: number[] = [];
  const fonts: number[] = [];
  for (let i = 0; i < cycles; i++) {
    await page.evaluate(async () => {
      const el = document.createElement('qantar-map');
      el.setAttribute('loading', 'eager');
      el.setAttribute('style', 'width:700px;height:520px');
      document.getElementById('host')!.append(el);
      await new Promise<void>((resolve) => {
        const check = () =>
          el.shadowRoot?.querySelector('[data-map-state="idle"]') ? resolve() : setTimeout(check, 50);
        check();
      });
      el.remove();
      const w = window as unknown as { qantarRemoved?: WeakRef<Element>[] };
      (w.qantarRemoved ??= []).push(new WeakRef(el));
    });
    heap.push(await heapUsed(cdp));
    fonts.push(await page.evaluate(() => document.fonts.size));
  }
  await heapUsed(cdp); // a garbage collection first, so only contexts something holds are left
  const [contexts, liveContexts] = await page.evaluate(() =>
    (window as unknown as { qantarContexts: () => [number, number] }).qantarContexts(),
  );
  const elementsAlive = await page.evaluate(
    () =>
      (window as unknown as { qantarRemoved: WeakRef<Element>[] }).qantarRemoved.filter((r) => r.deref() !== undefined)
        .length,
  );
  await cdp.detach();
  assertClean(watched, 'element cycles');
  await page.close();
  return {
    cycles,
    contexts,
    liveContexts,
    elementsAlive,
    fonts: [fonts[0], fonts[fonts.length - 1]],
    heap,
    growth: heap[heap.length - 1] - heap[0],
    lateSlope: slope(heap.slice(Math.floor(heap.length / 2))),
  };
}

/** Scrolls the article from its top to its end by the wheel, as a reader would, counting long tasks. */
export async function measureScroll(
  browser: Browser,
  server: BenchServer,
  story: StoryEventCollection,
): Promise<ScrollResult> {
  server.setStory(Buffer.from(JSON.stringify(story)));
  const watched = await watchedPage(browser, server.origin, VIEWPORT);
  const { page } = watched;
  await page.addInitScript(probeScript);
  await page.goto(server.url('host') + 'scroll.html');
  await page.locator('#m [data-map-state="idle"]').waitFor({ timeout: 120_000 });
  await page.mouse.move(1000, 700);
  const t0 = Date.now();
  const since = await page.evaluate(() => performance.now());
  const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  for (let y = 0; y < height; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(1500);
  const seconds = (Date.now() - t0) / 1000;
  const longTasks = (await probe(page)).longTasks.filter((t) => t.start >= since).map((t) => Math.round(t.duration));
  assertClean(watched, 'scroll steps');
  await page.close();
  server.setStory(null);
  return {
    events: story.features.length,
    steps: 18,
    seconds,
    longTasks,
    longestTaskMs: Math.max(0, ...longTasks),
  };
}

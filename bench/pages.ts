import type { Browser, Page } from 'playwright-core';
import { mapIdle, mapSettled, watchedPage, type WatchedPage } from '../test/browser/chromium.ts';

/** What the probe script records in the page from its first moment. */
export interface Probe {
  /** `performance.now()` (ms since navigation) when the map container first turned idle. */
  idleAt: number | null;
  longTasks: { start: number; duration: number }[];
}

declare global {
  interface Window {
    qantarProbe?: Probe;
  }
}

/**
 * Runs before any script of the page. `__name` stands in for the helper tsx adds to named functions,
 * which functions handed to `page.evaluate` would otherwise call in a page that lacks it.
 */
export const probeScript = `
globalThis.__name = globalThis.__name || ((f) => f);
const probe = (window.qantarProbe = { idleAt: null, longTasks: [] });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
new MutationObserver((_, observer) => {
  if (document.querySelector('[data-map-state="idle"]')) {
    probe.idleAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
`;

/** The window every page of the bench opens in (the browser tests' default). */
export const VIEWPORT = { width: 1280, height: 800 };

/** Fails loudly on a request off 127.0.0.1 or any page error: the bench's numbers would mean nothing. */
export function assertClean(watched: WatchedPage, what: string): void {
  if (watched.foreignRequests.length)
    throw new Error(`${what}: requests off 127.0.0.1:\n${watched.foreignRequests.join('\n')}`);
  if (watched.problems.length) throw new Error(`${what}: the page met problems:\n${watched.problems.join('\n')}`);
}

/** Opens a URL in a fresh browser context (a cold cache) and waits for the map's first idle. */
export async function openMap(
  browser: Browser,
  url: string,
  options: { timeout?: number; viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const watched = await watchedPage(browser, new URL(url).origin, options.viewport ?? VIEWPORT);
  await watched.page.addInitScript(probeScript);
  await watched.page.goto(url);
  await mapIdle(watched.page, options.timeout ?? 60_000);
  assertClean(watched, url);
  return watched;
}

let closedClean = 0;
/** How many pages the bench closed with no request off 127.0.0.1 and no page error. */
export const pagesCheckedClean = () => closedClean;

export async function closeMap(watched: WatchedPage, what: string): Promise<void> {
  assertClean(watched, what);
  await watched.page.close();
  closedClean++;
}

/** Waits until the map has loaded everything and drawn it (bench pages may be slow: 2 minutes). */
export const settle = (page: Page, timeout = 120_000): Promise<void> => mapSettled(page, timeout);

export const probe = (page: Page): Promise<Probe> => page.evaluate(() => window.qantarProbe!);

/** The size of the map's canvas, so the baseline draws the same number of pixels. */
export const mapSize = (page: Page): Promise<{ w: number; h: number }> =>
  page.evaluate(() => {
    const r = document.querySelector('[data-map-state]')!.getBoundingClientRect();
    return { w: Math.round(r.width), h: Math.round(r.height) };
  });

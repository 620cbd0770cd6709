import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Frame, type FrameLocator, type Page } from 'playwright-core';
import type { MapContainer } from '../../src/map/create-map.ts';
import { START_MARK } from '../../src/app/first-paint.ts';

/** Flags known to give headless software WebGL2 on these machines, and no traffic to Google. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launch(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH`,
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}

export interface WatchedPage {
  page: Page;
  /** Page errors, console errors and failed requests, in the order they happened. */
  problems: string[];
  /** Every URL the page asked for that is not on its own origin. */
  foreignRequests: string[];
}

/** A page that records everything a browser test must fail on. */
export async function watchedPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
  /** The reader's language (navigator.languages), when it matters. */
  locale?: string,
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport, locale });
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // A failed resource is reported with its URL by the response handler below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    // MapLibre cancels the tiles a moving camera no longer needs: a cancelled request is not a failure.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { page, problems, foreignRequests };
}

/** Waits until the map has loaded its style and sources and has nothing left to draw. */
export async function mapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-map-state="idle"]', { timeout });
}

/** After a change (a new date), waits until the map has loaded every tile and drawn a frame with it. */
export async function mapSettled(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = document.querySelector<MapContainer>('[data-map-state]')?.qantarMap;
      return map && map.loaded() && !map.isMoving() && map.areTilesLoaded();
    },
    undefined,
    { timeout },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * Properties (`key`) of the features the map draws in a group of layers (`events` takes
 * `events:…` too), across the whole viewport. A feature counts only when its layer draws it, by
 * the paint MapLibre evaluated: the date layers keep features out of their days at zero size and
 * opacity, and `queryRenderedFeatures` alone would still return them. The map is the page's (or
 * the frame's), or the one in the shadow root of the element `host` selects.
 */
export function drawn(page: Page | Frame, group: string, key = 'category', host?: string): Promise<string[]> {
  return page.evaluate(
    ({ group, key, host }) => {
      const root = host ? document.querySelector(host)!.shadowRoot! : document;
      const map = root.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
      const layers = map.getLayersOrder().filter((id) => id === group || id.startsWith(`${group}:`));
      const visible = (f: { layer: { type: string; paint?: unknown } }) => {
        const paint = (f.layer.paint ?? {}) as Record<string, unknown>;
        const n = (name: string, otherwise: number) => Number(paint[name] ?? otherwise);
        if (f.layer.type === 'circle')
          return (
            n('circle-radius', 5) > 0 &&
            (n('circle-opacity', 1) > 0 || n('circle-stroke-width', 0) * n('circle-stroke-opacity', 1) > 0)
          );
        if (f.layer.type === 'line') return n('line-opacity', 1) > 0 && n('line-width', 1) > 0;
        if (f.layer.type === 'fill') return n('fill-opacity', 1) > 0;
        return true;
      };
      const features = layers.length ? map.queryRenderedFeatures({ layers }).filter(visible) : [];
      return [...new Set(features.map((f) => String(f.properties[key])))].sort();
    },
    { group, key, host },
  );
}

/** Where a static map is: the page, a frame, or inside the element (or box) `within` selects. */
const scoped = (scope: Page | FrameLocator, within: string, selector: string) =>
  scope.locator(`${within} ${selector}`.trim()).first();

/**
 * Waits until the app has drawn its static map (not only the prerendered one or the poster): what an
 * embed in an article shows until the reader reaches for the map.
 */
export async function staticReady(scope: Page | FrameLocator, within = '', timeout = 30_000): Promise<void> {
  await scoped(scope, within, '[data-static-map][data-drawn] svg').waitFor({ timeout });
}

/** The ids of the events the static map marks on its date. */
export function staticMarkers(scope: Page | FrameLocator, within = ''): Promise<string[]> {
  return scope
    .locator(`${within} [data-static-map] [data-story="marks"] [data-marker-id]`.trim())
    .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-marker-id')!).sort());
}

/** Records the page's requests for MapLibre's code: a reader it never reached loads none. */
export function mapLibreStarts(page: Page): () => string[] {
  const asked: string[] = [];
  page.on('request', (r) => /live-map|maplibre/.test(r.url()) && asked.push(new URL(r.url()).pathname));
  return () => [...asked];
}

/**
 * Counts the WebGL contexts the page's canvases are asked for, from before its first script: a test
 * context asked only to know whether WebGL works costs a long task as much as a map's.
 */
export async function webGlAsked(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counted = window as unknown as { webGlAsked: number };
    counted.webGlAsked = 0;
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
      if (type.includes('webgl')) counted.webGlAsked++;
      return getContext.call(this, type, options);
    } as typeof getContext;
  });
  return () => page.evaluate(() => (window as unknown as { webGlAsked: number }).webGlAsked);
}

/** Records the priority the browser gives each request from now on, by path (High, Low…). */
export async function requestPriorities(page: Page): Promise<Map<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const priority = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => priority.set(new URL(e.request.url).pathname, e.request.initialPriority));
  return priority;
}

/** Waits for the app's start (its `qantar:start` mark); when it came, and when the first contentful paint did. */
export async function paintAndStart(page: Page): Promise<{ paint: number; start: number }> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, START_MARK);
  return page.evaluate(
    (mark) => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      start: performance.getEntriesByName(mark)[0].startTime,
    }),
    START_MARK,
  );
}

/**
 * The workers a page starts from a blob (the app's ICU warm-up among them; MapLibre's comes from a
 * file), each with whether it has ended.
 */
export function blobWorkers(page: Page): { url: string; ended: boolean }[] {
  const workers: { url: string; ended: boolean }[] = [];
  page.on('worker', (worker) => {
    if (!worker.url().startsWith('blob:')) return;
    const seen = { url: worker.url(), ended: false };
    workers.push(seen);
    worker.on('close', () => (seen.ended = true));
  });
  return workers;
}

/** The reader reaches for a static map with one of its buttons (by its name: "Zoom in", "Full screen"). */
export async function reachFor(scope: Page | FrameLocator, name: string, within = ''): Promise<void> {
  const box = within ? scope.locator(within) : scope.locator('body');
  await box.getByRole('button', { name, exact: true }).first().click();
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The ids of the rules axe-core finds broken on the page as it stands: its default rules, or only
 * `rules` (those it leaves off by default, as WCAG 2.2's target-size, among them).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (rules) => {
    type Run = (context: Document, options: object) => Promise<{ violations: { id: string }[] }>;
    const { axe } = window as unknown as { axe: { run: Run } };
    const result = await axe.run(document, rules ? { runOnly: { type: 'rule', values: rules } } : {});
    return result.violations.map((v) => v.id);
  }, rules);
}

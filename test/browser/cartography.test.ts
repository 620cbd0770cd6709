import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { MapContainer } from '../../src/map/create-map.ts';
import { axeViolations, launch, mapIdle, mapSettled, watchedPage, type WatchedPage } from './chromium.ts';

/**
 * The map as a graphics editor would check it: the city map is a map and not a field, the story's
 * markers stand where the city map has their places, no label is set over another or over a drawn
 * event at any width, the key and the scale bar are there for every reader, and the inset is a
 * map of the city in either theme.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
let watched: WatchedPage;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function open(query: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  await watched?.page.close();
  watched = await watchedPage(browser, new URL(baseUrl).origin, viewport);
  await watched.page.goto(baseUrl + query);
  await mapIdle(watched.page);
  await mapSettled(watched.page);
  return watched.page;
}

/** The share of the canvas's pixels that have its most common colour. */
async function commonestColourShare(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const rgb = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  return Math.max(...counts.values()) / (png.width * png.height);
}

/** Where the map draws an event, in page pixels, and its radius; null when it is not drawn. */
const drawnEvent = (page: Page, id: string) =>
  page.evaluate((id) => {
    const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
    const layers = map.getLayersOrder().filter((l) => l.startsWith('events:'));
    const f = map
      .queryRenderedFeatures({ layers })
      .find((f) => f.properties.id === id && Number((f.layer.paint as Record<string, unknown>)['circle-radius']) > 0);
    if (!f) return null;
    const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    return { x: p.x, y: p.y };
  }, id);

/** The city map's features of a layer under a point of the map. */
const cityUnder = (page: Page, point: { x: number; y: number }, layer: string) =>
  page.evaluate(
    ({ point, layer }) => {
      const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
      return map.queryRenderedFeatures([point.x, point.y], { layers: [layer] }).map((f) => String(f.properties.class));
    },
    { point, layer },
  );

/** Where the city map labels one of its landmarks, in the map's pixels; null when it does not. */
const landmark = (page: Page, id: string) =>
  page.evaluate((id) => {
    const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
    const f = map.queryRenderedFeatures({ layers: ['city-landmarks:almaty'] }).find((f) => f.properties.id === id);
    if (!f) return null;
    const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    return { x: p.x, y: p.y };
  }, id);

/** A label's part as MapLibre's placement keeps it, in the map's pixels: a box, or a circle (labels along lines). */
type Shape = { label: string } & (
  { x1: number; y1: number; x2: number; y2: number } | { x: number; y: number; r: number }
);

/**
 * Every label the map placed, as the boxes and circles MapLibre's placement keeps for it, and every
 * event the map draws, with its radius. MapLibre has no public API for label boxes: this reads its
 * collision index, which the pinned version keeps as below.
 */
const placed = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector<MapContainer>('[data-map-state]')!.qantarMap!;
    type Key = { bucketInstanceId: number; featureIndex: number; overlapMode: string };
    interface Grid {
      bboxes: number[];
      boxKeys: Key[];
      circles: number[];
      circleKeys: Key[];
    }
    const index = (map as unknown as { style: { placement: { collisionIndex: { grid: Grid; ignoredGrid: Grid } } } })
      .style.placement.collisionIndex;
    const pad = 100; // MapLibre's collision index pads the viewport by this much on each side.
    const label = (k: Key) => `${k.bucketInstanceId}/${k.featureIndex}`;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const shapes = [index.grid, index.ignoredGrid].flatMap((grid) => [
      ...grid.boxKeys.flatMap((k, i) => {
        const [x1, y1, x2, y2] = grid.bboxes.slice(4 * i, 4 * i + 4).map((v) => v - pad);
        const on = x2 > 0 && y2 > 0 && x1 < width && y1 < height;
        return k.overlapMode !== 'always' && on ? [{ label: label(k), x1, y1, x2, y2 }] : [];
      }),
      ...grid.circleKeys.flatMap((k, i) => {
        const [x, y, r] = grid.circles.slice(3 * i, 3 * i + 3);
        return k.overlapMode !== 'always' ? [{ label: label(k), x: x - pad, y: y - pad, r }] : [];
      }),
    ]);
    const footprints = index.grid.boxKeys.filter((k) => k.overlapMode === 'always').length;
    const events = map
      .queryRenderedFeatures({ layers: map.getLayersOrder().filter((l) => l.startsWith('events:')) })
      .flatMap((f) => {
        const radius = Number((f.layer.paint as Record<string, unknown>)['circle-radius']);
        if (!(radius > 0)) return [];
        const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
        return [{ label: `event ${String(f.properties.id)}`, x: p.x, y: p.y, r: radius }];
      });
    return { shapes, footprints, events };
  });

/** Whether two shapes share any pixel (touching edges do not count). */
function overlaps(a: Shape, b: Shape): boolean {
  const gap = (p: { x: number; y: number }, box: { x1: number; y1: number; x2: number; y2: number }) =>
    Math.hypot(Math.max(box.x1 - p.x, 0, p.x - box.x2), Math.max(box.y1 - p.y, 0, p.y - box.y2));
  if ('r' in a && 'r' in b) return Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r;
  if ('r' in a) return 'x1' in b && gap(a, b) < a.r;
  if ('r' in b) return overlaps(b, a);
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Labels clash with no other label and no drawn event (and there are labels and events to check). */
async function expectNoClash(page: Page) {
  const { shapes, footprints, events } = await placed(page);
  expect(new Set(shapes.map((s) => s.label)).size, 'labels placed').toBeGreaterThan(5);
  expect(events.length, 'events drawn').toBeGreaterThan(0);
  expect(footprints, 'every event keeps labels off its spot').toBeGreaterThanOrEqual(events.length);
  const clashes = new Set<string>();
  shapes.forEach((a, i) => {
    for (const b of [...shapes.slice(i + 1), ...events])
      if (a.label !== b.label && overlaps(a, b)) clashes.add(`label ${a.label} over ${b.label}`);
  });
  expect([...clashes]).toEqual([]);
}

describe('Almaty, a real city map', () => {
  it('at zoom 11.2 on 5 January: no one colour fills the canvas; the airport north-east of the akimat, each on the city map’s own', async () => {
    const page = await open('?date=2022-01-05&view=76.993,43.294,11.2', { width: 1280, height: 1000 });
    // Before the city map, 87% of the canvas at zoom 11 was one flat colour; measured now: 28%.
    expect(await commonestColourShare(page)).toBeLessThan(0.6);
    const [airport, akimat] = [await drawnEvent(page, 'airport-seized'), await drawnEvent(page, 'akimat-stormed')];
    expect(airport, 'the airport seizure is drawn').not.toBeNull();
    expect(akimat, 'the akimat storming is drawn').not.toBeNull();
    expect(airport!.x).toBeGreaterThan(akimat!.x + 50);
    expect(airport!.y).toBeLessThan(akimat!.y - 100);
    // The story's airport point is the aerodrome's middle: on the city map's airport, not beside it.
    expect(await cityUnder(page, airport!, 'city-airport:almaty')).not.toEqual([]);
    const building = await landmark(page, 'akimat');
    expect(building, 'the city map labels the akimat').not.toBeNull();
    expect(Math.hypot(building!.x - akimat!.x, building!.y - akimat!.y)).toBeLessThan(8);
    expect(watched.problems).toEqual([]);
  });

  it('at zoom 13 by Republic Square: no one colour fills the canvas, and the street names clash with nothing', async () => {
    const page = await open('?date=2022-01-05&view=76.945,43.24,13');
    // The city's blocks take about half of it (measured 55%).
    expect(await commonestColourShare(page)).toBeLessThan(0.6);
    await expectNoClash(page);
  });
});

describe('labels', () => {
  it.each([
    { width: 320, height: 640 },
    { width: 375, height: 740 },
    { width: 768, height: 900 },
  ])('at $width px on 7 January: no label over another or over a drawn event', async ({ width, height }) => {
    await expectNoClash(await open('?date=2022-01-07', { width, height }));
  });
});

describe('at 1280 px on 7 January', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('?date=2022-01-07');
  });

  it('no label over another or over a drawn event', async () => {
    await expectNoClash(page);
  });

  it('the inset is a map of the city under its markers, the airport north-east of the akimat', async () => {
    const inset = page.locator('.inset svg');
    for (const kind of ['built-up', 'river', 'road-trunk', 'road-primary', 'airport'])
      expect(await inset.locator(`path.${kind}`).count(), kind).toBe(1);
    expect(await inset.locator('.scale').textContent()).toMatch(/^\d+ km$/);
    // The markers in list order: find the akimat's and the airport's by their names.
    const markers = await inset
      .locator('circle.marker')
      .evaluateAll((cs) => cs.map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })));
    const names = await page.locator('.inset li').allTextContents();
    const akimat = markers[names.findIndex((n) => n.includes('akimat'))];
    const airport = markers[names.findIndex((n) => n.includes('Airport'))];
    expect(airport.x).toBeGreaterThan(akimat.x);
    expect(airport.y).toBeLessThan(akimat.y);
  });

  it('the key names every category and mark, read as one group', async () => {
    const key = page.getByRole('group', { name: 'Key' });
    const items = (await key.getByRole('listitem').allTextContents()).map((t) => t.trim());
    for (const words of ['Protest', 'Seizure', 'CSTO', 'Country-wide', 'New this day', 'Earlier, fading'])
      expect(
        items.some((t) => t.includes(words)),
        words,
      ).toBe(true);
    expect(items).toContain('Kazakhstan–Russia border');
    expect(items).toContain('CSTO: route');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the scale bar is text a screen reader reads, kept up to date as the map zooms', async () => {
    const scale = page.locator('.maplibregl-ctrl-scale');
    // MapLibre writes a no-break space between number and unit.
    expect(await scale.ariaSnapshot()).toMatch(/\d+\s(km|m)/);
    const before = await scale.textContent();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await mapSettled(page);
    expect(await scale.textContent()).toMatch(/\d+\s(km|m)/);
    expect(await scale.textContent()).not.toBe(before);
    expect(watched.problems).toEqual([]);
  });
});

describe('the dark theme', () => {
  it('the inset and the key follow it, and axe finds nothing', async () => {
    const page = await open('?date=2022-01-07&theme=dark');
    const land = await page.locator('.inset svg').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(land).toBe('rgb(46, 47, 44)'); // the dark theme's land
    expect(await page.locator('.inset path.road-trunk').evaluate((e) => getComputedStyle(e).stroke)).not.toBe(land);
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});

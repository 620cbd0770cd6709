import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { decompressFrames, parseGIF } from 'gifuct-js';
import { PNG } from 'pngjs';
import { launch, mapIdle, watchedPage, type WatchedPage } from './chromium.ts';
import { dist } from './static-server.ts';
import { recordVideo } from '../../geo/video/video-command.ts';
import { readBaseData } from '../../geo/site/static-map.ts';
import { checkEventCollection } from '../../src/story/event-collection.ts';
import { english } from '../../src/i18n/i18n.ts';
import { themes } from '../../src/theme/theme.ts';
import { sceneInput } from '../../src/static/scene-input.ts';
import { sceneAt } from '../../src/static/scene.ts';
import { sceneToSvg } from '../../src/static/svg.ts';
import { standaloneSvg } from '../../src/static/standalone.ts';
import { LABEL_FAMILY, STATIC_FONT } from '../../src/static/font-family.ts';
import { fontFile, fontSubsets, subsetRanges } from '../../src/map/fonts.ts';
import { videoCamera, videoFrameLayout } from '../../src/video/video-frame.ts';
import { VIDEO_SIZES } from '../../src/video/video-options.ts';
import { storyCredits } from '../../src/map/credits.ts';
import type { MapContainer } from '../../src/map/create-map.ts';

/**
 * "Download video" as a reader (and `npm run video`) uses it: the files parse with the asked size,
 * frames and length; a GIF's frames are the static renderer's pictures of their days; Cancel leaves
 * nothing running; values out of bounds are refused in the dialog.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
let watched: WatchedPage;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'qantar-video-test-'));

beforeAll(async () => {
  browser = await launch();
  watched = await watchedPage(browser, new URL(baseUrl).origin, { width: 1280, height: 800 });
  page = watched.page;
  await page.goto(baseUrl);
  await mapIdle(page);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const square = { size: 'square', pace: 2, fps: 24, format: 'mp4', from: '2022-01-04', to: '2022-01-05' };

async function parsed(path: string) {
  const input = new Input({ source: new BufferSource(readFileSync(path)), formats: ALL_FORMATS });
  const track = (await input.getPrimaryVideoTrack())!;
  return {
    format: (await input.getFormat()).name,
    codec: track.codec,
    width: track.displayWidth,
    height: track.displayHeight,
    frames: (await track.computePacketStats()).packetCount,
    seconds: await track.computeDuration(),
  };
}

describe('video files', () => {
  it.each([
    // 2 days at 2 a second, 24 frames a second: 24 frames, 1 s; H.264 in MP4, or VP9 in WebM where H.264 is missing.
    { ask: square, width: 1080, height: 1080, frames: 24, seconds: 1 },
    {
      ask: { ...square, size: '1080x1920', format: 'webm', pace: 4, fps: 25 },
      width: 1080,
      height: 1920,
      frames: 13,
      seconds: 0.52,
    },
  ])('$ask.format at $ask.size: the asked size, frames and length', async ({ ask, width, height, frames, seconds }) => {
    const made = await recordVideo(page, { ask, out: join(dir, `v.${ask.format}`) });
    const video = await parsed(made.path);
    if (made.path.endsWith('.mp4')) expect(video).toMatchObject({ format: 'MP4', codec: 'avc' });
    else expect(video).toMatchObject({ format: 'WebM', codec: 'vp9' });
    expect(video).toMatchObject({ width, height, frames });
    expect(video.seconds).toBeCloseTo(seconds, 2);
    expect(watched.problems).toEqual([]);
  });
});

/** The static renderer's picture of `date`'s map, as the video frames it (its camera, its box), in Chromium. */
async function reference(
  date: string,
  view: { lng: number; lat: number; zoom: number },
  reader: { width: number; height: number },
) {
  const story = checkEventCollection(JSON.parse(readFileSync(join(dist, 'data/story.geojson'), 'utf8'))).collection;
  const base = await readBaseData(dist, story);
  const layout = videoFrameLayout(VIDEO_SIZES.square, themes.light, story.story.title, storyCredits(story.story));
  const size = { width: layout.map.width, height: layout.map.height };
  const reliefHref = 'data/relief/region.png';
  const input = sceneInput({
    story,
    base,
    size,
    theme: themes.light,
    i18n: english,
    camera: videoCamera(view, reader, size),
    reliefHref,
  });
  const dataUrl = (path: string, type: string) =>
    `data:${type};base64,${readFileSync(join(dist, path)).toString('base64')}`;
  const fonts = fontSubsets.flatMap((subset) =>
    [false, true].map((italic) => ({
      family: LABEL_FAMILY,
      italic,
      range: subsetRanges[subset].join(','),
      dataUrl: dataUrl(fontFile(subset, italic), 'font/woff2'),
    })),
  );
  const svg = standaloneSvg(sceneToSvg(sceneAt(input, date), { font: STATIC_FONT, title: 'map' }), fonts, {
    [reliefHref]: dataUrl(reliefHref, 'image/png'),
  });
  const shot = await browser.newPage({ viewport: size });
  await shot.setContent(`<body style="margin:0">${svg}</body>`);
  await shot.evaluate(async () => {
    const texts = [...document.querySelectorAll('text')];
    await Promise.all(texts.map((t) => document.fonts.load(getComputedStyle(t).font, t.textContent ?? '')));
  });
  const png = PNG.sync.read(await shot.locator('svg').screenshot());
  await shot.close();
  return { png, top: layout.map.y };
}

/** The share of the map's pixels where a GIF frame and the reference differ clearly (a channel by more than 48). */
function differ(frame: Uint8ClampedArray, width: number, ref: PNG, top: number): number {
  let n = 0;
  for (let y = 0; y < ref.height; y++)
    for (let x = 0; x < ref.width; x++) {
      const f = ((y + top) * width + x) * 4;
      const r = (y * ref.width + x) * 4;
      if ([0, 1, 2].some((c) => Math.abs(frame[f + c] - ref.data[r + c]) > 48)) n++;
    }
  return n / (ref.width * ref.height);
}

describe('GIF', () => {
  it('has a frame a day, each shown for its share of a second, the first and last the static renderer’s pictures of their days', async () => {
    const view = await page.evaluate(() => {
      const box = document.querySelector<MapContainer>('[data-map-state]')!;
      const c = box.qantarMap!.getCenter();
      return {
        lng: c.lng,
        lat: c.lat,
        zoom: box.qantarMap!.getZoom(),
        width: box.clientWidth,
        height: box.clientHeight,
      };
    });
    const made = await recordVideo(page, {
      ask: { ...square, format: 'gif', to: '2022-01-07' },
      out: join(dir, 'v.gif'),
    });
    const frames = decompressFrames(parseGIF(new Uint8Array(readFileSync(made.path)).buffer), true);
    expect(frames.map((f) => [f.dims.width, f.dims.height, f.delay])).toEqual(Array(4).fill([1080, 1080, 500]));
    const [first, last] = [frames[0], frames[3]];
    const refs = await Promise.all(['2022-01-04', '2022-01-07'].map((d) => reference(d, view, view)));
    const same = [
      differ(first.patch, 1080, refs[0].png, refs[0].top),
      differ(last.patch, 1080, refs[1].png, refs[1].top),
    ];
    // The other day's picture: what a frame of the wrong day, or of another view, would score.
    const crossed = differ(first.patch, 1080, refs[1].png, refs[1].top);
    expect(same[0]).toBeLessThan(0.02);
    expect(same[1]).toBeLessThan(0.02);
    expect(crossed).toBeGreaterThan(5 * Math.max(...same));
  });

  it('makes a story of one day a still of 3 seconds', async () => {
    const made = await recordVideo(page, {
      ask: { ...square, format: 'gif', to: '2022-01-04' },
      out: join(dir, 'still.gif'),
    });
    const frames = decompressFrames(parseGIF(new Uint8Array(readFileSync(made.path)).buffer), false);
    expect(frames.map((f) => f.delay)).toEqual([3000]);
  });
});

describe('the dialog', () => {
  it('refuses values out of bounds in words, and makes nothing', async () => {
    await page.getByRole('button', { name: 'Download video' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('[name=pace]').fill('20');
    await dialog.locator('[name=to]').fill('2022-01-30');
    await dialog.getByRole('button', { name: 'Make the video' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toBe(
        'pace "20" is not a number of days a second from 0.25 to 8\nto 2022-01-30 is outside the story (2022-01-02 to 2022-01-19)',
      );
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('cancels: no file, no worker left', async () => {
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByRole('button', { name: 'Download video' }).click();
    const dialog = page.locator('dialog[open]');
    // The dialog keeps what was last asked in it (a refused pace too): this asks afresh.
    await dialog.locator('[name=pace]').fill('2');
    await dialog.locator('[name=format]').selectOption('mp4');
    await dialog.locator('[name=from]').fill('2022-01-02');
    await dialog.locator('[name=to]').fill('2022-01-19');
    await dialog.getByRole('button', { name: 'Make the video' }).click();
    await expect.poll(async () => Number(await dialog.locator('progress').getAttribute('value'))).toBeGreaterThan(0);
    const videoWorkers = () => page.workers().filter((w) => w.url().includes('video-worker')).length;
    expect(videoWorkers()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.getByRole('status').innerText()).toBe('Cancelled: nothing was made.');
    await expect.poll(videoWorkers).toBe(0);
    expect(downloads).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(watched.problems).toEqual([]);
  });
});

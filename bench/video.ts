/**
 * "Download video" timed in the page (issue 29): the whole story at 2 days a second, 1080 × 1080, 30 frames
 * a second, made by the page's own dialog as a reader asks for it (`recordVideo`, as `npm run video` does),
 * on index.html once its live map is idle. The baseline in the same run is the video's own length: a video
 * made faster than it plays keeps an editor waiting less than watching it. The page's long tasks while it
 * encodes say whether it stayed responsive (the frames are drawn and encoded in a worker).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { recordVideo } from '../geo/video/video-command.ts';
import { videoLength, videoSpan } from '../src/video/video-options.ts';
import { closeMap, openMap } from './pages.ts';
import type { BenchServer } from './server.ts';

export interface VideoResult {
  days: number;
  pace: number;
  fps: number;
  size: string;
  /** Seconds from "Make the video" to the file. */
  seconds: number;
  /** Seconds the video plays. */
  videoSeconds: number;
  /** The container the page made (MP4, or WebM where H.264 is missing). */
  format: string;
  /** The main thread's tasks over 50 ms while it made the video, in ms. */
  longTasks: number[];
}

export async function measureVideo(browser: Browser, server: BenchServer): Promise<VideoResult> {
  const watched = await openMap(browser, server.url('app'));
  const { page } = watched;
  // No days asked: the whole story, as the dialog offers it by default.
  const ask = { size: 'square', pace: 2, fps: 30, format: 'mp4' };
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { videoTasks: number[] }).videoTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(Math.round(e.duration)))).observe({
      type: 'longtask',
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'qantar-bench-video-'));
  try {
    const began = performance.now();
    const made = await recordVideo(page, { ask, out: join(dir, 'story.mp4') });
    const seconds = (performance.now() - began) / 1000;
    const longTasks = await page.evaluate(() => (window as unknown as { videoTasks: number[] }).videoTasks);
    await closeMap(watched, 'video');
    return {
      days: videoSpan(made.options),
      pace: ask.pace,
      fps: ask.fps,
      size: '1080 × 1080',
      seconds,
      videoSeconds: videoLength(made.options).seconds,
      format: made.path.endsWith('.mp4') ? 'MP4 (H.264)' : 'WebM (VP9)',
      longTasks,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

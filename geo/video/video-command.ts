/**
 * `npm run video -- [story] --out crisis.mp4 [--size 1080x1920] [--lang ru] [--from … --to …]`: the
 * story's video, made by the page's own "Download video" in headless Chromium (the one the browser
 * tests use), so there is one renderer and one encoder. A story given is built first, as `npm run story`
 * builds it; without one, the built default story (dist/, built when missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { i18nFor } from '../../src/i18n/catalogues.ts';
import { readVideoOptions, videoSizeName, type VideoOptions } from '../../src/video/video-options.ts';
import { launch, watchedPage } from '../../test/browser/chromium.ts';
import { dist, serveStatic } from '../../test/browser/static-server.ts';
import { runStoryCommand } from '../story/story-command.ts';
import { parseVideoArgs, type VideoArgs } from './video-args.ts';

/** What the page made: the file's path (its extension the format made), the page's note, and the options it was made with. */
export interface MadeVideo {
  path: string;
  note?: string;
  /** What was made: the asked options, with the story's first and last day where none were asked. */
  options: VideoOptions;
}

/**
 * Makes the video on a page showing the story, as a reader would: opens "Download video", fills the
 * dialog, waits for the download. Refuses days outside the story with the page's own words.
 */
export async function recordVideo(
  page: Page,
  args: Pick<VideoArgs, 'ask' | 'lang' | 'out'>,
  onProgress: (share: number) => void = () => {},
): Promise<MadeVideo> {
  const lang = (await page.evaluate(() => document.documentElement.lang)) as VideoArgs['lang'] & string;
  if (args.lang && lang !== args.lang) throw new Error(`--lang ${args.lang}: the story is not told in it`);
  const i18n = await i18nFor(lang);
  await page.getByRole('button', { name: i18n.t('video.button') }).click();
  const dialog = page.locator('dialog[open]');
  let progress: ReturnType<typeof setInterval> | undefined;
  // Whatever happens, the dialog is closed again: the page is left as it was found.
  try {
    const from = dialog.locator('[name=from]');
    const range = { start: (await from.getAttribute('min'))!, end: (await from.getAttribute('max'))! };
    const read = readVideoOptions(args.ask, range);
    if ('errors' in read) throw new Error(read.errors.join('\n'));
    // The dialog lists sizes by name; the command line may give them in pixels.
    await dialog.locator('[name=size]').selectOption(videoSizeName(args.ask.size ?? 'square')!);
    await dialog.locator('[name=pace]').fill(String(read.options.pace));
    await dialog.locator('[name=fps]').selectOption(String(read.options.fps));
    await dialog.locator('[name=format]').selectOption(read.options.format);
    await from.fill(read.options.from);
    await dialog.locator('[name=to]').fill(read.options.to);
    const download = page.waitForEvent('download', { timeout: 0 });
    await dialog.getByRole('button', { name: i18n.t('video.make') }).click();
    progress = setInterval(async () => {
      const value = await dialog
        .locator('progress')
        .getAttribute('value', { timeout: 100 })
        .catch(() => null);
      if (value !== null) onProgress(Number(value));
    }, 1000);
    const done = await Promise.race([
      download,
      // The dialog says why it made nothing.
      dialog
        .locator('[role=alert], [role=status]:not(:empty)')
        .first()
        .waitFor({ timeout: 0 })
        .then(async () => {
          throw new Error(await dialog.locator('[role=alert], [role=status]').first().innerText());
        }),
    ]);
    const made = extname(done.suggestedFilename());
    const path = extname(args.out) === made ? args.out : args.out.replace(/\.[^.]*$/, '') + made;
    await done.saveAs(resolve(path));
    // The page says when it made another format than the one asked (WebM where H.264 is missing).
    const note = await dialog.locator('[role=status]:not(:empty)').innerText();
    return { path, options: read.options, ...(made === extname(args.out) ? {} : { note }) };
  } finally {
    clearInterval(progress);
    await dialog.getByRole('button', { name: i18n.t('popup.close') }).click();
  }
}

/** Runs the command; resolves to its exit code. */
export async function runVideoCommand(argv: readonly string[], out = console): Promise<number> {
  const args = parseVideoArgs(argv);
  if ('error' in args) {
    out.error(args.error);
    return 2;
  }
  let site = dist;
  let built: string | undefined;
  if (args.story) {
    built = mkdtempSync(join(tmpdir(), 'qantar-video-'));
    site = join(built, 'site');
    if ((await runStoryCommand([args.story, '--out', site], out)) !== 0) return 1;
  } else if (!existsSync(join(dist, 'index.html'))) {
    out.log('building the map (npm run build)…');
    execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  }
  const server = await serveStatic(site);
  const browser = await launch();
  try {
    const { page, problems } = await watchedPage(
      browser,
      new URL(server.url).origin,
      { width: 1280, height: 800 },
      args.lang,
    );
    await page.goto(`${server.url}${args.theme ? `?theme=${args.theme}` : ''}`);
    const started = Date.now();
    const made = await recordVideo(page, args, (share) =>
      process.stderr.write(`\rmaking ${args.out}: ${Math.round(share * 100)}%\x1b[K`),
    );
    process.stderr.write('\n');
    if (problems.length) throw new Error(problems.join('\n'));
    if (made.note) out.error(made.note);
    out.log(`wrote ${made.path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (e) {
    out.error((e as Error).message);
    return 1;
  } finally {
    await browser.close();
    await server.close();
    if (built) rmSync(built, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runVideoCommand(process.argv.slice(2));
}

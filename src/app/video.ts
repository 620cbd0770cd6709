/**
 * "Download video", the page's side: the reader's moment as a video job (video/make-video.ts), made in a
 * worker with an OffscreenCanvas (the page where there is none), progress and Cancel, and the file
 * handed to the browser. Loaded when a reader asks, never before; the worker, mediabunny and gifenc
 * come with it.
 */
import { readVideoOptions, type VideoAsk } from '../video/video-options.ts';
import type { VideoFile, VideoJob } from '../video/make-video.ts';
import type { VideoReply, VideoRequest } from '../video/video-worker.ts';
import { siteUrl } from './data-url.ts';
import type { AppState } from './app-state.svelte.ts';
import type { StaticRenderer } from './static-renderer.svelte.ts';

/** Runs the job in a worker, or in the page where workers cannot draw; null when cancelled. */
async function run(job: VideoJob, progress: (share: number) => void, signal: AbortSignal): Promise<VideoFile | null> {
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') {
    const { makeVideo, VideoCancelled } = await import('../video/make-video.ts');
    try {
      return await makeVideo(job, (d, t) => progress(d / t), signal, document.fonts);
    } catch (e) {
      if (e instanceof VideoCancelled) return null;
      throw e;
    }
  }
  const worker = new Worker(new URL('../video/video-worker.ts', import.meta.url), { type: 'module' });
  const post = (m: VideoRequest) => worker.postMessage(m);
  try {
    return await new Promise<VideoFile | null>((resolve, reject) => {
      signal.addEventListener('abort', () => post({ type: 'cancel' }), { once: true });
      worker.onerror = (e) => reject(new Error(e.message || 'the video worker failed'));
      worker.onmessage = ({ data }: MessageEvent<VideoReply>) => {
        if (data.type === 'progress') progress(data.done / data.total);
        else if (data.type === 'done') resolve(data as VideoFile);
        else if (data.type === 'cancelled') resolve(null);
        else reject(new Error(data.message));
      };
      post({ type: 'start', job });
    });
  } finally {
    // Done, failed or cancelled: nothing of the work is left running.
    worker.terminate();
  }
}

/**
 * The video asked for, of the reader's moment (view, theme, language, layers, mode, selection), handed
 * to the browser as a download; the problems with what was asked, or null when cancelled.
 */
export async function makeVideoDownload(
  app: AppState,
  renderer: StaticRenderer,
  ask: VideoAsk,
  progress: (share: number) => void,
  signal: AbortSignal,
): Promise<{ errors: string[] } | { note?: string } | null> {
  const collection = app.collection;
  const playback = app.playback;
  if (!collection || !playback) throw new Error('the story has not loaded');
  const read = readVideoOptions(ask, collection.story);
  if ('errors' in read) return read;
  await renderer.load();
  const camera = app.live?.view() ?? renderer.camera() ?? app.camera;
  if (!renderer.base || !camera) throw new Error('the base map has not loaded');
  const job: VideoJob = {
    story: collection,
    base: renderer.base,
    lang: app.i18n.lang,
    theme: app.options.theme,
    mode: playback.mode,
    hidden: [...app.hidden],
    selectedId: playback.selectedId,
    camera,
    readerSize: app.size,
    options: read.options,
    siteBase: siteUrl('./', app.config.base),
  };
  const file = await run(job, progress, signal);
  if (!file) return null;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([file.bytes], { type: file.mime }));
  a.download = `${collection.story.id}-${read.options.from}-${read.options.to}.${file.extension}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return { note: file.note };
}

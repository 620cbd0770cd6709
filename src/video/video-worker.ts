/**
 * The video made off the page's thread: the page posts a job (video/make-video.ts), hears its progress,
 * and gets the file back, or cancels it. The worker sets its labels in its own font set.
 */
import { makeVideo, VideoCancelled, type VideoJob } from './make-video.ts';

export type VideoRequest = { type: 'start'; job: VideoJob } | { type: 'cancel' };
export type VideoReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: ArrayBuffer; mime: string; extension: string; note?: string }
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

const scope = self as unknown as {
  fonts: FontFaceSet;
  postMessage(message: VideoReply, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<VideoRequest>) => void) | null;
};
let running: AbortController | null = null;

scope.onmessage = async ({ data }) => {
  if (data.type === 'cancel') return running?.abort();
  running = new AbortController();
  try {
    const file = await makeVideo(
      data.job,
      (done, total) => scope.postMessage({ type: 'progress', done, total }),
      running.signal,
      scope.fonts,
    );
    scope.postMessage({ type: 'done', ...file }, [file.bytes]);
  } catch (e) {
    scope.postMessage(
      e instanceof VideoCancelled ? { type: 'cancelled' } : { type: 'error', message: (e as Error).message },
    );
  } finally {
    running = null;
  }
};

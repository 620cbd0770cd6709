/**
 * qantar-host.js: include it once on a page that embeds Qantar iframes marked `data-qantar`. It sizes
 * each iframe to its content (except a scroll story's map, and one marked `data-qantar="fixed"`: those
 * keep the height the page gives them, and the map fits it), passes the page's scroll steps
 * (`data-qantar-step`) to their iframe, and gives the page a small API:
 *   Qantar.setDate(iframe, '2022-01-06'); Qantar.setMode(iframe, 'day');
 *   Qantar.setView(iframe, '76.95,43.25,10'); Qantar.select(iframe, 'akimat-stormed');
 *   Qantar.play(iframe); Qantar.pause(iframe);
 *   iframe.addEventListener('qantar:date', (e) => console.log(e.detail.date));
 * Messages are taken only from the embedded window itself, at its own origin. Built as a classic
 * script (an IIFE), so a page includes it with a plain `<script src defer>`.
 */
import type { HostCommand } from './messages.ts';
import type { Ask } from './steps.ts';
import { stepTarget, watchSteps } from './step-watcher.ts';

/** Each iframe's last scroll step. */
const lastStep = new WeakMap<HTMLIFrameElement, Ask>();

const frames = () => [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-qantar]')];

/**
 * Whether the host sizes an iframe to its content: not a map scroll steps drive (the page makes it
 * sticky, at a height of its own), nor one marked fixed.
 */
const autosized = (iframe: HTMLIFrameElement): boolean => {
  if (iframe.dataset.qantar === 'fixed') return false;
  const all = frames();
  return ![...document.querySelectorAll<HTMLElement>('[data-qantar-step]')].some(
    (step) => stepTarget(step, all) === iframe,
  );
};

const originOf = (iframe: HTMLIFrameElement): string | null => {
  try {
    return new URL(iframe.src, location.href).origin;
  } catch {
    return null;
  }
};

addEventListener('message', (e: MessageEvent) => {
  const data = e.data as { type?: unknown; height?: unknown; date?: unknown } | null;
  if (!data || typeof data.type !== 'string' || !data.type.startsWith('qantar:')) return;
  for (const iframe of frames()) {
    if (e.source !== iframe.contentWindow || e.origin !== originOf(iframe)) continue;
    if (data.type === 'qantar:height' && typeof data.height === 'number' && data.height > 0)
      iframe.style.height = `${Math.ceil(data.height)}px`;
    else if ((data.type === 'qantar:date' || data.type === 'qantar:ready') && typeof data.date === 'string') {
      // A step reached before the embed was listening is passed again once it is.
      const step = data.type === 'qantar:ready' && lastStep.get(iframe);
      if (step) send(iframe, { type: 'qantar:step', step });
      if (data.type === 'qantar:ready' && autosized(iframe)) send(iframe, { type: 'qantar:autosize' });
      iframe.dispatchEvent(new CustomEvent(data.type, { detail: { date: data.date } }));
    }
  }
});

const send = (iframe: HTMLIFrameElement, message: HostCommand) => {
  const origin = originOf(iframe);
  if (iframe.contentWindow && origin) iframe.contentWindow.postMessage(message, origin);
};

(window as unknown as { Qantar: unknown }).Qantar = {
  setDate: (iframe: HTMLIFrameElement, date: string) => send(iframe, { type: 'qantar:set-date', date }),
  setMode: (iframe: HTMLIFrameElement, mode: string) => send(iframe, { type: 'qantar:set-mode', mode }),
  setView: (iframe: HTMLIFrameElement, view: string) => send(iframe, { type: 'qantar:set-view', view }),
  select: (iframe: HTMLIFrameElement, id: string) => send(iframe, { type: 'qantar:select', id }),
  play: (iframe: HTMLIFrameElement) => send(iframe, { type: 'qantar:play' }),
  pause: (iframe: HTMLIFrameElement) => send(iframe, { type: 'qantar:pause' }),
};

// The embed checks each step against its story and says in its own console why it ignored one.
// An embed ready before this script ran is told now that its host sizes it; one not loaded yet, when it is ready.
const start = () => {
  for (const iframe of frames()) if (autosized(iframe)) send(iframe, { type: 'qantar:autosize' });
  watchSteps(document, frames, (map, step) => {
    const iframe = map as HTMLIFrameElement;
    lastStep.set(iframe, step);
    send(iframe, { type: 'qantar:step', step });
    return null;
  });
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();

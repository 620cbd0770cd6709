/**
 * qantar-host.js: include it once on a page that embeds Qantar iframes marked `data-qantar`. It sizes
 * each iframe to its content (except a scroll story's map, and one marked `data-qantar="fixed"`: those
 * keep the height the page gives them, and the map fits it), passes the page's scroll steps
 * (`data-qantar-step`) to their iframe, and gives the page a small API:
 *   Qantar.setDate(iframe, '2022-01-06'); Qantar.setMode(iframe, 'day');
 *   Qantar.setView(iframe, '76.95,43.25,10'); Qantar.select(iframe, 'akimat-stormed');
 *   Qantar.play(iframe); Qantar.pause(iframe);
 *   iframe.addEventListener('qantar:ready', (e) => console.log(e.detail.date));
 *   iframe.addEventListener('qantar:date', (e) => console.log(e.detail.date));
 * A call made before the embed is ready (on DOMContentLoaded, say) waits until it is, and the calls
 * are carried out in the order they were made. Each embed is told the page's address (without its
 * fragment), so its "Link to this event" copies a link to this page, `#qantar-event=<id>` (and
 * `&qantar-map=<the iframe's id>`); a page opened by such a link scrolls to that map and opens it there. Messages go to the embedded page's own origin once
 * it has said it listens, and are taken only from it. Built as a classic script (an IIFE), so a page
 * includes it with a plain `<script src defer>`.
 */
import type { HostCommand } from './messages.ts';
import { stepTarget, watchSteps } from './step-watcher.ts';
import { fragmentTarget, readEventFragment } from '../model/event-link.ts';

/** What the host knows of an iframe: whether its page listens, and what waits until it does. */
interface Frame {
  ready: boolean;
  /** The load of the embed page that said it was ready: a second "ready" from it is no new page. */
  session?: string;
  /** Calls made before the page was ready, in their order. */
  queue: HostCommand[];
  /** The iframe's last scroll step, passed again to a new page. */
  step?: HostCommand;
}
const known = new Map<HTMLIFrameElement, Frame>();

const frames = () => [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-qantar]')];
/** The iframes to hear from: the page's marked ones, and any the page has called the API with. */
const listened = () => new Set([...frames(), ...known.keys()]);

/**
 * Asks the iframe's page whether it listens (it answers "ready" if it does). The question carries
 * nothing, so it may go to whatever the iframe holds (about:blank, a page still loading) without a
 * target origin: a message with one would leave a warning in the host's console until the embed
 * has loaded.
 */
const hello = (iframe: HTMLIFrameElement) => iframe.contentWindow?.postMessage({ type: 'qantar:hello' }, '*');

function frameOf(iframe: HTMLIFrameElement): Frame {
  const frame = known.get(iframe);
  if (frame) return frame;
  const created: Frame = { ready: false, queue: [] };
  known.set(iframe, created);
  // A new page in the iframe (a new src) takes commands once it says it listens, not before.
  iframe.addEventListener('load', () => {
    created.ready = false;
    hello(iframe);
  });
  hello(iframe);
  return created;
}

/**
 * Whether the host sizes an iframe to its content: one marked `data-qantar`, but not a map scroll
 * steps drive (the page makes it sticky, at a height of its own), nor one marked fixed.
 */
const autosized = (iframe: HTMLIFrameElement): boolean => {
  if (iframe.dataset.qantar === undefined || iframe.dataset.qantar === 'fixed') return false;
  const all = frames();
  return ![...document.querySelectorAll<HTMLElement>('[data-qantar-step]')].some(
    (step) => stepTarget(step, all) === iframe,
  );
};

/** This page's address for an iframe's links: without the fragment, with the iframe's id if it has one. */
const hostPage = (iframe: HTMLIFrameElement): HostCommand => {
  const url = new URL(location.href);
  url.hash = '';
  return { type: 'qantar:host-page', url: url.href, ...(iframe.id ? { map: iframe.id } : {}) };
};

/**
 * A link to one event of a map on this page (`#qantar-event=<id>`, `&qantar-map=<id>` among several
 * maps): the iframe it names opens it once it is ready, and the page scrolls to it, as to a fragment's
 * target. Elements (`<qantar-map>`) read the link themselves; a link that names no map is warned about.
 */
function openLinkedEvent() {
  const link = readEventFragment(location.hash);
  if (!link) return;
  const maps = [...document.querySelectorAll<HTMLElement>('qantar-map, iframe[data-qantar]')];
  const target = fragmentTarget(link, maps);
  if (!target) {
    const why = link.map ? `names no map "${link.map}"` : `names no map (qantar-map) and the page has ${maps.length}`;
    console.warn(`Qantar: the link's #qantar-event=${link.event} ${why}: ignored`);
    return;
  }
  if (!(target instanceof HTMLIFrameElement)) return;
  send(target, { type: 'qantar:event', id: link.event });
  target.scrollIntoView({ block: 'center' });
}

const originOf = (iframe: HTMLIFrameElement): string | null => {
  try {
    return new URL(iframe.src, location.href).origin;
  } catch {
    return null;
  }
};

const post = (iframe: HTMLIFrameElement, message: HostCommand) => {
  const origin = originOf(iframe);
  if (iframe.contentWindow && origin) iframe.contentWindow.postMessage(message, origin);
};

/** A command for an iframe: now if its page listens, else once it does. */
const send = (iframe: HTMLIFrameElement, message: HostCommand) => {
  const frame = frameOf(iframe);
  if (frame.ready) post(iframe, message);
  else frame.queue.push(message);
};

/** The embed listens: a new page is told its host sizes it and the scroll step it is at, then the calls that waited. */
function ready(iframe: HTMLIFrameElement, date: string, session: unknown) {
  const frame = frameOf(iframe);
  const fresh = typeof session !== 'string' || session !== frame.session;
  frame.ready = true;
  frame.session = typeof session === 'string' ? session : undefined;
  if (fresh && autosized(iframe)) post(iframe, { type: 'qantar:autosize' });
  // Where the embed is, read now (a page may have changed its address since it loaded).
  if (fresh) post(iframe, hostPage(iframe));
  if (fresh && frame.step) post(iframe, frame.step);
  for (const message of frame.queue.splice(0)) post(iframe, message);
  if (fresh) iframe.dispatchEvent(new CustomEvent('qantar:ready', { detail: { date } }));
}

addEventListener('message', (e: MessageEvent) => {
  const data = e.data as { type?: unknown; height?: unknown; date?: unknown; session?: unknown } | null;
  if (!data || typeof data.type !== 'string' || !data.type.startsWith('qantar:')) return;
  for (const iframe of listened()) {
    if (e.source !== iframe.contentWindow || e.origin !== originOf(iframe)) continue;
    if (data.type === 'qantar:height' && typeof data.height === 'number' && data.height > 0)
      iframe.style.height = `${Math.ceil(data.height)}px`;
    else if (data.type === 'qantar:ready' && typeof data.date === 'string') ready(iframe, data.date, data.session);
    else if (data.type === 'qantar:date' && typeof data.date === 'string')
      iframe.dispatchEvent(new CustomEvent('qantar:date', { detail: { date: data.date } }));
  }
});

(window as unknown as { Qantar: unknown }).Qantar = {
  setDate: (iframe: HTMLIFrameElement, date: string) => send(iframe, { type: 'qantar:set-date', date }),
  setMode: (iframe: HTMLIFrameElement, mode: string) => send(iframe, { type: 'qantar:set-mode', mode }),
  setView: (iframe: HTMLIFrameElement, view: string) => send(iframe, { type: 'qantar:set-view', view }),
  select: (iframe: HTMLIFrameElement, id: string) => send(iframe, { type: 'qantar:select', id }),
  play: (iframe: HTMLIFrameElement) => send(iframe, { type: 'qantar:play' }),
  pause: (iframe: HTMLIFrameElement) => send(iframe, { type: 'qantar:pause' }),
};

// Every iframe is asked whether it listens: one ready before this script ran answers now, one not
// loaded yet says so when it is. The embed checks each step against its story and says in its own
// console, naming the step, why it ignored one.
const start = () => {
  for (const iframe of frames()) frameOf(iframe);
  openLinkedEvent();
  watchSteps(document, frames, (map, step, where) => {
    const iframe = map as HTMLIFrameElement;
    const frame = frameOf(iframe);
    frame.step = { type: 'qantar:step', step, where };
    if (frame.ready) post(iframe, frame.step);
  });
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();

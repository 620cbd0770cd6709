import { parseHostCommand, pymMessage, type EmbedEvent, type HostCommand } from './messages.ts';
import { readHostOrigin } from './options.ts';

export interface FrameBridge {
  send(event: EmbedEvent): void;
  /** Tells the host the page's height from now on, as it changes. */
  reportHeight(): void;
  /** Whether a Pym.js host sizes the iframe (it gave a childId). */
  readonly pym: boolean;
  destroy(): void;
}

/**
 * The embed page's side of the iframe: it tells the host its date and, once asked to, its height (in
 * our protocol, and in Pym's when Pym gave it a childId), and takes commands only from the window
 * that framed it, from the host's origin: the `hostOrigin` parameter if given, else the referrer's origin. Returns
 * null when the page is not framed.
 */
export function startFrameBridge(onCommand: (command: HostCommand) => void): FrameBridge | null {
  if (window.parent === window) return null;
  const params = new URLSearchParams(location.search);
  const childId = params.get('childId');
  const { origin: hostOrigin, warning } = readHostOrigin(params.get('hostOrigin'), document.referrer);
  if (warning) console.warn(`Qantar: ${warning}`);
  // Height and date are public; without a known host origin they go to whoever framed the page.
  const send = (event: EmbedEvent) => window.parent.postMessage(event, hostOrigin ?? '*');

  let lastHeight = -1;
  const sendHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    send({ type: 'qantar:height', height });
    if (childId) window.parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
  };
  const resize = new ResizeObserver(sendHeight);

  const onMessage = (e: MessageEvent) => {
    if (e.source !== window.parent) return;
    if (hostOrigin && e.origin !== hostOrigin) return;
    const command = parseHostCommand(e.data, e.origin);
    if (command) onCommand(command);
  };
  addEventListener('message', onMessage);

  return {
    send,
    reportHeight: () => resize.observe(document.documentElement),
    pym: childId !== null,
    destroy() {
      resize.disconnect();
      removeEventListener('message', onMessage);
    },
  };
}

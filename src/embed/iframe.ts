import { startPage } from '../app/page-start.ts';
import { startFrameBridge } from './frame-bridge.ts';
import { liveWhen, readLoading } from './loading.ts';
import type { HostCommand } from './messages.ts';
import type { Ask } from './steps.ts';

/**
 * The iframe embed page: the app with minimal chrome, talking to its host through postMessage. It fits
 * the iframe's box (a host that runs no script, a scroll story's sticky map; the window, opened on its
 * own) until the host says it sizes the iframe to its content (qantar-host.js, or Pym): then it grows
 * to the full layout.
 */
type Page = Awaited<ReturnType<typeof startPage>>;
let ready = false;
// The bridge before the page starts, so the page's first date reaches the host as "ready"; a command
// that comes sooner waits for the page.
const bridge = startFrameBridge((command) => void page.then((app) => obey(app, command)));
// In an article the interactive map waits for the reader's reach, unless the host asks sooner (`loading`).
const loading = readLoading(new URLSearchParams(location.search).get('loading'), (m) => console.warn(`Qantar: ${m}`));
const page = startPage({
  embedded: true,
  layout: 'frame',
  loadMap: liveWhen[loading],
  ondate: (date: string) => {
    bridge?.send({ type: ready ? 'qantar:date' : 'qantar:ready', date });
    ready = true;
  },
});
// Opened on its own, the page fits the window as it would an iframe: one render, no second layout.
if (bridge?.pym) grow(await page);

function grow(page: Page) {
  document.body.classList.add('auto-height');
  page.fitContent();
  bridge?.reportHeight();
}

function obey(page: Page, command: HostCommand) {
  if (command.type === 'qantar:autosize') return grow(page);
  if (command.type === 'qantar:play') return page.play();
  if (command.type === 'qantar:pause') return page.pause();
  const warning =
    command.type === 'qantar:step' ? page.ask(command.step, 'step', true) : page.ask(hostAsk(command), 'host');
  if (warning) console.warn(`Qantar: ${command.type}: ${warning}`);
}

/** A host page's one-thing message as an ask. */
function hostAsk(
  command: Exclude<HostCommand, { type: 'qantar:play' | 'qantar:pause' | 'qantar:step' | 'qantar:autosize' }>,
): Ask {
  switch (command.type) {
    case 'qantar:set-date':
      return { date: command.date };
    case 'qantar:set-mode':
      return { mode: command.mode };
    case 'qantar:set-view':
      return { view: command.view };
    case 'qantar:select':
      return { select: command.id };
  }
}

import { appStart } from '../app/first-paint.ts';
import { startFrameBridge } from './frame-bridge.ts';
import { liveWhen, readLoading } from './loading.ts';
import type { HostCommand } from './messages.ts';
import { stepWarning, type Ask } from './steps.ts';

/**
 * The iframe embed page: the app with minimal chrome, talking to its host through postMessage. It fits
 * the iframe's box (a host that runs no script, a scroll story's sticky map; the window, opened on its
 * own) until the host says it sizes the iframe to its content (qantar-host.js, or Pym): then it grows
 * to the full layout.
 */
type Page = Awaited<ReturnType<typeof import('../app/page-start.ts').startPage>>;
/** The date shown, once the page takes commands (it has said "ready"). */
let readyDate: string | null = null;
/** One load of the page: a host asking again hears the same "ready", and knows it is not a new page. */
const session = Math.random().toString(36).slice(2);
// The bridge before the page starts, so the page's first date reaches the host as "ready"; a command
// that comes sooner waits for the page. A host asking whether the page listens is answered at once.
const bridge = startFrameBridge((command) => {
  if (command.type === 'qantar:hello') {
    if (readyDate) bridge?.send({ type: 'qantar:ready', date: readyDate, session });
  } else void page.then((app) => obey(app, command));
});
// In an article the interactive map waits for the reader's reach, unless the host asks sooner (`loading`).
const loading = readLoading(new URLSearchParams(location.search).get('loading'), (m) => console.warn(`Qantar: ${m}`));
const page = appStart()
  .then(() => import('../app/page-start.ts'))
  .then(({ startPage }) =>
    startPage({
      embedded: true,
      layout: 'frame',
      loadMap: liveWhen[loading],
      ondate: (date: string) => {
        bridge?.send(readyDate ? { type: 'qantar:date', date } : { type: 'qantar:ready', date, session });
        readyDate = date;
      },
    }),
  );
// Opened on its own, the page fits the window as it would an iframe: one render, no second layout.
if (bridge?.pym) grow(await page);

function grow(page: Page) {
  document.body.classList.add('auto-height');
  page.fitContent();
  bridge?.reportHeight();
}

/** The host's scroll steps already warned about, by name: each once, as on the host's own page. */
const warned = new Set<string>();

function obey(page: Page, command: Exclude<HostCommand, { type: 'qantar:hello' }>) {
  if (command.type === 'qantar:autosize') return grow(page);
  if (command.type === 'qantar:host-page') return page.setHostPage({ url: command.url, map: command.map });
  if (command.type === 'qantar:event') {
    const refused = (why: string) => console.warn(`Qantar: qantar:event: ${why}: ignored`);
    const why = page.openEvent(command.id, 'host', refused);
    if (why) refused(why);
    return;
  }
  if (command.type === 'qantar:play') return page.play();
  if (command.type === 'qantar:pause') return page.pause();
  if (command.type === 'qantar:step') {
    const refused = (why: string) => {
      if (warned.has(command.where)) return;
      warned.add(command.where);
      console.warn(`Qantar: ${stepWarning(command.where, why)}`);
    };
    const why = page.ask(command.step, 'step', true, refused);
    if (why) refused(why);
    return;
  }
  const why = page.ask(hostAsk(command), 'host');
  if (why) console.warn(`Qantar: ${command.type}: ${why}: ignored`);
}

/** A host page's one-thing message as an ask. */
function hostAsk(
  command: Extract<HostCommand, { type: 'qantar:set-date' | 'qantar:set-mode' | 'qantar:set-view' | 'qantar:select' }>,
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

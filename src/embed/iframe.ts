import { startPage } from '../app/page-start.ts';
import { startFrameBridge } from './frame-bridge.ts';
import type { HostCommand } from './messages.ts';
import type { Ask } from './steps.ts';
import '../global.css';

/** The iframe embed page: the app with minimal chrome, talking to its host through postMessage. */
let bridge: ReturnType<typeof startFrameBridge> = null;
let ready = false;
const app = await startPage({
  embedded: true,
  layout: 'frame',
  ondate: (date: string) => {
    bridge?.send({ type: ready ? 'qantar:date' : 'qantar:ready', date });
    ready = true;
  },
});
bridge = startFrameBridge((command) => {
  if (command.type === 'qantar:play') return app.play();
  if (command.type === 'qantar:pause') return app.pause();
  const warning =
    command.type === 'qantar:step' ? app.ask(command.step, 'step', true) : app.ask(hostAsk(command), 'host');
  if (warning) console.warn(`Qantar: ${command.type}: ${warning}`);
});

/** A host page's one-thing message as an ask. */
function hostAsk(command: Exclude<HostCommand, { type: 'qantar:play' | 'qantar:pause' | 'qantar:step' }>): Ask {
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

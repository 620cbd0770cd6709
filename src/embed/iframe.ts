import { startPage } from '../app/page-start.ts';
import { startFrameBridge } from './frame-bridge.ts';
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
  if (command.type === 'qantar:set-date') app.setDate(command.date);
  else if (command.type === 'qantar:play') app.play();
  else app.pause();
});

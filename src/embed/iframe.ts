import { mount } from 'svelte';
import App from '../App.svelte';
import { startFrameBridge } from './frame-bridge.ts';
import '../global.css';

/** The iframe embed page: the app with minimal chrome, talking to its host through postMessage. */
let bridge: ReturnType<typeof startFrameBridge> = null;
let ready = false;
const app = mount(App, {
  target: document.getElementById('app')!,
  props: {
    search: location.search,
    syncUrl: true,
    embedded: true,
    ondate: (date: string) => {
      bridge?.send({ type: ready ? 'qantar:date' : 'qantar:ready', date });
      ready = true;
    },
  },
});
bridge = startFrameBridge((command) => {
  if (command.type === 'qantar:set-date') app.setDate(command.date);
  else if (command.type === 'qantar:play') app.play();
  else app.pause();
});

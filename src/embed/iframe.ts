import { hydrate, mount } from 'svelte';
import { pageStory } from '../app/page-story.ts';
import App from '../App.svelte';
import { startFrameBridge } from './frame-bridge.ts';
import '../global.css';

/** The iframe embed page: the app with minimal chrome, talking to its host through postMessage. */
let bridge: ReturnType<typeof startFrameBridge> = null;
let ready = false;
const initial = pageStory();
const target = document.getElementById('app')!;
// A prerendered page is hydrated, so its first paint stays; a bare one (the dev server) is rendered here.
if (!initial) target.replaceChildren();
const app = (initial ? hydrate : mount)(App, {
  target,
  props: {
    initial,
    search: location.search,
    base: document.baseURI,
    syncUrl: true,
    embedded: true,
    layout: 'frame',
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

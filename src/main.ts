import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { pageStory } from './app/page-story.ts';
import './global.css';

const target = document.getElementById('app')!;
const initial = pageStory();
const props = { search: location.search, base: document.baseURI, syncUrl: true, initial };
// A prerendered page is hydrated, so its first paint stays; a bare one (the dev server) is rendered here.
if (initial) hydrate(App, { target, props });
else {
  // A page without its story shows nothing of a stale first paint.
  target.replaceChildren();
  mount(App, { target, props });
}

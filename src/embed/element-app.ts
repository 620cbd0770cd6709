import { mount, unmount } from 'svelte';
import App from '../App.svelte';
import { liveWhen } from './loading.ts';
import { elementOptions } from './element-options.ts';
import { watchSteps } from './step-watcher.ts';
import type { Ask } from './steps.ts';
import type { HostPage } from '../model/event-link.ts';

/**
 * Loaded by the element when it comes near the viewport (or at once, `loading="eager"`): the app,
 * mounted in the element's shadow root, with its stylesheet; `onpaint` once its map is on screen.
 */
export function mountApp(
  target: HTMLElement,
  props: {
    /** The element's attribute by name. */
    get: (name: string) => string | null;
    base: string;
    languages: readonly string[];
    ondate: (date: string) => void;
    onpaint: () => void;
    /** The event a link to the host page names for this map: it wins over the element's date and view. */
    linked?: string;
    /** Where the element is: "Link to this event" leads there. */
    hostPage: () => HostPage;
  },
) {
  const { get, linked, ...rest } = props;
  const { loading, ...options } = elementOptions(get, linked);
  const app = mount(App, {
    target,
    props: { ...rest, ...options, embedded: true, layout: 'element', loadMap: liveWhen[loading] },
  });
  return { app, unmount: () => unmount(app) };
}

/** The page's scroll steps, watched once for every element on it. */
let stepsWatched = false;
export function watchPageSteps(deliver: (map: HTMLElement, ask: Ask, refused: (why: string) => void) => void): void {
  if (stepsWatched) return;
  stepsWatched = true;
  watchSteps(
    document,
    () => [...document.querySelectorAll<HTMLElement>('qantar-map')],
    (map, ask, _, refused) => deliver(map, ask, refused),
  );
}

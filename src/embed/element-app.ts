import { mount, unmount } from 'svelte';
import App from '../App.svelte';

/** Loaded on demand by the custom element, so the app's CSS comes with it. */
export function mountApp(target: HTMLElement, props: { search: string; base: string; ondate: (date: string) => void }) {
  const app = mount(App, { target, props: { ...props, embedded: true } });
  return { app, unmount: () => unmount(app) };
}

import { mount, unmount } from 'svelte';
import App from '../App.svelte';

/** Loaded on demand by the custom element: the app, mounted in the element's shadow root. */
export function mountApp(
  target: HTMLElement,
  props: {
    search: string;
    base: string;
    languages: readonly string[];
    label?: string;
    loading: 'lazy' | 'eager';
    ondate: (date: string) => void;
  },
) {
  const { loading, ...rest } = props;
  const app = mount(App, {
    target,
    props: { ...rest, embedded: true, layout: 'element', loadMap: loading === 'eager' ? 'now' : 'visible' },
  });
  return { app, unmount: () => unmount(app) };
}

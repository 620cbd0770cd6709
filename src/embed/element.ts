import { optionNames } from './options.ts';

/** The build's root: where this script was loaded from, not the host page. */
const base = new URL('./', import.meta.url).href;

type AppInstance = { setDate(date: string): void; play(): void; pause(): void };

/**
 * `<qantar-map date="2022-01-05" mode="day" …>`: the map as a custom element, with attributes
 * mirroring the iframe's options. Methods `setDate`, `play`, `pause`; a `qantar:date` event (bubbling)
 * on each new date. The app and its CSS load on first connection.
 */
export class QantarMap extends HTMLElement {
  static observedAttributes = [...optionNames];
  #app: AppInstance | null = null;
  #unmount: (() => void) | null = null;
  #date: string | null = null;

  get date(): string | null {
    return this.#date;
  }

  async connectedCallback() {
    if (!this.style.display) this.style.display = 'block';
    const { mountApp } = await import('./element-app.ts');
    if (!this.isConnected || this.#app) return;
    const search = new URLSearchParams();
    for (const name of optionNames) {
      const value = this.getAttribute(name);
      if (value !== null) search.set(name, value);
    }
    const mounted = mountApp(this, {
      search: `?${search}`,
      base,
      ondate: (date: string) => {
        this.#date = date;
        this.dispatchEvent(new CustomEvent('qantar:date', { detail: { date }, bubbles: true }));
      },
    });
    this.#app = mounted.app;
    this.#unmount = mounted.unmount;
  }

  disconnectedCallback() {
    this.#unmount?.();
    this.#app = null;
    this.#unmount = null;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if (name === 'date' && value && this.#app) this.#app.setDate(value);
  }

  setDate(date: string) {
    this.#app?.setDate(date);
  }
  play() {
    this.#app?.play();
  }
  pause() {
    this.#app?.pause();
  }
}

if (!customElements.get('qantar-map')) customElements.define('qantar-map', QantarMap);

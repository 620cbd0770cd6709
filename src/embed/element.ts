import { elementAttributes, elementOptions } from './element-options.ts';
import { mountApp } from './element-app.ts';
import { watchSteps } from './step-watcher.ts';
import type { Ask } from './steps.ts';
import type { Origin } from '../model/commands.ts';

/** The build's root: where this script was loaded from, not the host page. */
const base = new URL('./', import.meta.url).href;

type AppInstance = {
  setDate(date: string): void;
  play(): void;
  pause(): void;
  ask(what: Ask, origin: Origin, step?: boolean, refused?: (why: string) => void): string | null;
};

/**
 * The element's box, set before anything loads so the page does not shift: a block of the host's
 * width, as tall as a 4:3 map (a height the host gives wins). `all: initial` keeps the host page's
 * inherited styles out; the documented custom properties (`--qantar-font`, `--qantar-accent`) pass.
 */
const HOST_CSS = `:host { all: initial; display: block; position: relative; box-sizing: border-box; width: 100%;
  aspect-ratio: 4 / 3; min-height: 300px; max-height: 100vh; overflow: hidden; contain: layout paint style;
  font-family: var(--qantar-font, system-ui, sans-serif); font-size: 16px; line-height: 1.4; color: #1f1e1b;
  background: #fff;
  /* The app's sizes are in this unit: the host page's root font size (its rem) stays out. */
  --q-rem: 16px; }
:host([hidden]) { display: none; }
.root { height: 100%; }`;

let hostSheet: CSSStyleSheet | undefined;
/** The page's scroll steps, watched once for every element on it. */
let stepsWatched = false;
const watchPageSteps = () => {
  if (stepsWatched) return;
  stepsWatched = true;
  watchSteps(
    document,
    () => [...document.querySelectorAll<QantarMap>('qantar-map')],
    (map, ask, _, refused) => (map as QantarMap).step(ask, refused),
  );
};

/**
 * `<qantar-map date="2022-01-05" mode="day" label="…" loading="lazy">`: the map as a custom element,
 * in an open shadow root, so nothing of the host page's CSS reaches in and nothing of ours reaches out.
 * Attributes mirror the iframe's options. Methods `setDate`, `play`, `pause`; a bubbling, composed
 * `qantar:date` event on each new date. MapLibre starts when the element comes near the viewport.
 */
export class QantarMap extends HTMLElement {
  static observedAttributes = [...elementAttributes];
  #app: AppInstance | null = null;
  #unmount: (() => void) | null = null;
  #date: string | null = null;

  get date(): string | null {
    return this.#date;
  }

  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!hostSheet) {
      hostSheet = new CSSStyleSheet();
      hostSheet.replaceSync(HOST_CSS);
    }
    root.adoptedStyleSheets = [hostSheet];
    // The app's styles and MapLibre's, linked (a strict style-src allows it); the content shows once they have loaded.
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${base}qantar-map.css`;
    const container = document.createElement('div');
    container.className = 'root';
    container.hidden = true;
    link.addEventListener('load', () => (container.hidden = false), { once: true });
    root.replaceChildren(link, container);
    if (this.#app) return;
    const options = elementOptions((name) => this.getAttribute(name));
    const mounted = mountApp(container, {
      ...options,
      base,
      // With no `lang` of its own, the element speaks its host page's language where it can.
      languages: [this.closest<HTMLElement>('[lang]')?.lang ?? ''],
      ondate: (date: string) => {
        this.#date = date;
        this.dispatchEvent(new CustomEvent('qantar:date', { detail: { date }, bubbles: true, composed: true }));
      },
    });
    this.#app = mounted.app;
    this.#unmount = mounted.unmount;
    watchPageSteps();
  }

  disconnectedCallback() {
    this.#unmount?.();
    this.#app = null;
    this.#unmount = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (!this.#app || old === value) return;
    if (name === 'date') {
      if (value) this.#app.setDate(value);
      return;
    }
    if (name === 'mode' || name === 'view') {
      const refused = this.#app.ask({ [name]: value }, 'attribute');
      if (refused) console.warn(`Qantar: ${name}: ${refused}: ignored`);
      return;
    }
    // The other attributes (lang, theme, layers, panel, label, loading) shape the whole map: it starts again with them.
    this.disconnectedCallback();
    this.connectedCallback();
  }

  setDate(date: string) {
    this.#app?.setDate(date);
  }
  /**
   * A scroll step of the page (date, mode, view, selection, layers) at once; `refused` hears why it,
   * or a layer of it, was ignored, now or once the story has loaded.
   */
  step(ask: Ask, refused: (why: string) => void) {
    const why = this.#app?.ask(ask, 'step', true, refused);
    if (why) refused(why);
  }
  play() {
    this.#app?.play();
  }
  pause() {
    this.#app?.pause();
  }
}

if (!customElements.get('qantar-map')) customElements.define('qantar-map', QantarMap);

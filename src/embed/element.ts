/**
 * `<qantar-map>`: the map as a custom element, a light guest in someone else's article. This script is
 * all an article pays for until the map comes within a screen of the viewport: it registers the element
 * and shows its poster (the host's own, in the element's light DOM, or the story's). Near, it fetches the
 * app (element-app.ts) and its stylesheet; the app paints its static map over the poster, and MapLibre
 * waits for the reader to reach for the map (`loading`).
 */
import { elementAttributes } from './option-names.ts';
import type { Ask } from './steps.ts';
import type { Command, Origin } from '../model/commands.ts';
import { fragmentTarget, readEventFragment } from '../model/event-link.ts';
import { ELEMENT_BOX, posterName } from '../story/poster-name.ts';
import { appStart } from '../app/first-paint.ts';

/** The build's root: where this script was loaded from, not the host page. */
const base = new URL('./', import.meta.url).href;

type AppInstance = {
  setDate(date: string): void;
  play(): void;
  pause(): void;
  ask(what: Ask, origin: Origin, step?: boolean, refused?: (why: string) => void): string | null;
  apply(command: Command, origin: Origin): void;
  openEvent(id: string, origin: Origin, refused?: (why: string) => void): string | null;
};

/** The maps of a page, elements and iframes alike: a link's `qantar-map` names one of them. */
const pageMaps = () => [...document.querySelectorAll<HTMLElement>('qantar-map, iframe[data-qantar]')];

/** The elements that have taken the page's link (`#qantar-event=`): each once, on its first start. */
const linked = new WeakSet<QantarMap>();
let linkWarned = false;

/**
 * The event a link to this page names for this element (`#qantar-event=<id>&qantar-map=<its id>`, or
 * the page's only map), the first time it starts. A link that names no map on a page of several is
 * warned about once (by the host script instead, on a page with iframes too).
 */
function linkedEvent(el: QantarMap): string | undefined {
  if (linked.has(el)) return undefined;
  linked.add(el);
  const link = readEventFragment(location.hash);
  if (!link) return undefined;
  const maps = pageMaps();
  const target = fragmentTarget(link, maps);
  if (!target && !linkWarned && !maps.some((m) => m instanceof HTMLIFrameElement)) {
    linkWarned = true;
    console.warn(
      `Qantar: the link's #qantar-event=${link.event} ${link.map ? `names no map "${link.map}"` : `names no map (qantar-map) and the page has ${maps.length}`}: ignored`,
    );
  }
  return target === el ? link.event : undefined;
}

/**
 * The element's box, set before anything loads so the page does not shift: a block of the host's
 * width, as tall as a 4:3 map (a height the host gives wins). `all: initial` keeps the host page's
 * inherited styles out; the documented custom properties (`--qantar-font`, `--qantar-accent`) pass.
 * Its poster fills the box until the app's map is on screen.
 */
const HOST_CSS = `:host { all: initial; display: block; position: relative; box-sizing: border-box; width: 100%;
  ${ELEMENT_BOX}; overflow: hidden; contain: layout paint style;
  font-family: var(--qantar-font, system-ui, sans-serif); font-size: 16px; line-height: 1.4; color: #1f1e1b;
  background: #fff;
  /* The app's sizes are in this unit: the host page's root font size (its rem) stays out. */
  --q-rem: 16px; }
:host([hidden]) { display: none; }
.poster { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; }
.poster[hidden] { display: none; }
.poster ::slotted(*), .poster img { max-width: 100%; max-height: 100%; object-fit: contain; }
.root { height: 100%; }`;

let hostSheet: CSSStyleSheet | undefined;

/** Its own poster, where the host gave none: the story's, in the element's language and theme. */
function ownPoster(lang: string | null, theme: string | null, label: string | null): HTMLImageElement {
  const img = document.createElement('img');
  const file = (l: string) => posterName(l, theme);
  img.src = `${base}${file(lang ?? '')}`;
  // A language the story is not told in has no poster: the story's first language's.
  if (lang) img.addEventListener('error', () => (img.src = `${base}${file('')}`), { once: true });
  img.alt = label ?? '';
  img.loading = 'lazy';
  img.decoding = 'async';
  return img;
}

/**
 * `<qantar-map date="2022-01-05" mode="day" label="…" loading="interaction">`: in an open shadow root,
 * so nothing of the host page's CSS reaches in and nothing of ours reaches out. Attributes mirror the
 * iframe's options. Methods `setDate`, `play`, `pause` (called before the app has come, they wait for
 * it); a bubbling, composed `qantar:date` event on each new date.
 */
export class QantarMap extends HTMLElement {
  static observedAttributes = [...elementAttributes];
  #app: AppInstance | null = null;
  #unmount: (() => void) | null = null;
  #near: IntersectionObserver | null = null;
  /** What was asked before the app had come, carried out in order once it has. */
  #waiting: ((app: AppInstance) => void)[] = [];
  #date: string | null = null;

  get date(): string | null {
    return this.#date ?? this.getAttribute('date');
  }

  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!hostSheet) {
      hostSheet = new CSSStyleSheet();
      hostSheet.replaceSync(HOST_CSS);
    }
    root.adoptedStyleSheets = [hostSheet];
    // The host's poster (its light DOM) shows through the slot; the story's own where it gave none.
    const poster = document.createElement('div');
    poster.className = 'poster';
    const slot = document.createElement('slot');
    slot.append(ownPoster(this.getAttribute('lang'), this.getAttribute('theme'), this.getAttribute('label')));
    poster.append(slot);
    root.replaceChildren(poster);
    const event = linkedEvent(this);
    // A link to this event in the article: the reader lands on the map, as on a fragment's target.
    if (event) this.scrollIntoView({ block: 'center' });
    if (event || this.getAttribute('loading') === 'eager') return void this.#mount(poster, event);
    this.#near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#near?.disconnect();
        void this.#mount(poster, event);
      },
      { rootMargin: '100% 0px' },
    );
    this.#near.observe(this);
  }

  /** Fetches the app and its stylesheet, and shows the app once its map is on screen; `event`, a link's. */
  async #mount(poster: HTMLElement, event: string | undefined) {
    const root = this.shadowRoot!;
    // The app's styles and MapLibre's, linked (a strict style-src allows it).
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${base}qantar-map.css`;
    const container = document.createElement('div');
    container.className = 'root';
    container.hidden = true;
    let [styled, painted] = [false, false];
    const reveal = () => {
      if (!styled || !painted || !container.isConnected) return;
      container.hidden = false;
      poster.hidden = true;
    };
    link.addEventListener('load', () => ((styled = true), reveal()), { once: true });
    root.append(link, container);
    // The article paints first: the app's code runs as it arrives, and on a first screen it would hold
    // the host page's first paint back.
    await appStart(true);
    const { mountApp, watchPageSteps } = await import('./element-app.ts');
    if (!container.isConnected || this.#app) return;
    // The page's scroll steps drive every element on it: a step for one still coming waits for it.
    watchPageSteps((map, ask, refused) => (map as QantarMap).step(ask, refused));
    const mounted = mountApp(container, {
      get: (name) => this.getAttribute(name),
      base,
      // With no `lang` of its own, the element speaks its host page's language where it can.
      languages: [this.closest<HTMLElement>('[lang]')?.lang ?? ''],
      ondate: (date: string) => {
        this.#date = date;
        this.dispatchEvent(new CustomEvent('qantar:date', { detail: { date }, bubbles: true, composed: true }));
      },
      onpaint: () => ((painted = true), reveal()),
      linked: event,
      // "Link to this event" leads to the article, to this map in it.
      hostPage: () => ({ url: location.href, ...(this.id ? { map: this.id } : {}) }),
    });
    this.#app = mounted.app;
    this.#unmount = mounted.unmount;
    for (const run of this.#waiting.splice(0)) run(mounted.app);
  }

  disconnectedCallback() {
    this.#near?.disconnect();
    this.#near = null;
    this.#unmount?.();
    this.#app = null;
    this.#unmount = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null) {
    if (!this.shadowRoot?.childElementCount || old === value) return;
    if (name === 'date') {
      if (value) this.setDate(value);
      return;
    }
    if (name === 'event') {
      this.#when((app) => {
        if (value === null) return app.apply({ type: 'select', id: null }, 'attribute');
        const refused = (why: string) => console.warn(`Qantar: event: ${why}: ignored`);
        const why = app.openEvent(value, 'attribute', refused);
        if (why) refused(why);
      });
      return;
    }
    if (name === 'mode' || name === 'view') {
      this.#when((app) => {
        const refused = app.ask({ [name]: value }, 'attribute');
        if (refused) console.warn(`Qantar: ${name}: ${refused}: ignored`);
      });
      return;
    }
    // The other attributes (lang, theme, layers, panel, label, loading) shape the whole map: it starts again with them.
    this.disconnectedCallback();
    this.connectedCallback();
  }

  /** Now if the app has come, else once it has. */
  #when(run: (app: AppInstance) => void) {
    if (this.#app) run(this.#app);
    else this.#waiting.push(run);
  }

  setDate(date: string) {
    this.#when((app) => app.setDate(date));
  }
  /**
   * A scroll step of the page (date, mode, view, selection, layers) at once; `refused` hears why it,
   * or a layer of it, was ignored, now or once the story has loaded (a step before the app has come
   * waits for it).
   */
  step(ask: Ask, refused: (why: string) => void) {
    this.#when((app) => {
      const why = app.ask(ask, 'step', true, refused);
      if (why) refused(why);
    });
  }
  play() {
    this.#when((app) => app.play());
  }
  pause() {
    this.#when((app) => app.pause());
  }
}

if (!customElements.get('qantar-map')) customElements.define('qantar-map', QantarMap);

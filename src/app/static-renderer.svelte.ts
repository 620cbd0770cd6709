import { loadBaseData, type BaseData } from '../static/base-data.ts';
import { flushSync } from 'svelte';
import { sceneFor, type Scene } from '../static/scene.ts';
import type { Camera, Size } from '../static/mercator.ts';
import { sceneToSvg } from '../static/svg.ts';
import { lineLabel } from '../model/line-label.ts';
import { insetHasCityMap } from '../model/story-derive.ts';
import { dataUrl } from './data-url.ts';
import { STATIC_FONT } from '../static/fonts.ts';
import type { AppState } from './app-state.svelte.ts';
import type { FeatureCollection } from 'geojson';

/** The city map under the inset's markers, written by `npm run geo`. */
const INSET_FILE = 'almaty-overview.geojson';

/**
 * The static map in the browser: the prerendered SVG stays until the base map's files have come
 * (the same files MapLibre loads, so the browser fetches them once), then the SVG is drawn again for
 * the reader's date, mode, view, size and theme, and after each change while MapLibre is not drawing.
 */
export class StaticRenderer {
  base = $state.raw<BaseData | null>(null);
  /** The city map of the story's inset, when it has one. */
  inset = $state.raw<FeatureCollection | null>(null);
  readonly #app: AppState;

  /**
   * While the page is printed, the reader's view: the static map stands in for MapLibre's canvas,
   * which may print blank. Null otherwise.
   */
  printing = $state.raw<Camera | null>(null);

  svg = $derived.by((): string | null => {
    const app = this.#app;
    const camera = this.printing ?? app.camera;
    if ((app.live && !this.printing) || !camera || !app.collection) return null;
    const scene = this.sceneAt(camera, app.size);
    return scene && sceneToSvg(scene, { font: STATIC_FONT, title: this.title() });
  });

  /** The map at the reader's date, mode, theme and selection, seen by `camera` at `size`; null until the base map has come. */
  sceneAt(camera: Camera, size: Size): Scene | null {
    const app = this.#app;
    const { base } = this;
    if (!base || !app.collection || !app.playback) return null;
    return sceneFor({
      base,
      story: app.collection,
      date: app.playback.date,
      mode: app.playback.mode,
      camera,
      size,
      theme: app.theme,
      lang: app.i18n.lang,
      colors: Object.fromEntries(app.categories.map((c) => [c.id, c.color])),
      lineLabel: (o) => lineLabel(o, app.i18n),
      reliefHref: dataUrl('relief/region.png', app.config.base),
      selectedId: app.playback.selectedId,
      hidden: app.hidden,
    });
  }

  /** Follows printing (the print dialog, or print media emulated); returns the stop. */
  watchPrint(): () => void {
    const app = this.#app;
    const media = matchMedia('print');
    const follow = (printing: boolean) => () => {
      this.printing = printing || media.matches ? app.currentCamera() : null;
      // The print layout is taken right after the event: the SVG must be in the page by then.
      flushSync();
    };
    const [before, after] = [follow(true), follow(false)];
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    media.addEventListener('change', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      media.removeEventListener('change', after);
    };
  }

  /** The map's accessible name. */
  title(): string {
    return this.#app.i18n.t('map.label', { title: this.#app.collection?.story.title ?? '' });
  }

  constructor(app: AppState) {
    this.#app = app;
  }

  #loading: Promise<void> | null = null;

  /**
   * Fetches the base map, once the story says which lines it draws, and the inset's city map; once,
   * however often it is asked (the page's start and a download may both ask).
   */
  load(): Promise<void> {
    if (!this.#app.collection || this.base) return Promise.resolve();
    this.#loading ??= this.#load().finally(() => (this.#loading = null));
    return this.#loading;
  }

  async #load(): Promise<void> {
    const story = this.#app.collection!.story;
    const lines = story.overlays.flatMap((o) => (o.kind === 'line' ? [o.line] : []));
    const read = async (path: string) => {
      const response = await fetch(dataUrl(path.replace(/^data\//, ''), this.#app.config.base));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    };
    const inset = async () => {
      if (!insetHasCityMap(story.overlays)) return;
      try {
        this.inset = (await read(`data/${INSET_FILE}`)) as FeatureCollection;
      } catch (e) {
        // The markers stay, on a plain ground.
        console.warn(`Qantar: the inset's city map could not be loaded: ${(e as Error).message}`);
      }
    };
    const base = async () => {
      try {
        this.base = await loadBaseData(read, lines);
      } catch (e) {
        // The prerendered map stays; MapLibre reports a missing file in words.
        console.warn(`Qantar: the static map could not be redrawn: ${(e as Error).message}`);
      }
    };
    await Promise.all([base(), inset()]);
  }
}

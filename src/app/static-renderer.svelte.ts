import { loadBaseData, type BaseData } from '../static/base-data.ts';
import { flushSync } from 'svelte';
import { baseSceneOf } from '../static/scene.ts';
import { storyScene } from '../static/story-scene.ts';
import { sceneInput, type SceneInput, type StoryLayerInput } from '../static/scene-input.ts';
import { cameraFor, projector, type Camera, type Size } from '../static/mercator.ts';
import { sceneToSvg, storySvg } from '../static/svg.ts';
import { insetHasCityMap } from '../model/story-derive.ts';
import { dataUrl } from './data-url.ts';
import { STATIC_FONT } from '../static/fonts.ts';
import { PRERENDER_SIZE } from './prerender-size.ts';
import type { AppState } from './app-state.svelte.ts';
import type { FeatureCollection } from 'geojson';

/** The city map under the inset's markers, written by `npm run geo`. */
const INSET_FILE = 'almaty-overview.geojson';

/** The base the page shows: where it looks, and its markup when drawn here (null: the prerendered one, kept). */
interface ShownBase {
  camera: Camera;
  size: Size;
  svg: string | null;
}

/**
 * The static map in the browser, in two layers. The base stays as it is while the date changes: the
 * prerendered one until the base map's files have come (the same files MapLibre loads, so the browser
 * fetches them once), then one drawn for the reader's box, view, theme and language. Each date, mode,
 * selection or change of layers draws only the story layer, over whichever base is shown. Nothing is
 * drawn while MapLibre is the map, but for print.
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

  /** The static map is the map: MapLibre is not drawing, or the page is printed. */
  #drawing = $derived.by(() => !this.#app.live || !!this.printing);

  /**
   * The base's input: the camera the static map shows, the box, the theme and the language (the date,
   * mode, layers and selection are the story layer's); null until the base map has come.
   */
  #baseInput = $derived.by((): SceneInput | null => {
    const app = this.#app;
    const camera = this.printing ?? app.camera;
    const { base } = this;
    if (!this.#drawing || !base || !camera || !app.collection) return null;
    return sceneInput({
      story: app.collection,
      base,
      camera,
      size: app.size,
      theme: app.theme,
      i18n: app.i18n,
      reliefHref: this.#relief(),
    });
  });

  /** The base in the page: the one drawn here for the reader's box, or, until the base map has come, the prerendered one. */
  #shown = $derived.by((): ShownBase | null => {
    const input = this.#baseInput;
    if (input) {
      const scene = { base: baseSceneOf(input), story: { areas: [], routes: [], markers: [] } };
      return {
        camera: input.camera,
        size: input.size,
        svg: sceneToSvg(scene, { font: STATIC_FONT, title: this.title() }),
      };
    }
    const story = this.#app.collection?.story;
    if (!this.#drawing || !this.#app.config.initial || !story) return null;
    return {
      camera: cameraFor(undefined, story.bounds, story.maxBounds, PRERENDER_SIZE),
      size: PRERENDER_SIZE,
      svg: null,
    };
  });

  /** The base's markup when it is drawn here; null keeps the prerendered one. */
  svg = $derived(this.#shown?.svg ?? null);

  /** The story layer at the reader's date, over the base shown: a few KB a step. */
  story = $derived.by((): { areas: string; marks: string } | null => {
    const shown = this.#shown;
    const app = this.#app;
    const playback = app.playback;
    if (!shown || !app.collection || !playback) return null;
    const input: StoryLayerInput = {
      story: app.collection,
      camera: shown.camera,
      size: shown.size,
      theme: app.theme,
      i18n: app.i18n,
      mode: playback.mode,
      hidden: app.hidden,
      selectedId: playback.selectedId,
    };
    return storySvg(storyScene(input, playback.date));
  });

  /**
   * Where a place stands in the map's box, on the base shown: drawn for the box, or the prerendered one
   * scaled into it (centred, whole, as the SVG's viewBox sets it).
   */
  pointAt(coordinates: readonly number[]): [number, number] | null {
    const shown = this.#shown;
    if (!shown) return null;
    const [x, y] = projector(shown.camera, shown.size).point(coordinates);
    const box = this.#app.size;
    const k = Math.min(box.width / shown.size.width, box.height / shown.size.height);
    return [(box.width - shown.size.width * k) / 2 + x * k, (box.height - shown.size.height * k) / 2 + y * k];
  }

  /** The scene input of the reader's moment seen by `camera` at `size`: for the page, downloads and frames. */
  pictureInput(camera: Camera, size: Size): SceneInput | null {
    const app = this.#app;
    const { base } = this;
    if (!base || !app.collection || !app.playback) return null;
    return sceneInput({
      story: app.collection,
      base,
      size,
      camera,
      theme: app.theme,
      i18n: app.i18n,
      mode: app.playback.mode,
      hidden: app.hidden,
      selectedId: app.playback.selectedId,
      reliefHref: this.#relief(),
    });
  }

  #relief = () => dataUrl('relief/region.png', this.#app.config.base);

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

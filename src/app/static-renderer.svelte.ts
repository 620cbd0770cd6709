import type { BaseData } from '../static/base-data.ts';
import { flushSync } from 'svelte';
import { baseSceneOf } from '../static/scene.ts';
import { storyScene } from '../static/story-scene.ts';
import { sceneInput, type SceneInput, type StoryLayerInput } from '../static/scene-input.ts';
import {
  cameraFor,
  constrain,
  mercatorX,
  mercatorY,
  projector,
  worldSize,
  wrapNear,
  type Camera,
  type Size,
} from '../static/mercator.ts';
import { sceneToSvg, storySvg } from '../static/svg.ts';
import { POSTER_MAP } from '../story/poster-name.ts';
import { insetHasCityMap } from '../model/story-derive.ts';
import { posterFile } from '../story/built.ts';
import type { ThemeName } from '../theme/theme.ts';
import { dataUrl, siteUrl } from './data-url.ts';
import { STATIC_FONT } from '../static/font-family.ts';
import { PRERENDER_SIZE } from './prerender-size.ts';
import type { AppState } from './app-state.svelte.ts';
import type { FeatureCollection } from 'geojson';

/** The city map under the inset's markers, written by `npm run geo`. */
const INSET_FILE = 'almaty-overview.geojson';

/** A base the page shows: where it looks and at what size, and its markup (null: the one already in the page). */
interface ShownBase {
  camera: Camera;
  size: Size;
  svg: string | null;
}

/** How the static map's base stands in its box: zoomed about the box's middle, then moved, in pixels. */
export interface Placement {
  x: number;
  y: number;
  scale: number;
}
const NOT_MOVED: Placement = { x: 0, y: 0, scale: 1 };

/** A base made by the build (the prerendered page's, a poster's): the story's opening view at the prerender's size. */
interface BuiltBase extends ShownBase {
  theme: ThemeName;
  lang: string;
}

/**
 * The static map in the browser, in two layers. The base stays as it is while the date changes: the one
 * the build made (the prerendered page's, or the poster's for an embed, or for a theme or a language the
 * page was not prerendered in), scaled into the map's box and never made again here; or, where the static
 * map must show another view (no WebGL, print), one drawn from the base map's files. Each date, mode,
 * selection or change of layers draws only the story layer over it. Nothing is drawn while MapLibre is
 * the map, but for print.
 */
export class StaticRenderer {
  /** The base map's files, when something needs them (a view the build did not draw, a download). */
  base = $state.raw<BaseData | null>(null);
  /** The city map of the story's inset, when it has one. */
  inset = $state.raw<FeatureCollection | null>(null);
  readonly #app: AppState;
  /** The page's prerendered map, kept by the static map while the base shown is the one the build made. */
  readonly kept: { svg: Element | null } = { svg: null };
  /** The base the build made, once the page has it. */
  #built = $state.raw<BuiltBase | null>(null);

  /**
   * While the page is printed, the reader's view: the static map stands in for MapLibre's canvas,
   * which may print blank. Null otherwise.
   */
  printing = $state.raw<Camera | null>(null);

  /** The static map is the map: MapLibre is not drawing, or the page is printed. */
  #drawing = $derived.by(() => !this.#app.live || !!this.printing);

  /** A view the built base does not show, and the base map's files to draw it with. */
  #drawnInput = $derived.by((): SceneInput | null => {
    const app = this.#app;
    const { base } = this;
    const built = this.#built;
    const camera = this.printing ?? app.camera;
    const mismatched = !built || built.theme !== app.options.theme || built.lang !== app.i18n.lang;
    if (!base || !camera || !app.collection || !(this.printing || app.staticOnly || mismatched)) return null;
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

  /** The base in the page: one drawn here when it must be, else the one the build made. */
  #shown = $derived.by((): ShownBase | null => {
    if (!this.#drawing) return null;
    const input = this.#drawnInput;
    if (!input) return this.#built;
    const scene = { base: baseSceneOf(input), story: { areas: [], routes: [], markers: [] } };
    return {
      camera: input.camera,
      size: input.size,
      svg: sceneToSvg(scene, { font: STATIC_FONT, title: this.title() }),
    };
  });

  /** The base's markup when it is set here; null keeps what is in the page. */
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
   * How the base shown sits in the map's box: scaled whole and centred, as the SVG's viewBox sets it
   * (`k`, `dx`, `dy`); then, as the interactive map is kept inside the story's bounds (`camera`, the
   * camera that shows it), which a box wider or taller than the base's may make it, zoomed in about the
   * box's middle (`z`, where the box would show more than the bounds at the base's zoom) and moved
   * (`sx`, `sy`).
   */
  #fit = $derived.by(() => {
    const shown = this.#shown ?? this.#built;
    const story = this.#app.collection?.story;
    if (!shown || !story) return null;
    const box = this.#app.size;
    const k = Math.min(box.width / shown.size.width, box.height / shown.size.height);
    const scaled = { ...shown.camera, zoom: shown.camera.zoom + Math.log2(k) };
    const camera = constrain(scaled, box, story.maxBounds);
    const world = worldSize(camera.zoom);
    return {
      shown,
      k,
      z: 2 ** (camera.zoom - scaled.zoom),
      box,
      dx: (box.width - shown.size.width * k) / 2,
      dy: (box.height - shown.size.height * k) / 2,
      sx: (mercatorX(wrapNear(scaled.lng, camera.lng)) - mercatorX(camera.lng)) * world,
      sy: (mercatorY(scaled.lat) - mercatorY(camera.lat)) * world,
      camera,
    };
  });

  /** How the base is zoomed and moved in the box (see #fit), for the static map to draw it there. */
  placement = $derived.by((): Placement =>
    this.#fit ? { x: this.#fit.sx, y: this.#fit.sy, scale: this.#fit.z } : NOT_MOVED,
  );

  /** Where a place stands in the map's box, on the base shown. */
  pointAt(coordinates: readonly number[]): [number, number] | null {
    const fit = this.#fit;
    if (!fit) return null;
    const [x, y] = projector(fit.shown.camera, fit.shown.size).point(coordinates);
    const [cx, cy] = [fit.box.width / 2, fit.box.height / 2];
    return [cx + (fit.dx + x * fit.k - cx) * fit.z + fit.sx, cy + (fit.dy + y * fit.k - cy) * fit.z + fit.sy];
  }

  /**
   * The camera that shows in the map's box what the static map shows: the interactive map opens on it,
   * so nothing moves when it takes over. Null before the static map has a base.
   */
  camera(): Camera | null {
    return this.#fit?.camera ?? null;
  }

  /** The scene input of the reader's moment seen by `camera` at `size`: for downloads and frames. */
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
    // A prerendered page carries its base: the story's opening view at the prerender's size, light, in its language.
    const story = app.config.initial?.collection.story;
    if (story)
      this.#built = {
        camera: cameraFor(undefined, story.bounds, story.maxBounds, PRERENDER_SIZE),
        size: PRERENDER_SIZE,
        svg: null,
        theme: 'light',
        lang: app.config.i18n?.lang ?? story.lang,
      };
    // Made as the app mounts. Where the static map is the map for good (no WebGL), it draws any view:
    // from the base map's files.
    $effect(() => {
      if (app.staticOnly) void this.load();
    });
  }

  /**
   * Once the app knows its options: the base the build made for the reader's language and theme, when
   * the page does not carry it (an embed, another theme), from the story's poster; the base map's files
   * where there is none.
   */
  async start(): Promise<void> {
    const app = this.#app;
    const story = app.collection?.story;
    if (!story) return;
    const [theme, lang] = [app.options.theme, app.i18n.lang];
    const built = this.#built;
    if (!built || built.theme !== theme || built.lang !== lang) {
      try {
        const response = await fetch(siteUrl(posterFile(lang, story.languages, theme), app.config.base));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const svg = await response.text();
        const map = new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector(`[${POSTER_MAP}]`);
        if (!map) throw new Error('no map in the poster');
        map.removeAttribute('x');
        map.removeAttribute('y');
        this.#built = {
          camera: cameraFor(undefined, story.bounds, story.maxBounds, PRERENDER_SIZE),
          size: PRERENDER_SIZE,
          svg: new XMLSerializer().serializeToString(map),
          theme,
          lang,
        };
      } catch {
        // A site built without posters (the dev server): the base is drawn from the base map's files.
        return this.load();
      }
    }
  }

  #loading: Promise<void> | null = null;

  /**
   * Fetches the base map, once the story says which lines it draws, and the inset's city map; once,
   * however often it is asked (a view to draw and a download may both ask).
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
    try {
      // The decoder comes with the files: a page that keeps its built base never needs either.
      const { loadBaseData } = await import('../static/base-data.ts');
      this.base = await loadBaseData(read, lines);
    } catch (e) {
      // The built base stays; MapLibre reports a missing file in words.
      console.warn(`Qantar: the static map could not be redrawn: ${(e as Error).message}`);
    }
  }

  /** The inset's city map, when the story's inset has one: small, and wanted wherever the inset shows. */
  async loadInset(): Promise<void> {
    const story = this.#app.collection?.story;
    if (!story || this.inset || !insetHasCityMap(story.overlays)) return;
    try {
      const response = await fetch(dataUrl(INSET_FILE, this.#app.config.base));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.inset = (await response.json()) as FeatureCollection;
    } catch (e) {
      // The markers stay, on a plain ground.
      console.warn(`Qantar: the inset's city map could not be loaded: ${(e as Error).message}`);
    }
  }
}

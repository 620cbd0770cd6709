/**
 * The interactive map: MapLibre, loaded as a chunk of its own, taking over from the static map on the
 * same camera so nothing jumps. This module owns the MapLibre instance and is the only way into it;
 * the story's layers on it (date, layers shown, the selected event) are `story`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createMap } from '../map/create-map.ts';
import { styleAssets } from '../map/assets.ts';
import { LABEL_FAMILY } from '../map/fonts.ts';
import { storyStyle, styleOptionsFor } from '../map/story-style.ts';
import { baseStyle, zoomLayers } from '../map/style.ts';
import { storyCredits } from '../map/credits.ts';
import { attachStory, type StoryMap } from '../map/story-map.ts';
import { toDayNumber } from '../model/dates.ts';
import type { DisplayMode } from '../model/visibility.ts';
import type { View } from '../model/url-state.ts';
import type { StoryEventCollection } from '../story/built.ts';
import type { Theme } from '../theme/theme.ts';
import type { I18n } from '../i18n/i18n.ts';
import { unwrapBox, type Camera } from '../static/mercator.ts';
import mapLibreCss from 'maplibre-gl/dist/maplibre-gl.css?url';
import { registerStaticFonts } from '../static/fonts.ts';

/**
 * MapLibre's stylesheet, linked where its map is drawn (the page's head, or the element's shadow root)
 * when the live map starts: nothing of it is in a page's or an article's first paint.
 */
function linkMapLibreCss(container: HTMLElement): Promise<void> {
  const root = container.getRootNode() as Document | ShadowRoot;
  const where = root instanceof Document ? root.head : root;
  const href = new URL(mapLibreCss, import.meta.url).href;
  const found = [...where.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.href === href);
  if (found) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    // A stylesheet that fails leaves the map drawn, its buttons unstyled: not a reason to wait for ever.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  where.append(link);
  return loaded;
}

export interface LiveMap {
  map: MapLibreMap;
  /** Resolves at the map's first idle after its load: everything drawn. */
  drawn: Promise<void>;
  /** The story's layers on the map; null for the base map alone (no story could be loaded). */
  story: StoryMap | null;
  view(): View;
  moveTo(view: View | 'story', animate: boolean): void;
  destroy(): void;
}

/** What the live map is drawn from: the app's story and moment, in plain values. */
export interface LiveMapInput {
  /** The story, or null when it could not be loaded (the base map alone, on the whole world). */
  collection: StoryEventCollection | null;
  date: string;
  mode: DisplayMode;
  /** The categories not drawn. */
  hidden: string[];
  theme: Theme;
  i18n: I18n;
  camera: Camera | null;
  /** Where the build's files are, ending in '/'. */
  base: string;
  /** In someone else's page: gestures that leave its scrolling alone. */
  embedded: boolean;
  /** The map's accessible name. */
  label: string;
  onproblem: (message: string) => void;
  /** The reader clicked an event on the map. */
  onselect: (id: string) => void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Whether this browser gives a WebGL2 context: asked only once MapLibre has failed, as making one is a long task. */
function canDrawWebGl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

/**
 * Draws the story with MapLibre in `container`; resolves once the map has loaded its style, or with
 * null when the browser cannot draw it (the static map then stays the map).
 */
export async function startLiveMap(
  input: LiveMapInput,
  container: HTMLElement,
  fullscreen: HTMLElement,
): Promise<LiveMap | null> {
  await linkMapLibreCss(container);
  registerStaticFonts(input.base);
  // MapLibre draws its labels with the page's label family (src/map/fonts.ts), caching each letter as
  // first drawn: the faces the static map's labels set loading are let finish first.
  await document.fonts.ready;
  const { collection, theme, i18n } = input;
  const assets = styleAssets(input.base);
  const camera = input.camera ?? { lng: 0, lat: 20, zoom: 1 };
  const style = collection
    ? storyStyle(
        assets,
        collection,
        { day: toDayNumber(input.date), mode: input.mode, pulse: 0, hidden: input.hidden },
        styleOptionsFor(collection.story, theme, i18n),
      )
    : baseStyle(assets, theme, i18n.lang, { licences: i18n.t('map.licences') });
  let map: MapLibreMap;
  try {
    map = createMap(container, style, {
      camera,
      // Across the antimeridian MapLibre takes a box as running east past 180°.
      maxBounds: collection ? unwrapBox(collection.story.maxBounds) : undefined,
      cooperative: input.embedded,
      fullscreen,
      onproblem: input.onproblem,
      i18n,
      sourceName: (id) =>
        collection?.story.overlays.flatMap((o) => (o.kind === 'line' && `line:${o.id}` === id ? [o.label] : []))[0],
    });
  } catch (e) {
    // Without WebGL2 the static map is the map, and the page says so; any other failure is a fault to report.
    if (canDrawWebGl2()) console.error((e as Error).message);
    return null;
  }
  // A face that loads later (letters the static map never showed, at a zoom it never drew) has the
  // labels drawn again, as MapLibre drew its letters with a fallback meanwhile: a new (empty) set of
  // font faces makes it forget its letters and lay its labels out anew.
  const relabel = (e: FontFaceSetLoadEvent) => {
    if (e.fontfaces.some((f) => f.family.replace(/^(["'])(.*)\1$/, '$2') === LABEL_FAMILY) && map.style)
      map.setFontFaces(undefined);
  };
  document.fonts.addEventListener('loadingdone', relabel);
  // MapLibre makes its canvas a landmark named "Map": two maps on a page would repeat it, and the host
  // page's landmarks are its own. The canvas is a group, named for this map.
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'group');
  canvas.setAttribute('aria-roledescription', i18n.t('map.roledescription'));
  canvas.setAttribute('aria-label', input.label);
  // What only matters zoomed in is fetched when the reader gets there.
  const pending = zoomLayers(assets, theme, i18n.lang, {
    zoomFiles: collection?.story.zoomFiles,
    credits: collection ? storyCredits(collection.story) : undefined,
  });
  const addZoomed = () => {
    for (const z of pending.filter((p) => map.getZoom() >= p.minzoom && !map.getSource(p.source[0]))) {
      map.addSource(z.source[0], z.source[1]);
      for (const layer of z.layers) map.addLayer(layer, map.getLayer(z.before) ? z.before : undefined);
    }
  };
  map.on('zoomend', addZoomed);
  return new Promise((resolve) => {
    map.once('load', () => {
      // Listened for here, not by whoever awaits the map: MapLibre fires the first 'idle' in the same
      // frame as 'load' when nothing is left to draw, before the promise's callbacks run.
      const drawn = new Promise<void>((done) => map.once('idle', () => done()));
      addZoomed();
      const story = collection ? attachStory(map, { onselect: input.onselect, reducedMotion, i18n }) : null;
      resolve({
        map,
        drawn,
        story,
        view() {
          const c = map.getCenter();
          return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
        },
        moveTo(view, animate) {
          const duration = animate && !reducedMotion() ? 1200 : 0;
          if (view === 'story') {
            if (collection) map.fitBounds(unwrapBox(collection.story.bounds), { padding: 16, duration });
          } else map.flyTo({ center: [view.lng, view.lat], zoom: view.zoom, duration });
        },
        destroy() {
          story?.destroy();
          document.fonts.removeEventListener('loadingdone', relabel);
          map.remove();
        },
      });
    });
  });
}

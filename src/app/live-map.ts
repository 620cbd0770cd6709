/**
 * The interactive map: MapLibre, loaded as a chunk of its own once the page has painted, taking over
 * from the static map on the same camera so nothing jumps. This module is the only way into MapLibre.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createMap } from '../map/controller.ts';
import { styleAssets } from '../map/assets.ts';
import { storyStyle, styleOptionsFor } from '../map/story-style.ts';
import { baseStyle, zoomLayers } from '../map/style.ts';
import { attachStory } from '../map/story-map.ts';
import { toDayNumber } from '../model/dates.ts';
import type { DisplayMode } from '../model/visibility.ts';
import type { View } from '../model/url-state.ts';
import type { StoryEventProperties } from '../story/built.ts';
import type { AppState } from './app-state.svelte.ts';

export interface LiveMap {
  map: MapLibreMap;
  /** Resolves at the map's first idle after its load: everything drawn. */
  drawn: Promise<void>;
  view(): View;
  moveTo(view: View | 'story', animate: boolean): void;
  show(e: StoryEventProperties, lngLat: [number, number]): void;
  setTime(day: number, mode: DisplayMode): void;
  setHidden(categories: string[]): void;
  destroy(): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Draws the story with MapLibre in `container`, at the app's camera; resolves once the map has loaded
 * its style, or with null when the browser cannot draw it (the static map then stays the map).
 */
export function startLiveMap(
  app: AppState,
  container: HTMLElement,
  fullscreen: HTMLElement,
  label: string,
): Promise<LiveMap | null> {
  const { collection, story } = app;
  const assets = styleAssets(app.config.base);
  // Without a story (it could not be loaded), the base map alone, on the whole world.
  const camera = app.camera ?? { lng: 0, lat: 20, zoom: 1 };
  const style =
    collection && story
      ? storyStyle(
          assets,
          collection,
          { day: toDayNumber(story.date), mode: story.mode, pulse: 0, hidden: app.hidden },
          styleOptionsFor(collection.story, app.theme, app.i18n),
        )
      : baseStyle(assets, app.theme, app.i18n.lang, { licences: app.i18n.t('map.licences') });
  let map: MapLibreMap;
  try {
    map = createMap(container, style, {
      camera,
      maxBounds: collection?.story.maxBounds,
      cooperative: app.config.embedded,
      fullscreen,
      onproblem: app.noteProblem,
      i18n: app.i18n,
      sourceName: (id) =>
        collection?.story.overlays.flatMap((o) => (o.kind === 'line' && `line:${o.id}` === id ? [o.label] : []))[0],
    });
  } catch (e) {
    console.error((e as Error).message);
    return Promise.resolve(null);
  }
  // MapLibre makes its canvas a landmark named "Map": two maps on a page would repeat it, and the host
  // page's landmarks are its own. The canvas is a group, named for this map.
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'group');
  canvas.setAttribute('aria-roledescription', app.i18n.t('map.roledescription'));
  canvas.setAttribute('aria-label', label);
  // What only matters zoomed in is fetched when the reader gets there.
  const pending = zoomLayers(assets, app.theme, app.i18n.lang);
  const addZoomed = () => {
    for (const z of pending.filter((p) => map.getZoom() >= p.minzoom && !map.getSource(p.source[0]))) {
      map.addSource(z.source[0], z.source[1]);
      map.addLayer(z.layer, map.getLayer(z.before) ? z.before : undefined);
    }
  };
  map.on('zoomend', addZoomed);
  return new Promise((resolve) => {
    map.once('load', () => {
      // Listened for here, not by whoever awaits the map: MapLibre fires the first 'idle' in the same
      // frame as 'load' when nothing is left to draw, before the promise's callbacks run.
      const drawn = new Promise<void>((done) => map.once('idle', () => done()));
      addZoomed();
      const storyMap = collection
        ? attachStory(map, { onselect: (id) => app.select(id, false), reducedMotion, i18n: app.i18n })
        : null;
      resolve({
        map,
        drawn,
        view() {
          const c = map.getCenter();
          return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
        },
        moveTo(view, animate) {
          const duration = animate && !reducedMotion() ? 1200 : 0;
          if (view === 'story') {
            if (collection) map.fitBounds(collection.story.bounds, { padding: 16, duration });
          } else map.flyTo({ center: [view.lng, view.lat], zoom: view.zoom, duration });
        },
        show: (e, lngLat) => storyMap?.show(e, lngLat),
        setTime: (day, mode) => storyMap?.setTime(day, mode),
        setHidden: (categories) => storyMap?.setHidden(categories),
        destroy() {
          storyMap?.destroy();
          // MapLibre's remove() drops the style without destroying its glyph manager, whose font faces stay
          // in document.fonts (two for every map gone, with their files): handed back first.
          map.style?.glyphManager.fontFaceManager.destroy();
          map.remove();
        },
      });
    });
  });
}

import {
  AttributionControl,
  FullscreenControl,
  Map,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';
import { registerTopojson } from './topojson-protocol.ts';
import type { Camera } from '../static/mercator.ts';
import type { I18n } from '../i18n/i18n.ts';

setWorkerUrl(workerUrl);
// One worker for every map of the page, kept when a map goes: MapLibre would otherwise terminate it
// with the last map, and the abort error it leaves on its dispatcher holds that map's whole graph
// (measured: an element attached and removed 12 times kept 12 maps, about 150 KB each).
prewarm();
registerTopojson();

/** The element a map is mounted in carries it, so a host or a test can reach the instance. */
export interface MapContainer extends HTMLElement {
  qantarMap?: Map;
}

export interface MapOptions {
  /** Where the map opens: the static map's camera, so one replaces the other without a jump. */
  camera: Camera;
  /** How far the reader may pan: [west, south, east, north]. */
  maxBounds?: [number, number, number, number];
  /** Inside someone else's page: a modifier to zoom with the wheel, two fingers to pan on touch. */
  cooperative?: boolean;
  /** The element to show full screen (the whole map with its slider and panel). */
  fullscreen?: HTMLElement;
  /** Told, in words, when part of the map fails: a data file or the font that did not load. */
  onproblem?: (message: string) => void;
  /** The words of its messages and of its canvas's role. */
  i18n: I18n;
  /** A source's name for a reader, where its id is not one (a story's line: its label). */
  sourceName?: (id: string) => string | undefined;
}

/** MapLibre's words on its controls and in its gesture hints, in the reader's language. */
const controlWords = (i18n: I18n): Record<string, string> => ({
  'NavigationControl.ZoomIn': i18n.t('map.zoomIn'),
  'NavigationControl.ZoomOut': i18n.t('map.zoomOut'),
  'FullscreenControl.Enter': i18n.t('map.fullscreen'),
  'FullscreenControl.Exit': i18n.t('map.exitFullscreen'),
  'AttributionControl.ToggleAttribution': i18n.t('map.credits'),
  'ScaleControl.Kilometers': i18n.t('map.km'),
  'ScaleControl.Meters': i18n.t('map.m'),
  'CooperativeGesturesHandler.WindowsHelpText': i18n.t('map.ctrlScroll'),
  'CooperativeGesturesHandler.MacHelpText': i18n.t('map.cmdScroll'),
  'CooperativeGesturesHandler.MobileHelpText': i18n.t('map.twoFingers'),
});

/**
 * Makes a MapLibre map in `container` with the map's controls (zoom, fullscreen, credits, scale) and
 * its error messages in words, and marks the container `data-map-state="idle"` once the style and every
 * source have loaded and the map has nothing left to draw. The map's owner is src/app/live-map.ts.
 */
export function createMap(container: MapContainer, style: StyleSpecification, options: MapOptions): Map {
  const { camera } = options;
  const map = new Map({
    container,
    style,
    center: [camera.lng, camera.lat],
    zoom: camera.zoom,
    maxBounds: options.maxBounds,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    cooperativeGestures: options.cooperative ?? false,
    locale: controlWords(options.i18n),
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  if (options.fullscreen) {
    const control = new FullscreenControl({ container: options.fullscreen });
    map.addControl(control, 'top-right');
    // The static map's button can have made the page full screen before this map was made: MapLibre's
    // control learns the state only from a change, and would offer to enter a full screen already entered
    // (and keep the cooperative gestures of an embed). It reads the state as it stands now.
    control._onFullscreenChange();
  }
  // Credits stay open on a map of some size; a small one shows them behind an (i) button.
  const small = container.clientWidth < 480;
  map.addControl(new AttributionControl({ compact: small }), 'bottom-right');
  // MapLibre opens compact credits whenever they change, until the first drag: on a small map they would
  // cover a third of it, and each opening and closing shifts the page. They stay shut until the reader opens them.
  if (small) {
    const shut = () => container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
    const events = ['load', 'styledata', 'sourcedata', 'resize'] as const;
    for (const e of events) map.on(e, shut);
    container
      .querySelector('.maplibregl-ctrl-attrib summary')
      ?.addEventListener('click', () => events.forEach((e) => map.off(e, shut)), { once: true });
  }
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
  container.dataset.mapState = 'loading';
  map.on('idle', () => {
    if (map.isStyleLoaded()) container.dataset.mapState = 'idle';
  });
  map.on('error', (e) => {
    const source = (e as { sourceId?: string }).sourceId;
    const reason = e.error?.message ?? 'unknown error';
    const message = source
      ? options.i18n.t('map.partMissing', { part: options.sourceName?.(source) ?? source, reason })
      : options.i18n.t('map.error', { reason });
    console.error(message);
    options.onproblem?.(message);
  });
  container.qantarMap = map;
  return map;
}

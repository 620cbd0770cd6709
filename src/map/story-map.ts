import { Popup, type GeoJSONSource, type Map, type MapGeoJSONFeature } from 'maplibre-gl';
import type { StoryEventProperties } from '../story/built.ts';
import type { DisplayMode } from '../model/visibility.ts';
import { popupContent } from './popup.ts';
import type { I18n } from '../i18n/i18n.ts';
import { dayOfTime, groupOf, timeValue } from './time-layers.ts';
import { EVENT_ZOOM } from '../model/event-link.ts';

/** What the app asks of the map once the story is on it. */
export interface StoryMap {
  setTime(day: number, mode: DisplayMode): void;
  /** Stops drawing these categories (and draws the others): a scroll step's layers, or the page's. */
  setHidden(categories: string[]): void;
  /** Moves to an event and opens its popup. */
  show(e: StoryEventProperties, lngLat: [number, number]): void;
  /** Opens an event's popup where the map is, or closes the popup (null): the app's selection. */
  select(selected: { event: StoryEventProperties; lngLat: [number, number] } | null): void;
  destroy(): void;
}

const PULSE_MS = 900;

/**
 * Drives a map whose style came from `storyStyle`: the date goes into the style's global state, a
 * ring pulses around the day's new events (unless the reader prefers reduced motion), and a click
 * on an event opens its popup and tells the app.
 */
export function attachStory(
  map: Map,
  options: { onselect: (id: string) => void; reducedMotion: () => boolean; i18n: I18n },
): StoryMap {
  const popup = new Popup({ closeButton: true, maxWidth: '280px', focusAfterOpen: false });
  let frame = 0;

  const pulse = () => {
    cancelAnimationFrame(frame);
    if (options.reducedMotion()) return map.setGlobalStateProperty('pulse', 0);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / PULSE_MS);
      map.setGlobalStateProperty('pulse', 1 - t);
      if (t < 1) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  };

  let openId: string | null = null;
  popup.on('close', () => (openId = null));
  const open = (e: StoryEventProperties, lngLat: [number, number]) => {
    if (popup.isOpen() && openId === e.id) return;
    openId = e.id;
    popup.setLngLat(lngLat).setDOMContent(popupContent(e, options.i18n));
    if (!popup.isOpen()) popup.addTo(map);
  };

  const onClick = (ev: { features?: MapGeoJSONFeature[] }) => {
    const f = ev.features?.[0];
    if (!f || f.geometry.type !== 'Point') return;
    const id = String(f.properties.id);
    const source = map.getSource<GeoJSONSource>('events');
    // MapLibre hands nested properties back as JSON strings: read the event from the source data instead.
    void source?.getData().then((data) => {
      const hit = (data as GeoJSON.FeatureCollection).features.find((x) => x.properties?.id === id);
      if (!hit || hit.geometry.type !== 'Point') return;
      open(hit.properties as StoryEventProperties, hit.geometry.coordinates as [number, number]);
      options.onselect(id);
    });
  };
  // Events out of their days are drawn at zero size, so a click or a hover never finds them.
  const eventLayers = map.getLayersOrder().filter((id) => groupOf(id) === 'events');
  map.on('click', eventLayers, onClick);
  const pointer = (cursor: string) => () => (map.getCanvas().style.cursor = cursor);
  map.on('mouseenter', eventLayers, pointer('pointer'));
  map.on('mouseleave', eventLayers, pointer(''));

  return {
    setTime(day, mode) {
      const changed = dayOfTime(map.getGlobalState().time) !== day;
      map.setGlobalStateProperty('time', timeValue(day, mode));
      if (changed) pulse();
    },
    setHidden(categories) {
      // MapLibre compares the value: the same layers again re-tile nothing.
      map.setGlobalStateProperty('hidden', categories);
    },
    show(e, lngLat) {
      map.easeTo({
        center: lngLat,
        zoom: Math.max(map.getZoom(), EVENT_ZOOM),
        duration: options.reducedMotion() ? 0 : 600,
      });
      open(e, lngLat);
    },
    select(selected) {
      if (selected) open(selected.event, selected.lngLat);
      else popup.remove();
    },
    destroy() {
      cancelAnimationFrame(frame);
      popup.remove();
      map.off('click', eventLayers, onClick);
    },
  };
}

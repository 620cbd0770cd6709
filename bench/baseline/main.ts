/**
 * The baseline the app is measured against: plain MapLibre with the app's own style and data, and
 * none of the app (no Svelte, no checking of the story, no slider or panel).
 *
 * `?w=&h=` size the map like the app's; `?scrub=naive` draws the events by filtering them in JS and
 * calling `setData` on each step, with the style's date pinned to the story's last day, so the
 * style's own date filters let everything through.
 */
import { Map, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapContainer } from '../../src/map/create-map.ts';
import { styleAssets } from '../../src/map/assets.ts';
import { dataUrl } from '../../src/app/data-url.ts';
import { storyStyle, styleOptionsFor } from '../../src/map/story-style.ts';
import { timeValue } from '../../src/map/time-layers.ts';
import { themes } from '../../src/theme/theme.ts';
import { english } from '../../src/i18n/i18n.ts';
import { registerTopojson } from '../../src/map/topojson-protocol.ts';
import { toDayNumber } from '../../src/model/dates.ts';
import type { StoryEventCollection } from '../../src/story/built.ts';
import './handle.ts';

setWorkerUrl(workerUrl);
registerTopojson();

const params = new URLSearchParams(location.search);
const naive = params.get('scrub') === 'naive';
const container = document.getElementById('map') as MapContainer;
container.style.width = `${Number(params.get('w') ?? 920)}px`;
container.style.height = `${Number(params.get('h') ?? 560)}px`;

const story = (await (await fetch(dataUrl('story.geojson'))).json()) as StoryEventCollection;
const firstDay = toDayNumber(story.story.start);
const lastDay = toDayNumber(story.story.end);
/** Cumulative mode: every event begun by the day. */
const upTo = (day: number): StoryEventCollection => ({
  ...story,
  features: story.features.filter((f) => f.properties.day <= day),
});

const style = storyStyle(
  styleAssets(),
  naive ? upTo(firstDay) : story,
  { day: naive ? lastDay : firstDay, mode: 'cumulative', pulse: 0 },
  styleOptionsFor(story.story, themes.light, english),
);
const { bounds, maxBounds } = story.story;
const map = new Map({ container, style, bounds, maxBounds, fitBoundsOptions: { padding: 16 } });
container.dataset.mapState = 'loading';
map.on('idle', () => {
  if (map.isStyleLoaded()) container.dataset.mapState = 'idle';
});
container.qantarMap = map;

window.qantarBench = {
  firstDay,
  lastDay,
  step: naive
    ? (day) => void map.getSource<GeoJSONSource>('events')!.setData(upTo(day) as unknown as GeoJSON.FeatureCollection)
    : (day) => void map.setGlobalStateProperty('time', timeValue(day, 'cumulative')),
};

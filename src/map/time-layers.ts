import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StateSpecification,
} from 'maplibre-gl';
import type { DisplayMode } from '../model/visibility.ts';
import { daySpans, type CountrySpan, type DaySpan } from '../model/day-span.ts';
import { categoryStyles } from '../model/categories.ts';

/**
 * Layers driven by the date, built so that moving the slider costs MapLibre no work in its worker.
 *
 * MapLibre re-tiles a source whenever a global-state value used in a filter, a layout property or a
 * data-driven paint property changes (`Style._applyGlobalStateChanges`): as costly as `setData`. So
 * the features are split by their days into one layer per span of days, with a static filter, and
 * the date only appears in paint properties that read no feature property. Those are re-evaluated
 * once per layer on the main thread. A layer out of its days is drawn at zero size and opacity.
 */
export interface TimeState {
  day: number;
  mode: DisplayMode;
  /** 1 when the day has just changed, easing to 0: the ring around new events. */
  pulse: number;
}

export const timeStateSpec = (initial: TimeState): StateSpecification => ({
  day: { default: initial.day },
  mode: { default: initial.mode },
  pulse: { default: initial.pulse },
});

const state = (name: string) => ['global-state', name] as unknown as ExpressionSpecification;
const today = state('day');

/** The same rule as `isShown` in the model: begun by today, and (showing the day only) not yet over. */
export const shownOn = (s: DaySpan): ExpressionSpecification => [
  'all',
  ['<=', s.day, today],
  ['any', ['==', state('mode'), 'cumulative'], ['>=', s.endDay, today]],
];

/** Under way today, whatever the mode: a deployment. */
export const activeOn = (s: DaySpan): ExpressionSpecification => ['all', ['<=', s.day, today], ['>=', s.endDay, today]];

/** Begins today: ringed so it stands out. */
export const newOn = (day: number): ExpressionSpecification => ['==', today, day];

/** Older events fade with the days since they ended, to a floor that keeps them legible. */
export const ageOpacity = (endDay: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['-', today, endDay],
  0,
  1,
  7,
  0.35,
];

/** `value` while `when` holds, else 0: how a layer out of its days draws nothing. */
const onlyWhen = (when: ExpressionSpecification, value: number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  when,
  value,
  0,
];

const spanFilter = (s: DaySpan): FilterSpecification => [
  'all',
  ['==', ['get', 'day'], s.day],
  ['==', ['get', 'endDay'], s.endDay],
];

const colorByCategory: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  ...Object.entries(categoryStyles).flatMap(([c, { color }]) => [c, color]),
  '#666666',
] as unknown as ExpressionSpecification;

/** Layer ids are the group's name, then the span: `events:18999:19001`. */
export const groupOf = (layerId: string): string => layerId.split(':')[0];

function deployedLayers(spans: CountrySpan[]): (FillLayerSpecification | LineLayerSpecification)[] {
  const lit = spans.map((s) => ({
    s,
    when: activeOn(s),
    filter: ['==', ['get', 'name'], s.country] as FilterSpecification,
  }));
  return [
    ...lit.map(({ s, when, filter }, i): FillLayerSpecification => ({
      id: `csto-deployed:${i}:${s.country}`,
      type: 'fill',
      source: 'countries',
      filter,
      paint: { 'fill-color': categoryStyles.csto.color, 'fill-opacity': onlyWhen(when, 0.16) },
    })),
    ...lit.map(({ s, when, filter }, i): LineLayerSpecification => ({
      id: `csto-deployed-outline:${i}:${s.country}`,
      type: 'line',
      source: 'countries',
      filter,
      paint: {
        'line-color': categoryStyles.csto.color,
        'line-width': onlyWhen(when, 1.5),
        'line-opacity': onlyWhen(when, 1),
      },
    })),
  ];
}

const routeLayer = (s: DaySpan): LineLayerSpecification => ({
  id: `routes:${s.day}:${s.endDay}`,
  type: 'line',
  source: 'routes',
  filter: spanFilter(s),
  layout: { 'line-cap': 'round' },
  paint: {
    'line-color': categoryStyles.csto.color,
    'line-width': onlyWhen(shownOn(s), 1.5),
    'line-dasharray': [2, 2],
    'line-opacity': onlyWhen(shownOn(s), 0.8),
  },
});

const ringLayer = (day: number): CircleLayerSpecification => ({
  id: `events-new:${day}`,
  type: 'circle',
  source: 'events',
  filter: ['==', ['get', 'day'], day],
  paint: {
    'circle-radius': onlyWhen(newOn(day), ['+', 9, ['*', 8, state('pulse')]]),
    'circle-color': 'rgba(0,0,0,0)',
    // Zero opacity on both fill and stroke is what makes MapLibre skip the layer's draw calls.
    'circle-opacity': onlyWhen(newOn(day), 1),
    'circle-stroke-color': colorByCategory,
    'circle-stroke-width': onlyWhen(newOn(day), 2),
    'circle-stroke-opacity': onlyWhen(newOn(day), ['-', 1, ['*', 0.6, state('pulse')]]),
  },
});

function eventLayer(s: DaySpan): CircleLayerSpecification {
  const shown = shownOn(s);
  return {
    id: `events:${s.day}:${s.endDay}`,
    type: 'circle',
    source: 'events',
    filter: spanFilter(s),
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, onlyWhen(shown, 5), 10, onlyWhen(shown, 8)],
      'circle-color': colorByCategory,
      'circle-opacity': onlyWhen(shown, ageOpacity(s.endDay)),
      'circle-stroke-color': '#ffffff',
      // Each date-driven property costs MapLibre a re-parse per step: zero width is enough to hide the stroke.
      'circle-stroke-width': onlyWhen(shown, 1.2),
    },
  };
}

export interface TimeLayersData {
  /** The spans of the events' days. */
  events: DaySpan[];
  routes: DaySpan[];
  deployments: CountrySpan[];
}

/**
 * Every date-driven layer, in drawing order: deployed countries, routes, the rings of new events,
 * then the events, later spans on top.
 */
export function timeLayers(data: TimeLayersData): LayerSpecification[] {
  const events = daySpans(data.events);
  return [
    ...deployedLayers(data.deployments),
    ...daySpans(data.routes).map(routeLayer),
    ...[...new Set(events.map((s) => s.day))].map(ringLayer),
    ...events.map(eventLayer),
  ];
}

import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StateSpecification,
} from 'maplibre-gl';
import type { DisplayMode } from '../model/visibility.ts';
import { categoryStyles } from '../model/categories.ts';

/**
 * Layers driven by the date. The date and the display mode live in the style's global state, so
 * moving the slider is one `setGlobalStateProperty` call: no new data, no new filters.
 * Event features carry `day` (their first day, as a day number) and `endDay` (their last).
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

const today = ['global-state', 'day'] as unknown as ExpressionSpecification;
const day: ExpressionSpecification = ['get', 'day'];
const endDay: ExpressionSpecification = ['get', 'endDay'];

/** The same rule as `isShown` in the model: begun by today, and (showing the day only) not yet over. */
export const shownFilter: ExpressionSpecification = [
  'all',
  ['<=', day, today],
  ['any', ['==', ['global-state', 'mode'], 'cumulative'], ['>=', endDay, today]],
];

/** Events that begin today, ringed so they stand out. */
export const newFilter: ExpressionSpecification = ['==', day, today];

/** Older events fade with the days since they ended, to a floor that keeps them legible. */
export const ageOpacity: DataDrivenPropertyValueSpecification<number> = [
  'interpolate',
  ['linear'],
  ['-', today, endDay],
  0,
  1,
  7,
  0.35,
];

const colorByCategory: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  ...Object.entries(categoryStyles).flatMap(([c, { color }]) => [c, color]),
  '#666666',
] as unknown as ExpressionSpecification;

/** A country is lit on the days its troops are deployed: one span per country, from the story. */
export interface CountrySpan {
  country: string;
  day: number;
  endDay: number;
}

export function deployedFilter(spans: CountrySpan[]): FilterSpecification {
  if (spans.length === 0) return ['literal', false] as unknown as FilterSpecification;
  return [
    'any',
    ...spans.map((s): ExpressionSpecification => [
      'all',
      ['==', ['get', 'name'], s.country],
      ['<=', s.day, today],
      ['>=', s.endDay, today],
    ]),
  ];
}

export function timeLayers(spans: CountrySpan[]): LayerSpecification[] {
  return [
    {
      id: 'csto-deployed',
      type: 'fill',
      source: 'countries',
      filter: deployedFilter(spans),
      paint: { 'fill-color': categoryStyles.csto.color, 'fill-opacity': 0.16 },
    },
    {
      id: 'csto-deployed-outline',
      type: 'line',
      source: 'countries',
      filter: deployedFilter(spans),
      paint: { 'line-color': categoryStyles.csto.color, 'line-width': 1.5 },
    },
    {
      id: 'routes',
      type: 'line',
      source: 'routes',
      filter: shownFilter,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': categoryStyles.csto.color,
        'line-width': 1.5,
        'line-dasharray': [2, 2],
        'line-opacity': 0.8,
      },
    },
    {
      id: 'events-new',
      type: 'circle',
      source: 'events',
      filter: ['all', shownFilter, newFilter],
      paint: {
        'circle-radius': ['+', 9, ['*', 8, ['global-state', 'pulse']]],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': colorByCategory,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': ['-', 1, ['*', 0.6, ['global-state', 'pulse']]],
      },
    },
    {
      id: 'events',
      type: 'circle',
      source: 'events',
      filter: shownFilter,
      layout: { 'circle-sort-key': day },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 5, 10, 8],
        'circle-color': colorByCategory,
        'circle-opacity': ageOpacity,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.2,
      },
    },
  ];
}

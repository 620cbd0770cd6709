import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  StateSpecification,
} from 'maplibre-gl';
import { FADE, type DisplayMode } from '../model/visibility.ts';
import { daySpans, type AreaSpan, type DaySpan } from '../model/day-span.ts';
import type { Theme } from '../theme/theme.ts';
import { SYMBOLS as S } from '../theme/symbols.ts';

/**
 * Layers driven by the date, built so that moving the slider costs MapLibre no work in its worker.
 *
 * MapLibre re-tiles a source whenever a global-state value used in a filter, a layout property or a
 * data-driven paint property changes (`Style._applyGlobalStateChanges`): as costly as `setData`. So
 * the features are split by their days into one layer per span of days, with a static filter, and
 * the date only appears in paint properties that read no feature property. Those are re-evaluated
 * once per layer on the main thread. A layer out of its days is drawn at zero size and opacity.
 *
 * The layers shown (model/layers.ts) change only when a scroll step switches them: the categories
 * hidden are in the filters of the layers that mix categories (events, rings, routes), where a
 * switch costs one re-tiling of their source, and in the paint of a lit country, which has one.
 */
export interface TimeState {
  day: number;
  mode: DisplayMode;
  /** 1 when the day has just changed, easing to 0: the ring around new events. */
  pulse: number;
  /** The categories not drawn; none when absent. */
  hidden?: string[];
}

/**
 * The date and the mode as one global-state value, `time`: the day number, negative when showing the
 * day only. MapLibre re-parses each paint property that reads a changed value once per value changed,
 * so a scroll step that changes both the date and the mode costs one pass over the layers, not two.
 */
export const timeValue = (day: number, mode: DisplayMode): number => (mode === 'cumulative' ? day : -day);
/** The day a `time` value stands for. */
export const dayOfTime = (time: number): number => Math.abs(time);

/** The style's global state for a time state. */
export const timeGlobals = (t: TimeState) => ({
  time: timeValue(t.day, t.mode),
  pulse: t.pulse,
  hidden: t.hidden ?? [],
});

export const timeStateSpec = (initial: TimeState): StateSpecification =>
  Object.fromEntries(Object.entries(timeGlobals(initial)).map(([name, value]) => [name, { default: value }]));

const state = (name: string) => ['global-state', name] as unknown as ExpressionSpecification;
const today: ExpressionSpecification = ['abs', state('time')];
const cumulative: ExpressionSpecification = ['>', state('time'), 0];

/**
 * The same rule as `layerShown` in the model: a category not hidden. With no `hidden` state (null)
 * nothing is hidden.
 */
const categoryShown = (category: string | ExpressionSpecification): ExpressionSpecification => [
  '!',
  ['in', category, state('hidden')],
];
/** A feature of a category shown, or of none. */
const featureShown = categoryShown(['get', 'category']);

/** The same rule as `isShown` in the model: begun by today, and (showing the day only) not yet over. */
export const shownOn = (s: DaySpan): ExpressionSpecification => [
  'all',
  ['<=', s.day, today],
  ['any', cumulative, ['>=', s.endDay, today]],
];

/** Under way today, whatever the mode: a deployment. */
export const activeOn = (s: DaySpan): ExpressionSpecification => ['all', ['<=', s.day, today], ['>=', s.endDay, today]];

/** Begins today: ringed so it stands out. */
export const newOn = (day: number): ExpressionSpecification => ['==', today, day];

/** Older events fade with the days since they ended (the model's `fadeAfter`), to a floor that keeps them legible. */
export const ageOpacity = (endDay: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['-', today, endDay],
  0,
  1,
  FADE.days,
  FADE.floor,
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

/** Each category's colour, matched on the feature's `category`. */
const byCategory = (colors: Record<string, string>, fallback: string): ExpressionSpecification =>
  (Object.keys(colors).length === 0
    ? fallback
    : ['match', ['get', 'category'], ...Object.entries(colors).flat(), fallback]) as unknown as ExpressionSpecification;

/** Layer ids are the group's name, then the span: `events:18999:19001`. */
export const groupOf = (layerId: string): string => layerId.split(':')[0];

/** Where a story's lit areas live in the base map, and the property that names them. */
const AREA_SOURCES = { countries: { source: 'countries', key: 'iso' }, regions: { source: 'regions', key: 'id' } };

/**
 * Areas a story's overlays light over their days: a fill and an outline each, in their category's
 * colour (the theme's emphasis for regions).
 */
function areaLayers(
  kind: keyof typeof AREA_SOURCES,
  spans: AreaSpan[],
  colorOf: (category?: string) => string,
): (FillLayerSpecification | LineLayerSpecification)[] {
  const { source, key } = AREA_SOURCES[kind];
  const group = kind === 'countries' ? 'lit-countries' : 'lit-regions';
  const symbol = kind === 'countries' ? S.litCountry : S.litRegion;
  const lit = spans.map((s) => ({
    s,
    when: s.category ? (['all', activeOn(s), categoryShown(s.category)] as ExpressionSpecification) : activeOn(s),
    filter: ['==', ['get', key], s.area] as FilterSpecification,
    color: colorOf(s.category),
  }));
  return [
    ...lit.map(({ s, when, filter, color }): FillLayerSpecification => ({
      id: `${group}:${s.overlay}:${s.area}`,
      type: 'fill',
      source,
      filter,
      paint: { 'fill-color': color, 'fill-opacity': onlyWhen(when, symbol.fillOpacity) },
    })),
    ...lit.map(({ s, when, filter, color }): LineLayerSpecification => ({
      id: `${group}-outline:${s.overlay}:${s.area}`,
      type: 'line',
      source,
      // The regions are generalised for the whole country: at a city's streets an outline would cut across blocks.
      ...('maxzoom' in symbol ? { maxzoom: symbol.maxzoom } : {}),
      filter,
      paint: {
        'line-color': color,
        'line-width': onlyWhen(when, symbol.width),
        'line-opacity': onlyWhen(when, symbol.opacity),
      },
    })),
  ];
}

const routeLayer = (s: DaySpan, color: ExpressionSpecification): LineLayerSpecification => ({
  id: `routes:${s.day}:${s.endDay}`,
  type: 'line',
  source: 'routes',
  filter: ['all', spanFilter(s), featureShown] as FilterSpecification,
  layout: { 'line-cap': 'round' },
  paint: {
    'line-color': color,
    'line-width': onlyWhen(shownOn(s), S.route.width),
    'line-dasharray': [...S.route.dash],
    'line-opacity': onlyWhen(shownOn(s), S.route.opacity),
  },
});

const ringLayer = (day: number, color: ExpressionSpecification): CircleLayerSpecification => ({
  id: `events-new:${day}`,
  type: 'circle',
  source: 'events',
  filter: ['all', ['==', ['get', 'day'], day], featureShown],
  paint: {
    // The ring's stops, each pushed out by the pulse: a zoom curve must be the expression's outermost.
    'circle-radius': [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...S.newRing.radius.flatMap((v, i): unknown[] =>
        i % 2 ? [onlyWhen(newOn(day), ['+', v, ['*', S.newRing.pulse, state('pulse')]])] : [v],
      ),
    ] as unknown as ExpressionSpecification,
    'circle-color': 'rgba(0,0,0,0)',
    // Zero opacity on both fill and stroke is what makes MapLibre skip the layer's draw calls.
    'circle-opacity': onlyWhen(newOn(day), 1),
    'circle-stroke-color': color,
    'circle-stroke-width': onlyWhen(newOn(day), S.newRing.width),
    'circle-stroke-opacity': onlyWhen(newOn(day), ['-', 1, ['*', 0.6, state('pulse')]]),
  },
});

const NATIONAL: ExpressionSpecification = ['==', ['get', 'placeType'], 'country'];

/**
 * The events of one span of days. Events placed on a whole country are drawn hollow, a ring in
 * their colour, so a reader never takes one for an event in the city under it.
 */
function eventLayers(
  s: DaySpan,
  has: { local: boolean; national: boolean },
  color: ExpressionSpecification,
  theme: Theme,
): CircleLayerSpecification[] {
  const shown = shownOn(s);
  const fade = onlyWhen(shown, ageOpacity(s.endDay));
  // The symbol's stops, each zero out of the span's days: a zoom curve must be the expression's outermost.
  const radius = (stops: readonly number[]): ExpressionSpecification =>
    [
      'interpolate',
      ['linear'],
      ['zoom'],
      ...stops.flatMap((v, i): unknown[] => (i % 2 ? [onlyWhen(shown, v)] : [v])),
    ] as unknown as ExpressionSpecification;
  // Every date-driven layer costs a re-parse of its paint on each step: none for a kind of event the span lacks.
  const local: CircleLayerSpecification = {
    id: `events:${s.day}:${s.endDay}`,
    type: 'circle',
    source: 'events',
    filter: ['all', spanFilter(s), ['!', NATIONAL], featureShown] as FilterSpecification,
    paint: {
      'circle-radius': radius(S.event.radius),
      'circle-color': color,
      'circle-opacity': fade,
      'circle-stroke-color': theme.dotStroke,
      // Each date-driven property costs MapLibre a re-parse per step: zero width is enough to hide the stroke.
      'circle-stroke-width': onlyWhen(shown, S.event.strokeWidth),
    },
  };
  const national: CircleLayerSpecification = {
    id: `events:${s.day}:${s.endDay}:country`,
    type: 'circle',
    source: 'events',
    filter: ['all', spanFilter(s), NATIONAL, featureShown] as FilterSpecification,
    paint: {
      'circle-radius': radius(S.nationalEvent.radius),
      'circle-color': theme.land,
      'circle-opacity': fade,
      'circle-stroke-color': color,
      'circle-stroke-width': onlyWhen(shown, S.nationalEvent.strokeWidth),
      'circle-stroke-opacity': fade,
    },
  };
  return [...(has.local ? [local] : []), ...(has.national ? [national] : [])];
}

/** An event's days, and whether it stands for a whole country (drawn hollow, in layers of their own). */
export interface EventSpan extends DaySpan {
  placeType?: string;
}

export interface TimeLayersData {
  /** The events' days and kinds of place. */
  events: EventSpan[];
  routes: (DaySpan & { category?: string })[];
  countries: AreaSpan[];
  regions: AreaSpan[];
  /** Each category's colour, by id. */
  colors: Record<string, string>;
  theme: Theme;
}

/**
 * Every date-driven layer, in drawing order: lit regions and countries, routes, the rings of new
 * events, then the events, later spans on top.
 */
export function timeLayers(data: TimeLayersData): LayerSpecification[] {
  const { colors, theme } = data;
  const fallback = theme.categories[theme.categories.length - 1];
  const color = byCategory(colors, fallback);
  const colorOf = (category?: string) => (category ? (colors[category] ?? fallback) : theme.focusOutline);
  const events = daySpans(data.events);
  const key = (s: DaySpan) => `${s.day}:${s.endDay}`;
  const national = new Set(data.events.filter((e) => e.placeType === 'country').map(key));
  const local = new Set(data.events.filter((e) => e.placeType !== 'country').map(key));
  return [
    ...areaLayers('regions', data.regions, colorOf),
    ...areaLayers('countries', data.countries, colorOf),
    ...daySpans(data.routes).map((s) => routeLayer(s, color)),
    ...[...new Set(events.map((s) => s.day))].map((day) => ringLayer(day, color)),
    ...events.flatMap((s) =>
      eventLayers(s, { local: local.has(key(s)), national: national.has(key(s)) }, color, theme),
    ),
  ];
}

import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BuiltStoryMeta, StoryEventCollection } from '../story/built.ts';
import type { I18n } from '../i18n/i18n.ts';
import { categoryStyles } from '../model/categories.ts';
import { lineLabel } from '../model/line-label.ts';
import type { Theme } from '../theme/theme.ts';
import { areaSpans, focusCountries, routeLines } from '../model/story-derive.ts';
import { baseStyle, FONT, OSM_CREDIT, type StyleAssets } from './style.ts';
import { styleValue } from './expressions.ts';
import { storyCredits } from './credits.ts';
import { HALO, SYMBOLS as S } from '../theme/symbols.ts';
import { timeLayers, timeStateSpec, type TimeState } from './time-layers.ts';

/** Inserts layers before the layer with the given id. */
function insertBefore(layers: LayerSpecification[], id: string, added: LayerSpecification[]): LayerSpecification[] {
  const at = layers.findIndex((l) => l.id === id);
  if (at < 0) throw new Error(`no layer "${id}" to insert before`);
  return [...layers.slice(0, at), ...added, ...layers.slice(at)];
}

/** A line of the base map a story always draws and labels: a border, with the length the sources report. */
function lineLayers(id: string, label: string, theme: Theme): LayerSpecification[] {
  return [
    {
      id: `line:${id}`,
      type: 'line',
      source: `line:${id}`,
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': theme.border, 'line-width': styleValue(S.storyLine.width) },
    },
    {
      id: `line-label:${id}`,
      type: 'symbol',
      source: `line:${id}`,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': label,
        'text-font': [FONT],
        'text-size': S.storyLine.labelSize,
        'text-anchor': 'bottom',
        'text-offset': [0, -S.storyLine.labelOffset],
        'text-max-width': 30,
      },
      paint: { 'text-color': theme.border, 'text-halo-color': theme.halo, 'text-halo-width': HALO },
    },
  ];
}

export interface StoryStyleOptions {
  theme: Theme;
  /** The labels' language. */
  lang: string;
  /** Each category's colour, by id. */
  colors: Record<string, string>;
  /** The credit's link to the data licences. */
  licences: string;
  /** A line overlay's label, with the figures the sources report. */
  lineLabel: (line: Extract<StoryEventCollection['story']['overlays'][number], { kind: 'line' }>) => string;
}

/** The style's options for a story in a theme and a language: its categories' colours, its lines' labels. */
export const styleOptionsFor = (story: BuiltStoryMeta, theme: Theme, i18n: I18n): StoryStyleOptions => ({
  theme,
  lang: i18n.lang,
  licences: i18n.t('map.licences'),
  colors: Object.fromEntries(categoryStyles(story.categories, theme).map((c) => [c.id, c.color])),
  lineLabel: (o) => lineLabel(o, i18n),
});

/**
 * The base map with the story on it: its lit areas under the outlines, its lines, and its
 * date-driven layers under the city names.
 */
export function storyStyle(
  assets: StyleAssets,
  events: StoryEventCollection,
  initial: TimeState,
  options: StoryStyleOptions,
): StyleSpecification {
  const { theme } = options;
  const overlays = events.story.overlays;
  const base = baseStyle(assets, theme, options.lang, {
    relief: events.story.relief,
    details: overlays.flatMap((o) => (o.kind === 'detail' ? [o] : [])),
    focus: focusCountries(overlays),
    credits: storyCredits(events.story),
    reliefMaxZoom: events.story.reliefMaxZoom,
    licences: options.licences,
  });
  const lines = overlays.flatMap((o) => (o.kind === 'line' ? [o] : []));
  const routes = routeLines(overlays);
  const all = timeLayers({
    events: events.features.map((f) => f.properties),
    routes: routes.features.map((f) => f.properties),
    countries: areaSpans(overlays, 'countries'),
    // Regions are lit only where the base map has them.
    regions: 'regions' in base.sources ? areaSpans(overlays, 'regions') : [],
    colors: options.colors,
    theme,
  });
  const onAreas = (l: LayerSpecification) => 'source' in l && (l.source === 'countries' || l.source === 'regions');
  const fills = all.filter(onAreas);
  const others = all.filter((l) => !onAreas(l));
  // An invisible mark on every event's point, placed before any label: no label is set over a story symbol.
  const footprints: LayerSpecification = {
    id: 'event-footprints',
    type: 'symbol',
    source: 'events',
    layout: { 'text-field': 'O', 'text-font': [FONT], 'text-size': 12, 'text-allow-overlap': true },
    paint: { 'text-opacity': 0 },
  };
  const layers = insertBefore(
    insertBefore(
      insertBefore(base.layers, 'countries-outline', fills),
      'country-labels',
      lines.flatMap((o) => lineLayers(o.id, options.lineLabel(o), theme)),
    ),
    'city-labels',
    others,
  );
  return {
    ...base,
    state: timeStateSpec(initial),
    // The date and the pulse ring are animated by the app; a paint transition would only lag them.
    transition: { duration: 0, delay: 0 },
    sources: {
      ...base.sources,
      ...Object.fromEntries(
        lines.map((o) => [
          `line:${o.id}`,
          { type: 'geojson', data: assets.topojson(`data/${o.line}.topojson`), attribution: OSM_CREDIT },
        ]),
      ),
      events: { type: 'geojson', data: events as unknown as GeoJSON.FeatureCollection, promoteId: 'id' },
      routes: { type: 'geojson', data: routes },
    },
    layers: [...layers, footprints],
  };
}

import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { StoryEventCollection } from '../story/schema.ts';
import { baseStyle, palettes, type Palette, type StyleAssets } from './style.ts';
import { timeLayers, timeStateSpec, type TimeState } from './time-layers.ts';
import type { CountrySpan, DaySpan } from '../model/day-span.ts';
import type { FeatureCollection, LineString } from 'geojson';

/** Inserts layers before the layer with the given id. */
function insertBefore(layers: LayerSpecification[], id: string, added: LayerSpecification[]): LayerSpecification[] {
  const at = layers.findIndex((l) => l.id === id);
  if (at < 0) throw new Error(`no layer "${id}" to insert before`);
  return [...layers.slice(0, at), ...added, ...layers.slice(at)];
}

export interface StoryLayersData {
  events: StoryEventCollection;
  routes: FeatureCollection<LineString>;
  spans: CountrySpan[];
}

/** The base map with the story's date-driven layers: country fills under the outlines, events under the city names. */
export function storyStyle(
  assets: StyleAssets,
  data: StoryLayersData,
  initial: TimeState,
  palette: Palette = palettes.light,
): StyleSpecification {
  const base = baseStyle(assets, palette);
  const all = timeLayers({
    events: data.events.features.map((f) => f.properties),
    routes: data.routes.features.map((f) => f.properties as DaySpan),
    deployments: data.spans,
  });
  const onCountries = (l: LayerSpecification) => 'source' in l && l.source === 'countries';
  const fills = all.filter(onCountries);
  const others = all.filter((l) => !onCountries(l));
  const layers = insertBefore(insertBefore(base.layers, 'countries-outline', fills), 'city-labels', others);
  return {
    ...base,
    state: timeStateSpec(initial),
    // The date and the pulse ring are animated by the app; a paint transition would only lag them.
    transition: { duration: 0, delay: 0 },
    sources: {
      ...base.sources,
      events: { type: 'geojson', data: data.events as unknown as GeoJSON.FeatureCollection, promoteId: 'id' },
      routes: { type: 'geojson', data: data.routes },
    },
    layers,
  };
}

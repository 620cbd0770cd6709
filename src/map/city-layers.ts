import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme/theme.ts';
import { FONT } from './fonts.ts';
import { zoomed } from './expressions.ts';

/** A city map (a detail pack), from its zoom: built-up area, parks, water, the airport, rail, streets and their names. */
export function cityLayers(pack: string, palette: Theme, name: ExpressionSpecification): LayerSpecification[] {
  const source = `detail:${pack}`;
  const c = palette.city;
  const fill = (id: string, layer: string, classes: string[], color: string): LayerSpecification => ({
    id,
    type: 'fill',
    source,
    'source-layer': layer,
    filter: ['in', ['get', 'class'], ['literal', classes]],
    paint: { 'fill-color': color, 'fill-opacity': zoomed(9, 0, 9.5, 1) },
  });
  const roadWidth: ExpressionSpecification = [
    'interpolate',
    ['exponential', 1.6],
    ['zoom'],
    9,
    ['match', ['get', 'class'], ['trunk', 'primary'], 1.2, 0.5],
    14,
    ['match', ['get', 'class'], ['trunk', 'primary'], 9, 'secondary', 7, 5],
  ];
  return [
    fill(`city-built-up:${pack}`, 'landuse', ['built-up', 'residential', 'commercial'], c.builtUp),
    fill(`city-industrial:${pack}`, 'landuse', ['industrial', 'construction'], c.industrial),
    fill(`city-parks:${pack}`, 'landuse', ['park', 'grass', 'forest', 'cemetery', 'stadium'], c.park),
    fill(`city-airport:${pack}`, 'aeroway', ['airport', 'apron', 'terminal'], c.airport),
    fill(`city-water:${pack}`, 'water', ['water', 'reservoir'], palette.water),
    {
      id: `city-waterways:${pack}`,
      type: 'line',
      source,
      'source-layer': 'waterway',
      filter: ['!=', ['get', 'tunnel'], true],
      paint: {
        'line-color': palette.river,
        'line-width': zoomed(9, 0.6, 14, ['match', ['get', 'class'], 'river', 3, 1.5] as never),
      },
    },
    {
      id: `city-runways:${pack}`,
      type: 'line',
      source,
      'source-layer': 'aeroway',
      filter: ['in', ['get', 'class'], ['literal', ['runway', 'taxiway']]],
      paint: {
        'line-color': c.runway,
        'line-width': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          10,
          ['match', ['get', 'class'], 'runway', 2, 0.5],
          14,
          ['match', ['get', 'class'], 'runway', 24, 6],
        ],
      },
    },
    {
      id: `city-rail:${pack}`,
      type: 'line',
      source,
      'source-layer': 'rail',
      minzoom: 10,
      paint: {
        'line-color': c.rail,
        'line-width': ['match', ['get', 'class'], 'rail', 1.2, 0.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: `city-road-casings:${pack}`,
      type: 'line',
      source,
      'source-layer': 'roads',
      minzoom: 11,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.roadCasing, 'line-gap-width': roadWidth, 'line-width': 1 },
    },
    {
      id: `city-roads:${pack}`,
      type: 'line',
      source,
      'source-layer': 'roads',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['match', ['get', 'class'], ['trunk', 'primary', 'secondary'], c.road, c.minorRoad],
        'line-width': roadWidth,
      },
    },
    {
      id: `city-road-labels:${pack}`,
      type: 'symbol',
      source,
      'source-layer': 'roads',
      minzoom: 13,
      filter: ['has', 'name'],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['coalesce', ['get', 'name_en'], ['get', 'name']],
        'text-font': [FONT],
        'text-size': 10,
      },
      paint: { 'text-color': palette.text, 'text-halo-color': palette.halo, 'text-halo-width': 1.2 },
    },
    {
      id: `city-landmarks:${pack}`,
      type: 'symbol',
      source,
      'source-layer': 'labels',
      minzoom: 11,
      layout: {
        'text-field': name,
        'text-font': [FONT],
        'text-size': 12,
        'text-max-width': 9,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.2,
      },
      paint: { 'text-color': palette.text, 'text-halo-color': palette.halo, 'text-halo-width': 1.5 },
    },
  ];
}

import type { StyleSpecification } from 'maplibre-gl';
import { themes, type Theme } from '../theme/theme.ts';

/** Where the style's files live: absolute URLs on the page's own origin. */
export interface StyleAssets {
  countries: string;
  labels: string;
  /** A base-map data file by name (`border` is data/border.topojson), for the story's overlays. */
  data: (name: string) => string;
  /** The latin face, cut down to the labels' characters (`npm run geo`); others fall back to the next face. */
  fontLatin: string;
  fontCyrillic: string;
}

export const FONT = 'Noto Sans Regular';

// Unicode ranges as @fontsource declares them for its subsets, so each file is fetched only when needed.
const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2212',
];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

/** The base map: water, land, country outlines, the focus country emphasised, and labels. */
export function baseStyle(assets: StyleAssets, palette: Theme = themes.light): StyleSpecification {
  return {
    version: 8,
    name: 'Qantar base',
    'font-faces': {
      [FONT]: [
        { url: assets.fontLatin, 'unicode-range': LATIN },
        { url: assets.fontCyrillic, 'unicode-range': CYRILLIC },
      ],
    },
    sources: {
      countries: { type: 'geojson', data: assets.countries, attribution: 'Natural Earth' },
      labels: { type: 'geojson', data: assets.labels, attribution: 'GeoNames' },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': palette.water } },
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['match', ['get', 'role'], 'focus', palette.focus, palette.land],
        },
      },
      {
        id: 'countries-outline',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': palette.outline, 'line-width': 0.7 },
      },
      {
        id: 'focus-outline',
        type: 'line',
        source: 'countries',
        filter: ['==', ['get', 'role'], 'focus'],
        paint: { 'line-color': palette.focusOutline, 'line-width': 1.4 },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'country'],
        layout: {
          'text-field': ['upcase', ['get', 'name']],
          'text-font': [FONT],
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 6, 14],
          'text-letter-spacing': 0.12,
          'text-max-width': 8,
        },
        paint: { 'text-color': palette.countryText, 'text-halo-color': palette.halo, 'text-halo-width': 1 },
      },
      {
        id: 'city-dots',
        type: 'circle',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        paint: {
          'circle-radius': ['case', ['get', 'capital'], 3.5, 2.5],
          'circle-color': palette.text,
          'circle-stroke-color': palette.dotStroke,
          'circle-stroke-width': 1,
        },
      },
      {
        id: 'city-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['==', ['get', 'kind'], 'city'],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT],
          'text-size': ['case', ['get', 'capital'], 13, 12],
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.5,
          'symbol-sort-key': ['case', ['get', 'capital'], 0, 1],
        },
        paint: { 'text-color': palette.text, 'text-halo-color': palette.halo, 'text-halo-width': 1.5 },
      },
    ],
  };
}

import { english } from '../i18n/i18n.ts';
import { esc } from '../static/svg.ts';
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { themes, type Theme } from '../theme/theme.ts';
import { FONT, FONT_ITALIC } from './fonts.ts';
import { creditsHtml, GEONAMES, NATURAL_EARTH, OSM_CREDIT, RELIEF } from './credits.ts';
import { cityLayers } from './city-layers.ts';
import { styleValue, zoomed } from './expressions.ts';
import { HALO, reliefFade, scaled, SYMBOLS as S } from '../theme/symbols.ts';

/** Where the style's files live: absolute URLs on the page's own origin. */
export interface StyleAssets {
  /** A file under the build's root ('data/places.geojson'), or a tile template ('data/almaty/{z}/{x}/{y}.pbf'). */
  url: (path: string) => string;
  /** A TopoJSON file, through the protocol that decodes it on its way to MapLibre's worker. */
  topojson: (path: string) => string;
}

export { FONT };

/** How deep the detail packs' tiles go (geo/basemap builds them to this zoom; MapLibre overzooms past it). */
const DETAIL_MAXZOOM = 13;
/** Their shaded relief tiles' zooms. */
const DETAIL_RELIEF = { minzoom: 8, maxzoom: 10 };

/** What the base map has beyond its startup files, from the story: the relief image's box, city maps. */
export interface BaseExtras {
  /** The box the relief image covers: [west, south, east, north]. */
  relief?: [number, number, number, number];
  /** City maps (a story's `detail` overlays): each a folder of tiles under data/, shown from `minzoom`. */
  details?: { id: string; bbox: [number, number, number, number]; minzoom: number }[];
  /** The credit's link to the data licences, in the reader's language. */
  licences?: string;
  /** The countries the story is about, by ISO code: in the theme's emphasis (none when absent). */
  focus?: string[];
  /** The story's credits (text): what its map draws, and only that; every source's own when absent. */
  credits?: readonly string[];
  /** The zoom the relief image's pixels support: it fades out past it. */
  reliefMaxZoom?: number;
}

export { OSM_CREDIT };

/** A label in the reader's language, falling back to English where a name has no translation. */
export const nameIn = (lang: string): ExpressionSpecification => [
  'coalesce',
  ['get', `name_${lang}`],
  ['get', 'name_en'],
];

const geometry = (type: 'Point' | 'LineString' | 'Polygon'): ExpressionSpecification => ['==', ['geometry-type'], type];

/** A river's width: the symbol's stops, times each river's own `width`. */
const riverWidth = [
  'interpolate',
  ['linear'],
  ['zoom'],
  ...S.river.width.flatMap((v, i): unknown[] => (i % 2 ? [['*', v, ['get', 'width']]] : [v])),
] as unknown as ExpressionSpecification;

/** A first-level region's name: capitals, spaced, wrapped. */
const regionLabelLayout = (name: ExpressionSpecification): SymbolLayerSpecification['layout'] => ({
  'text-field': ['upcase', name],
  'text-font': [FONT],
  'text-size': S.regionLabel.size,
  'text-letter-spacing': S.regionLabel.letterSpacing,
  'text-max-width': S.regionLabel.maxWidth,
});

/** Drawn from the zoom a feature's property gives (the world pack's `minzoom`, `labelZoom`); always without one. */
const fromZoom = (property: string): ExpressionSpecification => ['<=', ['coalesce', ['get', property], 0], ['zoom']];

/**
 * The base map, drawn as a newsroom's cartographer would: land and water with soft relief, lakes and
 * rivers, Kazakhstan's regions of January 2022 with faint inner borders, towns sized by population,
 * capitals distinguished, water and landforms in italics, and from zoom 9 a street map of Almaty.
 * Labels are in `lang` (en, ru, kk). Story layers go in between (story-style.ts).
 */
export function baseStyle(
  assets: StyleAssets,
  palette: Theme = themes.light,
  lang = 'en',
  extras: BaseExtras = {},
): StyleSpecification {
  const [w, s, e, n] = extras.relief ?? [0, 0, 0, 0];
  const details = extras.details ?? [];
  const name = nameIn(lang);
  /** A source's own credit, unless the story gives its map's credits as a whole (on the countries). */
  const credit = (text: string) => (extras.credits ? {} : { attribution: text });
  const focusFilter: ExpressionSpecification = ['in', ['get', 'iso'], ['literal', extras.focus ?? []]];
  const T = S.town.textSize;
  const halo = { 'text-halo-color': palette.halo, 'text-halo-width': HALO, 'text-halo-blur': 0.3 };
  const layers: LayerSpecification[] = [
    { id: 'water', type: 'background', paint: { 'background-color': palette.water } },
    {
      id: 'countries-fill',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': ['case', focusFilter, palette.focus, palette.land] },
    },
    ...(extras.relief
      ? [
          {
            id: 'relief',
            type: 'raster',
            source: 'relief',
            maxzoom: reliefFade(extras.reliefMaxZoom)[2],
            paint: {
              'raster-opacity': styleValue(scaled(reliefFade(extras.reliefMaxZoom), palette.reliefOpacity)),
              'raster-fade-duration': 0,
            },
          } satisfies LayerSpecification,
        ]
      : []),
    ...details.map((d): LayerSpecification => ({
      id: `relief-detail:${d.id}`,
      type: 'raster',
      source: `relief-detail:${d.id}`,
      minzoom: DETAIL_RELIEF.minzoom,
      paint: { 'raster-opacity': palette.reliefOpacity, 'raster-fade-duration': 0 },
    })),
    ...details.flatMap((d) => cityLayers(d.id, palette, name)),
    {
      id: 'lakes',
      type: 'fill',
      source: 'water',
      filter: ['all', geometry('Polygon'), ['!=', ['get', 'kind'], 'historic-shore'], fromZoom('minzoom')],
      paint: { 'fill-color': palette.water },
    },
    {
      id: 'aral-1960',
      type: 'line',
      source: 'water',
      filter: ['==', ['get', 'kind'], 'historic-shore'],
      paint: {
        'line-color': palette.river,
        'line-width': S.historicShore.width,
        'line-dasharray': [...S.historicShore.dash],
      },
    },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      filter: ['all', ['==', ['get', 'kind'], 'river'], fromZoom('minzoom')],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.river,
        'line-width': riverWidth,
      },
    },
    {
      id: 'region-borders',
      type: 'line',
      source: 'regions',
      // Generalised for the whole country: at a city's streets it would cut across blocks.
      maxzoom: S.regionBorder.maxzoom,
      filter: ['==', ['get', 'kind'], 'inner-border'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.regionLine,
        'line-width': styleValue(S.regionBorder.width),
        'line-dasharray': [...S.regionBorder.dash],
      },
    },
    {
      id: 'countries-outline',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': palette.outline, 'line-width': S.countryOutline.width },
    },
    {
      id: 'focus-outline',
      type: 'line',
      source: 'countries',
      filter: focusFilter,
      paint: { 'line-color': palette.focusOutline, 'line-width': S.focusOutline.width },
    },
    {
      id: 'physical-labels',
      type: 'symbol',
      source: 'physical',
      filter: [
        'all',
        ['<=', ['get', 'labelZoom'], ['zoom']],
        ['!', ['in', ['get', 'kind'], ['literal', ['peak', 'depression']]]],
      ],
      layout: {
        'text-field': ['upcase', name],
        'text-font': [FONT_ITALIC],
        'text-size': styleValue(S.physicalLabel.size),
        'text-letter-spacing': S.physicalLabel.letterSpacing,
        'text-max-width': S.physicalLabel.maxWidth,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': palette.physicalText, ...halo },
    },
    {
      id: 'water-labels',
      type: 'symbol',
      source: 'water',
      filter: ['all', geometry('Point'), ['<=', ['get', 'labelZoom'], ['zoom']]],
      layout: {
        'text-field': name,
        'text-font': [FONT_ITALIC],
        'text-size': styleValue(S.waterLabel.size),
        'text-max-width': S.waterLabel.maxWidth,
      },
      paint: { 'text-color': palette.waterText, ...halo },
    },
    {
      id: 'river-labels',
      type: 'symbol',
      source: 'rivers',
      minzoom: 5,
      filter: ['all', ['==', ['get', 'kind'], 'river'], ['<=', ['get', 'labelZoom'], ['+', ['zoom'], 1]]],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': name,
        'text-font': [FONT_ITALIC],
        'text-size': 11,
        'text-letter-spacing': 0.08,
      },
      paint: { 'text-color': palette.waterText, ...halo },
    },
    {
      id: 'region-labels',
      type: 'symbol',
      source: 'regions',
      minzoom: S.regionLabel.minzoom,
      maxzoom: S.regionLabel.maxzoom,
      filter: ['all', geometry('Point'), ['!=', ['get', 'type'], 'city'], fromZoom('labelZoom')],
      layout: regionLabelLayout(name),
      paint: { 'text-color': palette.regionText, ...halo },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'country'],
      maxzoom: S.countryLabel.maxzoom,
      layout: {
        'text-field': ['upcase', name],
        'text-font': [FONT],
        'text-size': styleValue(S.countryLabel.size),
        'text-letter-spacing': S.countryLabel.letterSpacing,
        'text-max-width': S.countryLabel.maxWidth,
        // Off its point when a story symbol stands there.
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': S.countryLabel.offset,
      },
      paint: { 'text-color': palette.countryText, ...halo },
    },
    {
      id: 'city-dots',
      type: 'circle',
      source: 'places',
      filter: ['any', ['get', 'story'], ['<=', ['get', 'labelZoom'], ['zoom']]],
      maxzoom: 10,
      paint: {
        'circle-radius': [
          'match',
          ['get', 'kind'],
          'capital',
          S.town.radius.capital,
          'region-centre',
          S.town.radius['region-centre'],
          S.town.radius.other,
        ],
        'circle-color': ['match', ['get', 'kind'], 'capital', palette.dotStroke, palette.text],
        'circle-stroke-color': palette.text,
        'circle-stroke-width': [
          'match',
          ['get', 'kind'],
          'capital',
          S.town.strokeWidth.capital,
          S.town.strokeWidth.other,
        ],
      },
    },
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'places',
      filter: ['any', ['get', 'story'], ['<=', ['get', 'labelZoom'], ['zoom']]],
      maxzoom: 11,
      layout: {
        'text-field': name,
        'text-font': [FONT],
        // Sized by population; capitals a step up.
        'text-size': [
          '+',
          ['step', ['coalesce', ['get', 'population'], 0], T.small, 200_000, T.large, 1_000_000, T.million],
          ['match', ['get', 'kind'], 'capital', T.capital, 0],
        ],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': S.town.labelOffset,
        'text-justify': 'auto',
        // The story's cities, then capitals, then the biggest towns win the space.
        'symbol-sort-key': [
          '-',
          ['+', ['case', ['get', 'story'], 1e8, 0], ['match', ['get', 'kind'], 'capital', 5e7, 0]],
          ['coalesce', ['get', 'population'], 0],
        ],
      },
      paint: { 'text-color': palette.text, ...halo },
    },
  ];
  return {
    version: 8,
    name: 'Qantar base',
    sources: {
      countries: {
        type: 'geojson',
        data: assets.topojson('data/countries.topojson'),
        // MapLibre writes the attribution as HTML: the catalogue's words go in as text.
        attribution: `${extras.credits ? creditsHtml(extras.credits) : NATURAL_EARTH} | <a href="${assets.url('data/LICENCES.md')}">${esc(extras.licences ?? english.t('map.licences'))}</a>`,
      },
      water: { type: 'geojson', data: assets.topojson('data/water.topojson'), ...credit(NATURAL_EARTH) },
      rivers: { type: 'geojson', data: assets.topojson('data/rivers.topojson') },
      regions: { type: 'geojson', data: assets.topojson('data/regions.topojson'), ...credit(OSM_CREDIT) },
      physical: { type: 'geojson', data: assets.url('data/physical.geojson') },
      labels: { type: 'geojson', data: assets.url('data/labels.geojson') },
      places: { type: 'geojson', data: assets.url('data/places.geojson'), ...credit(GEONAMES) },
      ...(extras.relief
        ? {
            relief: {
              type: 'image',
              url: assets.url('data/relief/region.png'),
              coordinates: [
                [w, n],
                [e, n],
                [e, s],
                [w, s],
              ],
            },
          }
        : {}),
      ...Object.fromEntries(
        details.flatMap((d) => [
          [
            `relief-detail:${d.id}`,
            {
              type: 'raster',
              tiles: [assets.url(`data/relief/${d.id}/{z}/{x}/{y}.png`)],
              tileSize: 256,
              bounds: d.bbox,
              ...DETAIL_RELIEF,
              ...credit(RELIEF),
            },
          ],
          [
            `detail:${d.id}`,
            {
              type: 'vector',
              tiles: [assets.url(`data/${d.id}/{z}/{x}/{y}.pbf`)],
              bounds: d.bbox,
              minzoom: d.minzoom,
              maxzoom: DETAIL_MAXZOOM,
              ...credit(OSM_CREDIT),
            },
          ],
        ]),
      ),
    },
    layers,
  };
}

/** A file a story loads when the reader zooms in, with what it draws: each added half a level early. */
type ZoomLayer = {
  minzoom: number;
  before: string;
  source: [string, SourceSpecification];
  layers: LayerSpecification[];
};

/** The region map's files loaded on zoom, and from which zoom, for a story whose data names none. */
const DEFAULT_ZOOM_FILES: Record<string, number> = {
  'data/urban.topojson': 5,
  'data/water-detail.topojson': 5.5,
  'data/places-z7.geojson': 7,
};

/**
 * What the map needs only when the reader zooms in: GeoJSON sources are fetched when the style loads,
 * whatever a layer's minzoom, so these are added when the zoom reaches them (live-map.ts), each from the
 * zoom the story's data gives it (`zoomFiles`) and before the layer named. Features from the world pack
 * say from which zoom they are drawn (`minzoom`, `labelZoom`).
 */
export function zoomLayers(
  assets: StyleAssets,
  palette: Theme,
  lang = 'en',
  extras: { zoomFiles?: Record<string, number>; credits?: readonly string[] } = {},
): ZoomLayer[] {
  const name = nameIn(lang);
  const halo = { 'text-halo-color': palette.halo, 'text-halo-width': HALO };
  const credit = (text: string) => (extras.credits ? {} : { attribution: text });
  const files = extras.zoomFiles ?? DEFAULT_ZOOM_FILES;
  const geojson = (path: string, text: string): SourceSpecification => ({
    type: 'geojson',
    data: path.endsWith('.topojson') ? assets.topojson(path) : assets.url(path),
    ...credit(text),
  });
  const known: Record<string, (z: number) => Omit<ZoomLayer, 'minzoom'>> = {
    'data/urban.topojson': (z) => ({
      before: 'lakes',
      source: ['urban', geojson('data/urban.topojson', NATURAL_EARTH)],
      layers: [
        {
          id: 'urban',
          type: 'fill',
          source: 'urban',
          minzoom: z,
          maxzoom: 10,
          filter: fromZoom('minzoom'),
          paint: { 'fill-color': palette.urban, 'fill-opacity': zoomed(z, 0, z + 1, 0.8, 9, 0.8, 10, 0) },
        },
      ],
    }),
    'data/water-detail.topojson': (z) => ({
      before: 'aral-1960',
      source: ['water-detail', geojson('data/water-detail.topojson', NATURAL_EARTH)],
      layers: [
        {
          id: 'lakes-detail',
          type: 'fill',
          source: 'water-detail',
          minzoom: z,
          filter: ['all', geometry('Polygon'), fromZoom('minzoom')],
          paint: { 'fill-color': palette.water },
        },
      ],
    }),
    'data/rivers-detail.topojson': (z) => ({
      before: 'region-borders',
      source: ['rivers-detail', geojson('data/rivers-detail.topojson', NATURAL_EARTH)],
      layers: [
        {
          id: 'rivers-detail',
          type: 'line',
          source: 'rivers-detail',
          minzoom: z,
          filter: ['all', ['==', ['get', 'kind'], 'river'], fromZoom('minzoom')],
          layout: { 'line-cap': 'round', 'line-join': 'round' },
          paint: { 'line-color': palette.river, 'line-width': riverWidth },
        },
      ],
    }),
    'data/regions-detail.topojson': (z) => ({
      before: 'country-labels',
      source: ['regions-detail', geojson('data/regions-detail.topojson', NATURAL_EARTH)],
      layers: [
        {
          id: 'region-labels-detail',
          type: 'symbol',
          source: 'regions-detail',
          minzoom: Math.max(z, S.regionLabel.minzoom),
          maxzoom: S.regionLabel.maxzoom,
          filter: ['all', geometry('Point'), fromZoom('labelZoom')],
          layout: regionLabelLayout(name),
          paint: { 'text-color': palette.regionText, ...halo, 'text-halo-blur': 0.3 },
        },
      ],
    }),
    'data/places-z7.geojson': (z) => ({
      before: 'city-labels',
      source: ['places-z7', geojson('data/places-z7.geojson', OSM_CREDIT)],
      layers: [
        {
          id: 'town-labels',
          type: 'symbol',
          source: 'places-z7',
          minzoom: z,
          maxzoom: 11,
          filter: fromZoom('labelZoom'),
          layout: {
            'text-field': name,
            'text-font': [FONT],
            'text-size': 11,
            'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
            'text-radial-offset': 0.6,
            'symbol-sort-key': ['-', ['coalesce', ['get', 'population'], 0]],
          },
          paint: { 'text-color': palette.text, ...halo },
        },
      ],
    }),
  };
  // Tiles a story loads on zoom (a city map) are its detail overlays' to draw, not these.
  return Object.entries(files).flatMap(([path, z]) =>
    known[path] ? [{ minzoom: Math.max(0, z - 0.5), ...known[path](z) }] : [],
  );
}

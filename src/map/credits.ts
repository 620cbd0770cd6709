/**
 * The map data's credits, in one place: the style's attributions (HTML, for MapLibre's control) and
 * the credits an image of the map carries in the picture (text) are both written from these.
 */
export const NATURAL_EARTH = 'Natural Earth';
export const GEONAMES = 'GeoNames (CC BY 4.0)';
export const RELIEF = 'Relief: ETOPO5 (NOAA), SRTM (NASA/USGS)';

/**
 * Every OpenStreetMap-derived source carries the same credit, so the attribution names it once, with
 * both licences: ODbL, and CC BY-SA 2.0 for the 2012 Almaty extract (share-alike: see data/LICENCES.md).
 */
const OSM = (name: string) => `© ${name} contributors (ODbL; Almaty 2012: CC BY-SA 2.0)`;
export const OSM_CREDIT = OSM('<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>');

/** What an image of the map credits, as text: the sources the style draws, the relief when it has one. */
export const imageCredits = (relief: boolean): string[] => [
  NATURAL_EARTH,
  OSM('OpenStreetMap'),
  GEONAMES,
  ...(relief ? [RELIEF] : []),
];

/**
 * Each public source a base map may draw, by the key a story's built data names it with
 * (`story.mapSources` in data/story.geojson, `sources` of each file in data/manifest.json): its credit as
 * text and its licence. The build (geo/) writes the keys; the app credits only the keys a story lists
 * (DECISIONS §7: no "Almaty 2012: CC BY-SA 2.0" on a map of Rostov).
 */
export const SOURCE_CREDITS = {
  naturalEarth: { attribution: 'Natural Earth', licence: 'public domain' },
  osm: { attribution: '© OpenStreetMap contributors (ODbL)', licence: 'ODbL 1.0' },
  osm2012: { attribution: '© OpenStreetMap contributors (CC BY-SA 2.0)', licence: 'CC BY-SA 2.0' },
  geonames: { attribution: 'GeoNames (CC BY 4.0)', licence: 'CC BY 4.0' },
  etopo5: { attribution: 'ETOPO5 (NOAA)', licence: 'public domain' },
  srtm: { attribution: 'SRTM (NASA/USGS)', licence: 'public domain' },
} as const;

export type SourceKey = keyof typeof SOURCE_CREDITS;

export const isSourceKey = (key: string): key is SourceKey => Object.hasOwn(SOURCE_CREDITS, key);

/** The order credits are listed in: the table's, whatever order a story names them in. */
const ORDER = Object.keys(SOURCE_CREDITS) as SourceKey[];

/**
 * The credits, as text, of the sources a story's map draws (its `mapSources`), in a fixed order and each
 * once; a key this version does not know is left out rather than shown raw.
 */
export const creditsFor = (keys: readonly string[]): string[] =>
  ORDER.filter((k) => keys.includes(k)).map((k) => SOURCE_CREDITS[k].attribution);

/**
 * What a story's map credits, as text: the sources its built data says the map draws (`mapSources`); for
 * a story built before it said so, every source the style may draw.
 */
export const storyCredits = (story: { mapSources?: readonly string[]; relief?: unknown }): string[] =>
  story.mapSources ? creditsFor(story.mapSources) : imageCredits(!!story.relief);

/** The credits as MapLibre's control shows them (HTML): each as text, OpenStreetMap linked to its copyright page. */
export const creditsHtml = (credits: readonly string[]): string =>
  credits
    .map((c) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
    .map((c) => c.replace('OpenStreetMap', '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'))
    .join(' | ');

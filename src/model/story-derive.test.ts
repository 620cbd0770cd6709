import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { BuiltOverlay, StoryEventCollection, StoryEventFeature, StoryEventProperties } from '../story/built.ts';
import { toDayNumber } from './dates.ts';
import { areaSpans, greatCircle, insetHasCityMap, insetPoints, routeLines } from './story-derive.ts';

const event = (
  p: Partial<StoryEventProperties> & { id: string; date: string },
  at: [number, number],
): StoryEventFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: at },
  properties: {
    category: 'protest',
    placeId: p.id,
    placeName: p.id,
    placeType: 'city',
    title: p.id,
    summary: '',
    certainty: 'reported',
    context: false,
    sourceCount: 0,
    ...p,
    day: toDayNumber(p.date),
    endDay: toDayNumber(p.end ?? p.date),
  },
});
const almaty: [number, number] = [76.9115, 43.2525];
const days = ['2022-01-06', '2022-01-19', '2022-01-02'].map(toDayNumber);
const collection: StoryEventCollection = {
  type: 'FeatureCollection',
  story: {
    id: 't',
    lang: 'en',
    languages: ['en'],
    title: 't',
    start: '2022-01-02',
    end: '2022-01-19',
    timeZone: 'Asia/Almaty',
    categories: [{ id: 'protest', label: 'Protest' }],
    overlays: [
      { kind: 'inset', id: 'inset', title: 'Almaty', bbox: [76.85, 43.18, 77.1, 43.4] },
      { kind: 'countries', id: 'ru', countries: ['RU'], category: 'csto', day: days[0], endDay: days[1] },
      { kind: 'regions', id: 'west', regions: ['mangystau', 'atyrau'], day: days[2], endDay: days[2] },
      {
        kind: 'route',
        id: 'ru-route',
        from: [37.6178, 55.752],
        to: almaty,
        category: 'csto',
        day: days[0],
        endDay: days[1],
      },
      { kind: 'line', id: 'border', line: 'border', label: 'Border' },
    ],
    bounds: [26, 37, 88, 57],
    maxBounds: [15, 28, 105, 66],
  },
  features: [
    event({ id: 'almaty', date: '2022-01-04', placeId: 'almaty' }, almaty),
    event(
      { id: 'akimat-burns', date: '2022-01-05', category: 'seizure', placeType: 'building', placeId: 'akimat' },
      [76.945, 43.238],
    ),
    event(
      { id: 'akimat-again', date: '2022-01-06', category: 'seizure', placeType: 'building', placeId: 'akimat' },
      [76.945, 43.238],
    ),
    event(
      { id: 'airport', date: '2022-01-05', category: 'seizure', placeType: 'airport', placeId: 'airport' },
      [77.04, 43.352],
    ),
    event({ id: 'far-building', date: '2022-01-05', placeType: 'building', placeId: 'far' }, [71.4, 51.2]),
  ],
};

describe('areaSpans', () => {
  it.each([
    {
      kind: 'countries' as const,
      spans: [{ overlay: 'ru', area: 'RU', category: 'csto', day: days[0], endDay: days[1] }],
    },
    {
      kind: 'regions' as const,
      spans: [
        { overlay: 'west', area: 'mangystau', category: undefined, day: days[2], endDay: days[2] },
        { overlay: 'west', area: 'atyrau', category: undefined, day: days[2], endDay: days[2] },
      ],
    },
  ])('one span per $kind area of an overlay, with its days', ({ kind, spans }) => {
    expect(areaSpans(collection.story.overlays, kind)).toEqual(spans);
  });
});

describe('greatCircle', () => {
  it.each([
    { from: [37.6178, 55.752], to: almaty },
    { from: [44.51, 40.18], to: almaty },
    { from: [0, 0], to: [0, 0] },
  ])('from $from to $to follows the great circle', ({ from, to }) => {
    const line = greatCircle(from, to);
    expect(line[0][0]).toBeCloseTo(from[0], 6);
    expect(line[line.length - 1][1]).toBeCloseTo(to[1], 6);
    const direct = turf.distance(from, to);
    // Every point sits on the shortest path: the two legs through it add up to the whole.
    for (const p of line) expect(turf.distance(from, p) + turf.distance(p, to)).toBeCloseTo(direct, 0);
  });
});

describe('routeLines', () => {
  it('draws each route overlay as an arc carrying its days and category', () => {
    const routes = routeLines(collection.story.overlays);
    expect(routes.features.map((f) => f.properties)).toEqual([
      { id: 'ru-route', day: days[0], endDay: days[1], category: 'csto' },
    ]);
    const coords = routes.features[0].geometry.coordinates;
    expect(turf.distance(coords[coords.length - 1], almaty)).toBeLessThan(0.01);
  });
});

describe('insetPoints', () => {
  it.each([
    { date: '2022-01-04', mode: 'cumulative' as const, ids: [] },
    { date: '2022-01-05', mode: 'cumulative' as const, ids: ['akimat-burns', 'airport'] },
    { date: '2022-01-06', mode: 'cumulative' as const, ids: ['akimat-burns', 'airport'] },
    { date: '2022-01-06', mode: 'day' as const, ids: ['akimat-again'] },
  ])('$date ($mode): buildings and airports inside the inset, one per place', ({ date, mode, ids }) => {
    const inset = insetPoints(collection)!(date, mode);
    expect(inset.title).toBe('Almaty');
    // The frame is the editor's box, whatever the day shows: the inset's map never jumps.
    expect(inset.frame).toEqual([76.85, 43.18, 77.1, 43.4]);
    expect(inset.points.map((p) => p.id)).toEqual(ids);
  });

  it('is absent when the story has no inset', () => {
    const overlays = collection.story.overlays.filter((o) => o.kind !== 'inset');
    expect(insetPoints({ ...collection, story: { ...collection.story, overlays } })).toBeNull();
  });
});

describe('insetHasCityMap', () => {
  const inset: BuiltOverlay = { kind: 'inset', id: 'inset', title: 'Almaty', bbox: [76.85, 43.18, 77.1, 43.4] };
  const detail = (bbox: [number, number, number, number]): BuiltOverlay => ({
    kind: 'detail',
    id: 'almaty',
    title: 'Almaty',
    bbox,
    minzoom: 9,
  });
  it.each([
    { what: 'an inset inside the city map', overlays: [inset, detail([76.58, 43.06, 77.22, 43.55])], has: true },
    { what: 'an inset reaching past it', overlays: [inset, detail([76.9, 43.06, 77.22, 43.55])], has: false },
    { what: 'no city map', overlays: [inset], has: false },
    { what: 'no inset', overlays: [detail([76.58, 43.06, 77.22, 43.55])], has: false },
  ])('$what: $has', ({ overlays, has }) => {
    expect(insetHasCityMap(overlays)).toBe(has);
  });
});

import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { StoryEventCollection, StoryEventFeature, StoryEventProperties } from '../story/schema.ts';
import { toDayNumber } from './dates.ts';
import { deploymentRoutes, deploymentSpans, greatCircle, insetPoints } from './story-derive.ts';

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
    sources: [],
    ...p,
    day: toDayNumber(p.date),
    endDay: toDayNumber(p.end ?? p.date),
  },
});
const almaty: [number, number] = [76.9115, 43.2525];
const collection: StoryEventCollection = {
  type: 'FeatureCollection',
  story: {
    id: 't',
    title: 't',
    start: '2022-01-02',
    end: '2022-01-19',
    timeZone: 'Asia/Almaty',
    inset: { title: 'Almaty', bbox: [76.85, 43.18, 77.1, 43.4] },
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
    event(
      {
        id: 'russia',
        date: '2022-01-06',
        end: '2022-01-19',
        category: 'csto',
        country: 'Russia',
        destination: 'almaty',
      },
      [37.6178, 55.752],
    ),
    event(
      { id: 'armenia', date: '2022-01-07', end: '2022-01-13', category: 'csto', country: 'Armenia' },
      [44.51, 40.18],
    ),
  ],
};
const props = collection.features.map((f) => f.properties);

describe('deploymentSpans', () => {
  it('one span per CSTO country event that lasts, with its days', () => {
    expect(deploymentSpans(props)).toEqual([
      { country: 'Russia', day: toDayNumber('2022-01-06'), endDay: toDayNumber('2022-01-19') },
      { country: 'Armenia', day: toDayNumber('2022-01-07'), endDay: toDayNumber('2022-01-13') },
    ]);
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

describe('deploymentRoutes', () => {
  it('draws a route only for a contingent with a destination, carrying its days', () => {
    const routes = deploymentRoutes(collection);
    expect(routes.features.map((f) => f.properties)).toEqual([
      { id: 'russia', day: toDayNumber('2022-01-06'), endDay: toDayNumber('2022-01-19'), country: 'Russia' },
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
    expect(inset.points.map((p) => p.id)).toEqual(ids);
  });

  it('is absent when the story has no inset', () => {
    expect(insetPoints({ ...collection, story: { ...collection.story, inset: undefined } })).toBeNull();
  });
});

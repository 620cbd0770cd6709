import { describe, expect, it } from 'vitest';
import { collectionNames, isNativeStory, readGeoJson } from './geojson.ts';
import { testGazetteer } from './test-gazetteer.ts';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const feature = (properties: unknown, geometry: unknown = point(76.93, 43.25)) => ({
  type: 'Feature',
  geometry,
  properties,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const read = (json: unknown) => readGeoJson(json, { gazetteer: testGazetteer });

describe('readGeoJson', () => {
  it('reads Point features like CSV rows, the geometry giving the position', () => {
    const result = read(
      collection(
        feature({
          date: '2022-01-05',
          Title: 'March',
          place: 'Almaty',
          category: 'protest',
          Crowd: 5000,
          verified: true,
          note: null,
        }),
        feature({ date: '2022-01-06', title: 'Named place', place: 'Kandy' }, null),
      ),
    );
    expect(result).toEqual({
      errors: [],
      names: {},
      events: [
        {
          row: 1,
          id: '2022-01-05-march',
          date: '2022-01-05',
          title: 'March',
          category: 'protest',
          lon: 76.93,
          lat: 43.25,
          place: { name: 'Almaty', resolvedFrom: 'coordinates' },
          sources: [],
          extra: [
            { label: 'Crowd', value: '5000' },
            { label: 'verified', value: 'true' },
          ],
        },
        {
          row: 2,
          id: '2022-01-06-named-place',
          date: '2022-01-06',
          title: 'Named place',
          lon: 80.6336,
          lat: 7.2906,
          place: { name: 'Kandy', country: 'LK', resolvedFrom: 'gazetteer', geonameId: 1241622, population: 111701 },
          sources: [],
          extra: [],
        },
      ],
    });
  });

  it('names each bad feature, and checks the properties of the others as rows', () => {
    const result = read(
      collection(
        feature({ date: '2022-01-05', title: 'Fine' }),
        feature(
          { date: '2022-01-05', title: 'Route' },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        ),
        feature({ date: '2022-13-01', title: '' }),
        feature({ date: '2022-01-05', title: 'Far' }, point(200, 10)),
        { type: 'Polygon' },
        feature({ date: '2022-01-05', Title: 'A', title: 'B' }),
        feature({ date: '2022-01-05', title: 'List', tags: ['a'] }),
        feature({ date: '2022-01-05', title: 'No place' }, null),
      ),
    );
    expect(result.errors).toEqual([
      'feature 2: the geometry is a LineString; only Point features can be imported',
      'feature 3, date: "2022-13-01" is not a date (YYYY-MM-DD)',
      'feature 3, title: empty (required)',
      'feature 4, geometry: "[200,10]" is not a [lon, lat] position (-180 to 180, -90 to 90)',
      'feature 5: not a GeoJSON Feature',
      'feature 6: properties "Title" and "title" are the same column',
      'feature 7, tags: a list, where text or a number is expected',
      'feature 8, place: empty (required without lat and lon)',
    ]);
    expect(result.events.map((e) => e.row)).toEqual([1]);
  });

  it.each([
    ['an array', [], 'the file is not a GeoJSON FeatureCollection (it is a list)'],
    ['a Feature', feature({}), 'the file is not a GeoJSON FeatureCollection (it is a "Feature")'],
    ['no features', collection(), 'the FeatureCollection has no features'],
    [
      'features not a list',
      { type: 'FeatureCollection', features: {} },
      'the FeatureCollection has no "features" list',
    ],
    [
      'a native story',
      { type: 'FeatureCollection', story: { id: 'x' }, features: [] },
      'the file is already a story in Qantar\'s own format (it has a "story" member); use it as the story, not as an import',
    ],
  ])('refuses %s', (_, json, message) => {
    expect(read(json)).toEqual({ events: [], errors: [message] });
  });
});

describe('isNativeStory', () => {
  it.each([
    [{ type: 'FeatureCollection', story: {}, features: [] }, true],
    [{ type: 'FeatureCollection', features: [] }, false],
    [{ type: 'Feature', story: {} }, false],
    [null, false],
    ['story', false],
  ])('%j → %s', (json, expected) => {
    expect(isNativeStory(json)).toBe(expected);
  });
});

describe('collectionNames: a GeoJSON story names itself', () => {
  it.each([
    [{ title: ' Aragalaya ', description: 'Protests' }, { title: 'Aragalaya', description: 'Protests' }, []],
    [{ name: 'events' }, { title: 'events' }, []],
    [{ title: 'Title', name: 'layer' }, { title: 'Title' }, []],
    [{ description: '' }, {}, []],
    [{}, {}, []],
    [
      { title: 5, description: ['x'] },
      {},
      [
        'the FeatureCollection\'s "title" must be text, not a number',
        'the FeatureCollection\'s "description" must be text, not a list',
      ],
    ],
  ])('%j', (json, names, errors) => {
    expect(collectionNames(json)).toEqual({ names, errors });
  });

  it('comes with the events read', () => {
    const named = { ...collection(feature({ date: '2022-01-05', title: 'A' })), title: 'Bishkek, October 2020' };
    expect(read(named).names).toEqual({ title: 'Bishkek, October 2020' });
  });
});

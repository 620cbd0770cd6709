import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importStory } from './import.ts';
import { testGazetteer } from './test-gazetteer.ts';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/second-story/events.csv');

describe('importStory: the second story fixture (Sri Lanka 2022)', () => {
  const result = importStory(FIXTURE);

  it('imports with zero errors', () => {
    expect(result.errors).toEqual([]);
  });

  it('has 21 events in date order, with unique ids', () => {
    expect(result.events).toHaveLength(21);
    const dates = result.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(result.events.map((e) => e.id)).size).toBe(21);
  });

  it('mixes gazetteer places and coordinates, all inside the story area', () => {
    const from = result.events.map((e) => e.place?.resolvedFrom);
    expect(from.filter((f) => f === 'gazetteer')).toHaveLength(11);
    expect(from.filter((f) => f === 'coordinates')).toHaveLength(10);
    for (const e of result.events) {
      expect(e.lat).toBeGreaterThan(1);
      expect(e.lat).toBeLessThan(10);
      expect(e.lon).toBeGreaterThan(73);
      expect(e.lon).toBeLessThan(104);
    }
  });

  it('resolves Malé (written with its accent) and Colombo within LK', () => {
    const byName = (name: string) => result.events.find((e) => e.place?.name === name)?.place;
    expect(byName('Malé')).toEqual({
      name: 'Malé',
      country: 'MV',
      resolvedFrom: 'gazetteer',
      geonameId: 1282027,
      population: 103693,
    });
    expect(byName('Colombo')).toMatchObject({ country: 'LK', geonameId: 1248991 });
  });

  it('every event cites a source with an https or http address', () => {
    for (const e of result.events)
      expect(e.sources).toEqual([
        expect.objectContaining({ name: expect.any(String), url: expect.stringMatching(/^https?:\/\//) }),
      ]);
  });

  it('reads the sidecar', () => {
    expect(result.sidecar).toEqual({
      title: "Aragalaya: Sri Lanka's 2022 protests",
      description: expect.stringContaining('Twenty-one dated events'),
      language: 'en',
      credits: expect.stringContaining('GeoNames'),
    });
  });
});

describe('importStory: files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qantar-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const run = (path: string) => importStory(path, { gazetteer: testGazetteer });
  const pointsJson = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [76.93, 43.25] },
        properties: { date: '2022-01-05', title: 'A' },
      },
    ],
  });

  it.each([
    ['a.geojson', pointsJson],
    ['b.json', pointsJson],
    ['c.CSV', 'date,title,lat,lon\n2022-01-05,A,43.25,76.93\n'],
  ])('reads %s', (name, content) => {
    const result = run(file(name, content));
    expect(result.errors).toEqual([]);
    expect(result.events).toHaveLength(1);
  });

  it.each([
    [
      'events.xlsx',
      'PK',
      'cannot import .xlsx: save the sheet as "CSV UTF-8" (.csv), or give a GeoJSON FeatureCollection (.geojson)',
    ],
    [
      'native.json',
      JSON.stringify({ type: 'FeatureCollection', story: { id: 'x' }, features: [] }),
      'the file is already a story in Qantar\'s own format (it has a "story" member); use it as the story, not as an import',
    ],
    ['broken.geojson', '{"type": ', 'not valid JSON ('],
    ['empty.csv', '', 'the file is empty: it needs a header row (date, title, …) and one row per event'],
    [
      'header.csv',
      'when,what\n1,2\n',
      'header (row 1): missing columns date, title, place (or lat and lon); found "when", "what"',
    ],
  ])('refuses %s', (name, content, message) => {
    const result = run(file(name, content));
    expect(result.events).toEqual([]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].startsWith(message)).toBe(true);
  });

  it.each([
    [
      'named by its collection, no sidecar',
      { title: 'Own title', description: 'Own' },
      undefined,
      { title: 'Own title', description: 'Own' },
    ],
    [
      'a sidecar beside it wins',
      { title: 'Own title', description: 'Own' },
      { title: 'Sidecar title' },
      { title: 'Sidecar title', description: 'Own' },
    ],
    ['neither: no title (the file name stands in later)', {}, undefined, {}],
  ])('a GeoJSON story %s', (_, members, sidecar, expected) => {
    const name = `named-${Object.keys(members).length}-${sidecar ? 1 : 0}.geojson`;
    const path = file(name, JSON.stringify({ ...JSON.parse(pointsJson), ...members }));
    if (sidecar) file(`${name}.json`, JSON.stringify(sidecar));
    const result = run(path);
    expect(result.errors).toEqual([]);
    expect(result.sidecar).toEqual(expected);
  });

  it('a missing file is an error, not an exception', () => {
    expect(run(join(dir, 'nope.csv')).errors).toEqual([`no such file: ${join(dir, 'nope.csv')}`]);
  });

  it('reports row errors, CSV errors and sidecar errors together', () => {
    const path = file('mixed.csv', 'date,title,lat,lon\n2022-01-05,A,1,2,extra\n2022-13-01,B,1,2\n');
    file('mixed.csv.json', '{"title": 3, "subtitle": "x"}');
    expect(run(path).errors).toEqual([
      'row 2: 5 cells but the header has 4 columns; is a comma missing its quotes?',
      'row 3, date: "2022-13-01" is not a date (YYYY-MM-DD)',
      'mixed.csv.json, title: must be text, not a number',
      'mixed.csv.json: unknown key "subtitle" (known: title, description, language, credits, licence, methods, changelog, highlight)',
    ]);
  });

  it('reports progress in a read phase and a check phase', () => {
    const path = file(
      'progress.csv',
      'date,title,lat,lon\n' + Array.from({ length: 100 }, (_, i) => `2022-01-05,E${i},1,2`).join('\n'),
    );
    const phases: string[] = [];
    importStory(path, { onProgress: (done, total, phase) => done === total && phases.push(phase) });
    expect(phases).toEqual(['read', 'check']);
  });
});

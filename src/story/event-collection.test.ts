import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEventCollection, checkSources } from './event-collection.ts';

const built = JSON.parse(readFileSync(new URL('../../public/data/story.geojson', import.meta.url), 'utf8'));
const first = built.features[0];
const withFeature = (change: (f: typeof first) => void) => {
  const f = structuredClone(first);
  change(f);
  return { ...built, features: [f, ...built.features.slice(1)] };
};

describe('checkEventCollection', () => {
  it('passes the built story whole', () => {
    const { collection, errors } = checkEventCollection(built);
    expect(errors).toEqual([]);
    expect(collection.features).toHaveLength(built.features.length);
  });

  it.each([
    { name: 'missing date', change: (f: typeof first) => delete f.properties.date, field: /: date: / },
    {
      name: 'impossible date',
      change: (f: typeof first) => (f.properties.date = '2022-13-40'),
      field: /date: expected ISO date/,
    },
    {
      name: 'longitude out of range',
      change: (f: typeof first) => (f.geometry.coordinates = [200, 43]),
      field: /geometry\.coordinates\[0\]: longitude/,
    },
    {
      name: 'NaN latitude',
      change: (f: typeof first) => (f.geometry.coordinates = [70, 'x']),
      field: /geometry\.coordinates\[1\]/,
    },
    { name: 'unknown category', change: (f: typeof first) => (f.properties.category = 'rumour'), field: /category: / },
    {
      name: 'end before start',
      change: (f: typeof first) => Object.assign(f.properties, { end: '2000-01-01' }),
      field: /end: the event ends before it begins/,
    },
    { name: 'day out of step with date', change: (f: typeof first) => (f.properties.day += 3), field: /day, endDay/ },
    {
      name: 'a count of sources that is not one',
      change: (f: typeof first) => (f.properties.sourceCount = -1),
      field: /sourceCount: /,
    },
    { name: 'title not text', change: (f: typeof first) => (f.properties.title = { toString: 'x' }), field: /title: / },
  ])('$name: that event is left out, named with its field; the rest stays', ({ change, field }) => {
    const { collection, errors } = checkEventCollection(withFeature(change));
    expect(collection.features).toHaveLength(built.features.length - 1);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(`event "${first.properties.id}"`);
    expect(errors.join('\n')).toMatch(field);
  });

  it('names a feature without an id by its position', () => {
    const { errors } = checkEventCollection({ ...built, features: [42, ...built.features] });
    expect(errors[0]).toMatch(/^feature 0: /);
  });

  it.each([[null], [[]], [{ type: 'FeatureCollection', features: [] }], ['story']])('refuses %j whole', (input) => {
    expect(() => checkEventCollection(input)).toThrow(/This is not a story/);
  });
});

describe('checkSources', () => {
  const sources = JSON.parse(readFileSync(new URL('../../public/data/sources.json', import.meta.url), 'utf8'));
  const [id] = Object.keys(sources);

  it('passes the built sources whole', () => {
    const checked = checkSources(sources);
    expect(checked.errors).toEqual([]);
    expect(Object.keys(checked.sources)).toHaveLength(Object.keys(sources).length);
  });

  it.each([
    { name: 'a source that is not one', list: [{ kind: 'html', html: '<b>' }], field: /\[0\]/ },
    { name: 'a quote that is not text', list: [{ ...sources[id][0], quote: 42 }], field: /quote/ },
  ])('$name: that event shows no sources, and is named; the rest stay', ({ list, field }) => {
    const checked = checkSources({ ...sources, [id]: list });
    expect(checked.sources[id]).toBeUndefined();
    expect(Object.keys(checked.sources)).toHaveLength(Object.keys(sources).length - 1);
    expect(checked.errors.join('\n')).toContain(`sources of event "${id}"`);
    expect(checked.errors.join('\n')).toMatch(field);
  });

  it.each([{ input: null }, { input: [] }, { input: 'x' }])('refuses $input whole', ({ input }) => {
    expect(() => checkSources(input)).toThrow(/not a story's sources/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSidecar, readSidecar } from './sidecar.ts';

const NAME = 'events.csv.json';

describe('checkSidecar', () => {
  it('takes the four text members, trimmed, the language canonicalised', () => {
    expect(checkSidecar({ title: ' Aragalaya ', description: 'd', language: 'EN-gb', credits: 'c' }, NAME)).toEqual({
      sidecar: { title: 'Aragalaya', description: 'd', language: 'en-GB', credits: 'c' },
      errors: [],
    });
  });

  it('an empty object is fine', () => {
    expect(checkSidecar({}, NAME)).toEqual({ sidecar: {}, errors: [] });
  });

  it.each([
    [
      { tilte: 'x' },
      'events.csv.json: unknown key "tilte" (known: title, description, language, credits, licence, methods, changelog, highlight)',
    ],
    [{ title: 12 }, 'events.csv.json, title: must be text, not a number'],
    [{ credits: ['a', 'b'] }, 'events.csv.json, credits: must be text, not a list'],
    [{ description: null }, 'events.csv.json, description: must be text, not null'],
    [{ language: 'english' }, 'events.csv.json, language: "english" is not a language tag (such as en, si or ta)'],
    [[], 'events.csv.json: expected an object like {"title": "…", "language": "en"}'],
  ])('%j', (json, message) => {
    expect(checkSidecar(json, NAME).errors).toEqual([message]);
  });

  it.each([
    [{ highlight: ['KG'] }, ['KG']],
    [{ highlight: ['kz', ' RU ', 'KZ'] }, ['KZ', 'RU']],
    [{ highlight: [] }, undefined],
  ])('highlight %j lights %j', (json, lit) => {
    expect(checkSidecar(json, NAME)).toEqual({ sidecar: lit ? { highlight: lit } : {}, errors: [] });
  });

  it.each([
    [{ highlight: 'KG' }, 'events.csv.json, highlight: must be a list of country codes such as ["KG"], not a string'],
    [
      { highlight: ['Kyrgyzstan'] },
      'events.csv.json, highlight: "Kyrgyzstan" is not an ISO 3166-1 country code; give a list of country codes such as ["KG"]',
    ],
    [
      { highlight: ['XX'] },
      'events.csv.json, highlight: "XX" is not an ISO 3166-1 country code; give a list of country codes such as ["KG"]',
    ],
    [
      { highlight: [417] },
      'events.csv.json, highlight: a number is not an ISO 3166-1 country code; give a list of country codes such as ["KG"]',
    ],
  ])('refuses highlight %j', (json, message) => {
    expect(checkSidecar(json, NAME).errors).toEqual([message]);
  });

  it('takes the licence, the methods page’s sections and the corrections list', () => {
    const json = {
      licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      methods: [{ title: 'How we chose events', text: 'One.\n\nTwo.' }],
      changelog: [{ date: '2022-08-01', summary: 'Redated', events: ['e-1'], source: 'Wire', url: 'https://w.org/' }],
    };
    expect(checkSidecar(json, NAME)).toEqual({ sidecar: json, errors: [] });
  });

  it.each([
    [{ licence: 'CC BY' }, 'events.csv.json, licence: must be an object, not a string'],
    [{ licence: {} }, 'events.csv.json, licence, name: required, and must not be empty'],
    [{ methods: { title: 'x' } }, 'events.csv.json, methods: must be a list, not an object'],
    [{ methods: [{ title: 'Scope' }] }, 'events.csv.json, methods[0], text: required, and must not be empty'],
    [
      {
        changelog: [
          { date: '2022-08-01', summary: 's' },
          { date: '2022-08-02', summary: 's', sumary: 's' },
        ],
      },
      'events.csv.json, changelog[1]: unknown key "sumary" (known: date, kind, summary, reason, events, source, url)',
    ],
    [
      { changelog: [{ date: '2022-08-01', summary: 's', events: 'e-1' }] },
      'events.csv.json, changelog[0], events: must be a list of text, not a string',
    ],
    [
      { changelog: [{ date: '2022-08-01', summary: 's', kind: 'fix' }] },
      'events.csv.json, changelog[0], kind: "fix" is not one of correction, addition, update',
    ],
    [
      { changelog: [{ date: '2022-08-01', summary: 's', url: 'w.org' }] },
      expect.stringMatching(/^events\.csv\.json, changelog\[0\], url: "w\.org" /),
    ],
  ])('%j', (json, message) => {
    expect(checkSidecar(json, NAME).errors).toEqual([message]);
  });

  it('reports every problem at once', () => {
    expect(checkSidecar({ title: 1, foo: 'x', language: 'x' }, NAME).errors).toHaveLength(3);
  });
});

describe('readSidecar', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('reads UTF-8 JSON with a BOM', () => {
    expect(readSidecar(bytes('\ufeff{"title":"Арагалая"}'), NAME)).toEqual({
      sidecar: { title: 'Арагалая' },
      errors: [],
    });
  });

  it('names the file when the JSON is broken', () => {
    expect(readSidecar(bytes('{"title": }'), NAME).errors[0]).toMatch(/^events\.csv\.json: not valid JSON \(/);
  });
});

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
    [{ tilte: 'x' }, 'events.csv.json: unknown key "tilte" (known: title, description, language, credits, highlight)'],
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

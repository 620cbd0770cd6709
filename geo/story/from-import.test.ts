import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/story/validate.ts';
import { isEvent, isPlace, type ReferenceSource } from '../../src/story/schema.ts';
import type { ImportedEvent } from '../import/types.ts';
import { MAX_CATEGORIES, NO_SOURCE, rowProblems, storyFromImport } from './from-import.ts';

let row = 1;
const event = (over: Partial<ImportedEvent> = {}): ImportedEvent => ({
  row: ++row,
  id: `e-${row}`,
  date: '2022-04-01',
  title: `Event ${row}`,
  lon: 79.85,
  lat: 6.93,
  sources: [{ name: 'Ada Derana', url: 'http://www.adaderana.lk/' }],
  extra: [],
  ...over,
});

const eventsOf = (events: ImportedEvent[], sidecar = {}) => {
  const story = storyFromImport(events, sidecar, 'events');
  const parsed = parseStory(story);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { story, events: story.features.filter(isEvent).map((f) => f.properties) };
};

describe('storyFromImport', () => {
  it('makes a valid schema v2 story, dated from the first date to the last end', () => {
    const { story } = eventsOf([event({ date: '2022-04-03' }), event({ date: '2022-04-01', end: '2022-04-09' })]);
    expect(story.story).toMatchObject({ version: 2, languages: ['en'], start: '2022-04-01', end: '2022-04-09' });
    expect(story.story.title).toEqual({ en: 'events' });
  });

  it.each([
    ['one place: half a degree around it', [[2.35, 48.85]], [1.85, 48.35, 2.85, 49.35]],
    [
      'several: their extent and a tenth of it',
      [
        [73.5, 1.3],
        [103.9, 7.3],
      ],
      [70.46, 0.7, 106.94, 7.9],
    ],
    [
      'across the antimeridian: east past 180, not the whole world',
      [
        [178.44, -18.14],
        [-179.9, -16.6],
      ],
      [177.94, -18.64, 180.6, -16.1],
    ],
  ])('opens on the events: %s', (_, points, bounds) => {
    const { story } = eventsOf(points.map(([lon, lat]) => event({ lon, lat })));
    expect(story.story.bounds).toEqual(bounds);
  });

  it.each([
    ['no sidecar', {}, { languages: ['en'], title: { en: 'events' }, id: 'events' }],
    [
      'title, description, credits',
      { title: 'Aragalaya', description: 'Protests', credits: 'Desk' },
      { title: { en: 'Aragalaya' }, description: { en: 'Protests' }, credits: { en: 'Desk' }, id: 'aragalaya' },
    ],
    ['a regional language tag', { language: 'en-GB', title: 'T' }, { languages: ['en'], title: { en: 'T' } }],
    [
      'another language',
      { language: 'si', title: 'අරගලය' },
      { languages: ['si'], title: { si: 'අරගලය' }, id: 'story' },
    ],
  ])('takes the sidecar: %s', (_, sidecar, expected) => {
    expect(eventsOf([event()], sidecar).story.story).toMatchObject(expected);
  });

  it.each([
    ['no highlight: nothing lit', {}, []],
    ['an empty highlight: nothing lit', { highlight: [] }, []],
    [
      'a highlight: its own overlay, lit all the story long',
      { highlight: ['KG', 'KZ'] },
      [{ kind: 'focus', id: 'highlight', countries: ['KG', 'KZ'] }],
    ],
  ])('lights what the sidecar asks: %s', (_, sidecar, overlays) => {
    expect(eventsOf([event()], sidecar).story.story.overlays ?? []).toEqual(overlays);
  });

  it.each([
    ['free text, in order of first use', ['Protest', 'government', 'Protest'], ['protest', 'government']],
    ['empty cells as one "Event" category', [undefined, 'Strike'], ['event', 'strike']],
    ['ids made unique', ['Strike!', 'strike'], ['strike', 'strike-2']],
  ])('categories: %s', (_, categories, ids) => {
    const { story } = eventsOf(categories.map((category) => event({ category })));
    expect(story.story.categories.map((c) => c.id)).toEqual(ids);
  });

  it('keeps the palette: beyond eight categories the least used share "Other", keeping their words', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    // a is used three times, b twice; the rest once: the first-used of those keep their colours.
    const used = ['j', ...names, 'a', 'a', 'b'];
    const { story, events } = eventsOf(used.map((category) => event({ category })));
    expect(story.story.categories.map((c) => c.id)).toEqual(['j', 'a', 'b', 'c', 'd', 'e', 'f', 'other']);
    expect(story.story.categories).toHaveLength(MAX_CATEGORIES);
    const grouped = events.filter((e) => e.category === 'other');
    expect(grouped.map((e) => e.extra)).toEqual(['g', 'h', 'i'].map((value) => [{ label: 'Category', value }]));
  });

  it.each([
    ['absent: reported', {}, { status: 'reported' }],
    ['confirmed', { certainty: 'confirmed' as const }, { status: 'confirmed' }],
    [
      'claimed, by whom',
      { certainty: 'claimed' as const, claimedBy: 'Police' },
      { status: 'claimed', by: { en: 'Police' } },
    ],
  ])('certainty %s', (_, over, expected) => {
    expect(eventsOf([event(over)]).events[0].certainty).toEqual(expected);
  });

  it('refuses a disputed row with one source: the schema keeps rival accounts, one a source', () => {
    expect(
      rowProblems([event({ row: 7, certainty: 'disputed' }), event({ certainty: 'claimed', claimedBy: 'X' })]),
    ).toEqual([
      'row 7, certainty: "disputed" needs rival accounts: give each its source (source, source_2…), or write "reported" and say in the summary who disputes what',
    ]);
  });

  it('keeps a disputed row’s sources as its rival readings, each in its own words where it quotes them', () => {
    const sources = [
      { name: 'Police', quote: '12 dead' },
      { name: 'Hospital', url: 'https://h.org/' },
    ];
    const disputed = event({ certainty: 'disputed', claimedBy: 'Police and hospital', sources, note: 'Two counts' });
    expect(rowProblems([disputed])).toEqual([]);
    const [e] = eventsOf([disputed]).events;
    expect(e.readings).toEqual([
      { summary: { en: '12 dead' }, by: { en: 'Police' }, sources: [0] },
      { summary: { en: 'Hospital' }, by: { en: 'Hospital' }, sources: [1] },
    ]);
    expect(e.note).toEqual({ en: 'Two counts' });
  });

  it('takes the licence, methods and corrections from the sidecar; a change’s source joins the references', () => {
    const sidecar = {
      licence: { name: 'CC BY 4.0' },
      methods: [
        { title: 'Scope', text: 'What we cover.\n\n  What we leave out.  ' },
        { title: 'Scope', text: 'Again.' },
      ],
      changelog: [
        {
          date: '2022-08-01',
          summary: 'Redated',
          reason: 'A new report',
          events: ['e-x'],
          source: 'Ada Derana',
          url: 'http://www.adaderana.lk/',
        },
        { date: '2022-08-02', kind: 'addition' as const, summary: 'Added', source: 'Daily Mirror' },
      ],
    };
    const { story } = eventsOf([event({ id: 'e-x' })], sidecar);
    expect(story.story.licence).toEqual({ name: 'CC BY 4.0' });
    expect(story.story.methods).toEqual([
      { id: 'scope', title: { en: 'Scope' }, paragraphs: [{ en: 'What we cover.' }, { en: 'What we leave out.' }] },
      { id: 'scope-2', title: { en: 'Scope' }, paragraphs: [{ en: 'Again.' }] },
    ]);
    expect(story.story.changelog).toEqual([
      {
        date: '2022-08-01',
        summary: { en: 'Redated' },
        reason: { en: 'A new report' },
        events: ['e-x'],
        references: ['ada-derana'],
      },
      { date: '2022-08-02', kind: 'addition', summary: { en: 'Added' }, references: ['daily-mirror'] },
    ]);
    expect(story.story.references['daily-mirror']).toEqual({ name: 'Daily Mirror' });
  });

  it('cites each distinct source once, keeps quotes with their events, and says when a row has none', () => {
    const { story, events } = eventsOf([
      event({ sources: [{ name: 'Ada Derana', url: 'http://www.adaderana.lk/', quote: 'declared' }] }),
      event(),
      event({ sources: [{ url: 'https://groundviews.org/x' }] }),
      event({ sources: [] }),
    ]);
    expect(story.story.references).toEqual({
      'ada-derana': { name: 'Ada Derana', url: 'http://www.adaderana.lk/' },
      'groundviews-org': { name: 'groundviews.org', url: 'https://groundviews.org/x' },
      [NO_SOURCE.id]: { name: NO_SOURCE.name },
    });
    expect(events.map((e) => e.sources.map((s) => [(s as ReferenceSource).reference, s.quote]))).toEqual([
      [['ada-derana', 'declared']],
      [['ada-derana', undefined]],
      [['groundviews-org', undefined]],
      [[NO_SOURCE.id, undefined]],
    ]);
  });

  it('keeps unknown columns as extra text and reads the title again where there is no summary', () => {
    const [e] = eventsOf([event({ title: 'Curfew', extra: [{ label: 'Deaths', value: '3' }] })]).events;
    expect(e.extra).toEqual([{ label: 'Deaths', value: '3' }]);
    expect(e.summary).toEqual({ en: 'Curfew' });
  });

  it('makes one place per point and name: gazetteer places are cities, coordinates sites', () => {
    const colombo = { name: 'Colombo', country: 'LK', resolvedFrom: 'gazetteer' as const, geonameId: 1248991 };
    const { story, events } = eventsOf([
      event({ place: colombo }),
      event({ place: colombo }),
      event({ lon: 80.6, lat: 7.25, place: { name: 'Colombo', resolvedFrom: 'coordinates' } }),
      event({ lon: 80.1, lat: 7.1 }),
    ]);
    const places = story.features.filter(isPlace).map((p) => p.properties);
    expect(places.map((p) => [p.id, p.placeType, p.name])).toEqual([
      ['colombo', 'city', { en: 'Colombo' }],
      ['colombo-2', 'site', { en: 'Colombo' }],
      ['7-1-80-1', 'site', { en: '7.1, 80.1' }],
    ]);
    expect(places[0].coordinateSource).toContain('GeoNames 1248991');
    expect(events.map((e) => e.place)).toEqual(['colombo', 'colombo', 'colombo-2', '7-1-80-1']);
  });
});

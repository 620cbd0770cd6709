import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './url-state.ts';

const range = { start: '2022-01-02', end: '2022-01-19' };

describe('parseUrlState', () => {
  it.each([
    { search: '', value: {}, warnings: 0 },
    { search: '?date=2022-01-05&mode=day', value: { date: '2022-01-05', mode: 'day' }, warnings: 0 },
    { search: '?view=76.9,43.25,10', value: { view: { lng: 76.9, lat: 43.25, zoom: 10 } }, warnings: 0 },
    { search: '?date=2022-02-30', value: {}, warnings: 1 },
    { search: '?date=yesterday', value: {}, warnings: 1 },
    { search: '?date=2021-12-01', value: { date: '2022-01-02' }, warnings: 1 },
    { search: '?date=2023-01-01', value: { date: '2022-01-19' }, warnings: 1 },
    { search: '?mode=weekly', value: {}, warnings: 1 },
    { search: '?view=NaN,43,5', value: {}, warnings: 1 },
    { search: '?view=1,2', value: {}, warnings: 1 },
    { search: '?view=70,80,-3', value: { view: { lng: 70, lat: 80, zoom: 0 } }, warnings: 1 },
    { search: '?view=200,40,1e9', value: { view: { lng: -160, lat: 40, zoom: 18 } }, warnings: 1 },
    // No place at all: not clamped to the pole, which would show nothing.
    { search: '?view=70,95,3', value: {}, warnings: 1 },
    { search: '?date=2022-01-07&date=2022-01-08', value: { date: '2022-01-07' }, warnings: 1 },
    { search: `?mode=${'x'.repeat(5000)}`, value: {}, warnings: 1 },
    { search: '?date=%3Cscript%3E&mode=%00', value: {}, warnings: 2 },
  ])('$search', ({ search, value, warnings }) => {
    const parsed = parseUrlState(search, range);
    expect(parsed.value).toEqual(value);
    expect(parsed.warnings).toHaveLength(warnings);
  });
});

describe('parseUrlState within a map', () => {
  const map = { ...range, maxBounds: [40, 35, 95, 60] as const };
  it.each([
    { search: '?view=76.9,43.25,10', value: { view: { lng: 76.9, lat: 43.25, zoom: 10 } }, warning: null },
    { search: '?view=76.9,43.25,30', value: { view: { lng: 76.9, lat: 43.25, zoom: 18 } }, warning: 'clamped' },
    // Outside the map's box: clamped into it, it would be a blank corner; the story's view instead.
    { search: '?view=200,100,30', value: {}, warning: "outside the map (40,35,95,60): using the story's view" },
    { search: '?view=20,45,5', value: {}, warning: "outside the map (40,35,95,60): using the story's view" },
    { search: '?view=436.5,43.25,5', value: { view: { lng: 76.5, lat: 43.25, zoom: 5 } }, warning: null },
  ])('$search', ({ search, value, warning }) => {
    const parsed = parseUrlState(search, map);
    expect(parsed.value).toEqual(value);
    if (warning) expect(parsed.warnings).toEqual([expect.stringContaining(warning)]);
    else expect(parsed.warnings).toEqual([]);
  });

  it('a box across the antimeridian takes longitudes on either side of it', () => {
    const across = { ...range, maxBounds: [170, -25, 190, -10] as const };
    expect(parseUrlState('?view=178,-18,6', across).value.view).toEqual({ lng: 178, lat: -18, zoom: 6 });
    expect(parseUrlState('?view=-179,-18,6', across).value.view).toEqual({ lng: -179, lat: -18, zoom: 6 });
    expect(parseUrlState('?view=0,-18,6', across).value.view).toBeUndefined();
  });
});

describe('parseUrlState with an event', () => {
  // Two events of the story: one within its days, one before them (background).
  const story = {
    ...range,
    maxBounds: [40, 35, 95, 60] as const,
    eventDates: new Map([
      ['akimat-stormed', '2022-01-05'],
      ['zhanaozen-2011', '2011-12-16'],
    ]),
  };
  it.each([
    // The event alone: its first day, selected.
    { search: '?event=akimat-stormed', value: { event: 'akimat-stormed', date: '2022-01-05' }, warning: null },
    // Before the story's days: its first day, with no warning (the story keeps it as background).
    { search: '?event=zhanaozen-2011', value: { event: 'zhanaozen-2011', date: '2022-01-02' }, warning: null },
    // A date given with it wins: the URL the map writes holds both, and Back returns to that date.
    {
      search: '?event=akimat-stormed&date=2022-01-09',
      value: { event: 'akimat-stormed', date: '2022-01-09' },
      warning: null,
    },
    {
      search: '?date=2022-01-09&event=akimat-stormed&mode=day',
      value: { event: 'akimat-stormed', date: '2022-01-09', mode: 'day' },
      warning: null,
    },
    // A date out of range is clamped, and still wins.
    {
      search: '?event=akimat-stormed&date=2023-01-01',
      value: { event: 'akimat-stormed', date: '2022-01-19' },
      warning: 'outside the story',
    },
    // A date that is no date is ignored: the event's then.
    {
      search: '?event=akimat-stormed&date=soon',
      value: { event: 'akimat-stormed', date: '2022-01-05' },
      warning: 'is not a calendar date',
    },
    // A view given is kept (the map then does not centre on the event).
    {
      search: '?event=akimat-stormed&view=76.9,43.25,10',
      value: { event: 'akimat-stormed', date: '2022-01-05', view: { lng: 76.9, lat: 43.25, zoom: 10 } },
      warning: null,
    },
    // Unknown, malformed or hostile ids: ignored with one warning, the rest of the URL applies.
    { search: '?event=nope', value: {}, warning: 'event "nope" is not an event of the story: ignored' },
    {
      search: '?event=nope&date=2022-01-07',
      value: { date: '2022-01-07' },
      warning: 'event "nope" is not an event of the story',
    },
    { search: '?event=AKIMAT-STORMED', value: {}, warning: 'is not an event of the story' },
    { search: '?event=%3Cimg%20src%3Dx%3E', value: {}, warning: 'event "<img src=x>" is not an event' },
    { search: '?event=', value: {}, warning: 'event "" is not an event of the story' },
    { search: `?event=${'a'.repeat(500)}`, value: {}, warning: 'longer than 100 characters' },
    {
      search: '?event=akimat-stormed&event=zhanaozen-2011',
      value: { event: 'akimat-stormed', date: '2022-01-05' },
      warning: '"event" is given 2 times: using the first',
    },
  ])('$search', ({ search, value, warning }) => {
    const parsed = parseUrlState(search, story);
    expect(parsed.value).toEqual(value);
    if (warning) expect(parsed.warnings).toEqual([expect.stringContaining(warning)]);
    else expect(parsed.warnings).toEqual([]);
  });

  it('before the story is known, an id is checked for its form only, and gives no date', () => {
    expect(parseUrlState('?event=akimat-stormed', range)).toEqual({ value: { event: 'akimat-stormed' }, warnings: [] });
    expect(parseUrlState('?event=a%22b', range).warnings).toEqual([
      'event "a"b" is not an event of the story: ignored',
    ]);
  });
});

describe('formatUrlState', () => {
  it('round-trips through parseUrlState', () => {
    const state = { date: '2022-01-06', mode: 'cumulative' as const, view: { lng: 76.9123, lat: 43.2567, zoom: 9.5 } };
    const search = formatUrlState(state);
    expect(search).toBe('?date=2022-01-06&mode=cumulative&view=76.9123,43.2567,9.50');
    expect(parseUrlState(search, range)).toEqual({ value: state, warnings: [] });
  });

  it('writes the selected event, and drops it once none is', () => {
    expect(formatUrlState({ date: '2022-01-05', event: 'akimat-stormed' }, '?lang=ru')).toBe(
      '?lang=ru&date=2022-01-05&event=akimat-stormed',
    );
    expect(formatUrlState({ date: '2022-01-05' }, '?event=akimat-stormed&lang=ru')).toBe('?lang=ru&date=2022-01-05');
  });

  it("keeps the page's other parameters and drops unset ones", () => {
    expect(formatUrlState({ date: '2022-01-03' }, '?lang=kk&mode=day')).toBe('?lang=kk&date=2022-01-03');
  });
});

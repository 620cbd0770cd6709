import { describe, expect, it } from 'vitest';
import { askCommands, readStep, stepCommands } from './steps.ts';

const story = { start: '2022-01-02', end: '2022-01-19', hasEvent: (id: string) => id === 'akimat-stormed' };

describe('stepCommands', () => {
  it.each([
    ['a date', { date: '2022-01-05' }, [{ type: 'date', date: '2022-01-05' }]],
    [
      'everything, mode first and the view last',
      { date: '2022-01-05', mode: 'day', view: '76.95,43.25,10', select: 'akimat-stormed' },
      [
        { type: 'mode', mode: 'day' },
        { type: 'date', date: '2022-01-05' },
        { type: 'select', id: 'akimat-stormed' },
        { type: 'view', view: { lng: 76.95, lat: 43.25, zoom: 10 }, animate: true },
      ],
    ],
    [
      'the story’s whole extent',
      { date: '2022-01-19', view: 'story' },
      [
        { type: 'date', date: '2022-01-19' },
        { type: 'view', view: 'story', animate: true },
      ],
    ],
  ])('%s', (_, ask, commands) => {
    expect(stepCommands(ask, story)).toEqual({ commands });
  });

  it.each([
    ['no date', {}, 'the step has no data-date'],
    ['a date that is none', { date: '2022-13-01' }, 'date "2022-13-01" is not a calendar date (YYYY-MM-DD)'],
    [
      'a date outside the story',
      { date: '2023-01-05' },
      'date 2023-01-05 is outside the story (2022-01-02 to 2022-01-19)',
    ],
    ['a malformed view', { date: '2022-01-05', view: '76.9,43' }, 'view "76.9,43" is not lng,lat,zoom or story'],
    ['a view off the map', { date: '2022-01-05', view: '76.9,95,4' }, 'view "76.9,95,4" is not lng,lat,zoom or story'],
    ['an unknown event', { date: '2022-01-05', select: 'nope' }, 'select "nope" is not an event of the story'],
    ['an unknown mode', { date: '2022-01-05', mode: 'all' }, 'mode "all" is not one of cumulative, day'],
  ])('ignores %s as a whole, saying why', (_, ask, warning) => {
    expect(stepCommands(ask, story)).toEqual({ warning });
  });
});

describe('askCommands', () => {
  it('a host message may ask for one thing alone', () => {
    expect(askCommands({ select: 'akimat-stormed' }, story)).toEqual({
      commands: [{ type: 'select', id: 'akimat-stormed' }],
    });
  });
});

describe('readStep', () => {
  it('reads the data attributes, null where absent', () => {
    const attrs: Record<string, string> = { 'data-date': '2022-01-05', 'data-view': 'story' };
    expect(readStep({ getAttribute: (n) => attrs[n] ?? null })).toEqual({
      date: '2022-01-05',
      mode: null,
      view: 'story',
      select: null,
    });
  });
});

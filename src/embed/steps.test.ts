import { describe, expect, it } from 'vitest';
import { askCommands, readStep, stepCommands } from './steps.ts';

const story = {
  start: '2022-01-02',
  end: '2022-01-19',
  hasEvent: (id: string) => id === 'akimat-stormed',
  categories: ['protest', 'seizure', 'security', 'csto', 'political', 'casualties'],
};
/** What every step without layers ends with: the page's own. */
const pageLayers = { type: 'layers', layers: null };
/** What every step without data-select says: nothing selected. */
const noSelection = { type: 'select', id: null };

describe('stepCommands', () => {
  it.each([
    ['a date', { date: '2022-01-05' }, [{ type: 'date', date: '2022-01-05' }, noSelection, pageLayers]],
    [
      'everything, mode first, then the view, the layers last',
      { date: '2022-01-05', mode: 'day', view: '76.95,43.25,10', select: 'akimat-stormed', layers: 'protest,seizure' },
      [
        { type: 'mode', mode: 'day' },
        { type: 'date', date: '2022-01-05' },
        { type: 'select', id: 'akimat-stormed' },
        { type: 'view', view: { lng: 76.95, lat: 43.25, zoom: 10 }, animate: true },
        { type: 'layers', layers: ['protest', 'seizure'] },
      ],
    ],
    [
      'the story’s whole extent',
      { date: '2022-01-19', view: 'story' },
      [{ type: 'date', date: '2022-01-19' }, noSelection, { type: 'view', view: 'story', animate: true }, pageLayers],
    ],
    [
      'one layer, spaces and all',
      { date: '2022-01-07', layers: ' csto ' },
      [{ type: 'date', date: '2022-01-07' }, noSelection, { type: 'layers', layers: ['csto'] }],
    ],
    [
      'an empty data-layers: the page’s',
      { date: '2022-01-07', layers: '' },
      [{ type: 'date', date: '2022-01-07' }, noSelection, pageLayers],
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
    [
      'a view off the world',
      { date: '2022-01-05', view: '76.9,95,4' },
      'view "76.9,95,4" is outside the map (40,35,95,60)',
    ],
    [
      "a view outside the map's box",
      { date: '2022-01-05', view: '200,100,30' },
      'view "200,100,30" is outside the map (40,35,95,60)',
    ],
    [
      'a zoom past the map’s',
      { date: '2022-01-05', view: '76.9,43.2,30' },
      'view "76.9,43.2,30" has a zoom outside 0 to 18',
    ],
    ['an unknown event', { date: '2022-01-05', select: 'nope' }, 'select "nope" is not an event of the story'],
    ['an unknown mode', { date: '2022-01-05', mode: 'all' }, 'mode "all" is not one of cumulative, day'],
    [
      'an unknown event, with good layers',
      { date: '2022-01-05', select: 'nope', layers: 'csto' },
      'select "nope" is not an event of the story',
    ],
  ])('ignores %s as a whole, saying why', (_, ask, warning) => {
    expect(stepCommands(ask, { ...story, maxBounds: [40, 35, 95, 60] })).toEqual({ warning });
  });

  const date = { type: 'date', date: '2022-01-07' };
  it.each([
    [
      'an unknown layer among known ones: the known ones',
      'csto,nukes',
      [date, noSelection, { type: 'layers', layers: ['csto'] }],
      'layers "csto,nukes": "nukes" is not a layer of the story (protest, seizure, security, csto, political, casualties)',
    ],
    [
      'only unknown layers: the page’s',
      'nukes,Protest',
      [date, noSelection, pageLayers],
      'layers "nukes,Protest": "nukes", "Protest" are not layers of the story (protest, seizure, security, csto, political, casualties)',
    ],
  ])('applies the rest of a step with %s, saying what was left out', (_, layers, commands, partly) => {
    expect(stepCommands({ date: '2022-01-07', layers }, story)).toEqual({ commands, partly });
  });
});

describe('askCommands', () => {
  it('a host message may ask for one thing alone, and leaves the layers as they are', () => {
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
      layers: null,
    });
  });

  it('reads data-layers as written: the map checks it against its story', () => {
    const attrs: Record<string, string> = { 'data-date': '2022-01-07', 'data-layers': 'csto, nukes' };
    expect(readStep({ getAttribute: (n) => attrs[n] ?? null }).layers).toBe('csto, nukes');
  });
});

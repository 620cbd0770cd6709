import { describe, expect, it } from 'vitest';
import type { BuiltOverlay, StoryEventProperties } from '../story/built.ts';
import { legendItems } from './legend.ts';

const categories = [
  { id: 'protest', label: 'Protest', color: '#e69f00' },
  { id: 'csto', label: 'CSTO', color: '#cc79a7' },
];
const days = { day: 1, endDay: 2 };
const overlays: BuiltOverlay[] = [
  { kind: 'line', id: 'border', line: 'border', label: 'Kazakhstan–Russia border' },
  { kind: 'regions', id: 'west', regions: ['mangystau'], label: 'Where the protests began', ...days },
  { kind: 'regions', id: 'soe-1', regions: ['aktobe'], label: 'State of emergency', ...days },
  { kind: 'regions', id: 'soe-2', regions: ['almaty'], label: 'State of emergency', ...days },
  { kind: 'regions', id: 'unnamed', regions: ['atyrau'], ...days },
  { kind: 'countries', id: 'ru', countries: ['RU'], category: 'csto', ...days },
  { kind: 'countries', id: 'by', countries: ['BY'], category: 'csto', ...days },
  { kind: 'route', id: 'ru-route', from: [43, 52], to: [77, 43], category: 'csto', ...days },
  { kind: 'inset', id: 'inset', title: 'Almaty', bbox: [76.85, 43.18, 77.1, 43.4] },
];
const event = (placeType: string) => ({ placeType }) as StoryEventProperties;

describe('legendItems', () => {
  it('keys every category, the marks the story draws and each overlay label once, in the story’s order', () => {
    expect(legendItems(categories, overlays, [event('city'), event('country')], 'cumulative')).toEqual([
      { mark: 'dot', color: '#e69f00', label: 'Protest' },
      { mark: 'dot', color: '#cc79a7', label: 'CSTO' },
      { mark: 'national' },
      { mark: 'new' },
      { mark: 'faded' },
      { mark: 'line', label: 'Kazakhstan–Russia border' },
      { mark: 'area', label: 'Where the protests began' },
      { mark: 'area', label: 'State of emergency' },
      { mark: 'countries', color: '#cc79a7', category: 'CSTO' },
      { mark: 'route', color: '#cc79a7', category: 'CSTO' },
    ]);
  });

  it.each([
    {
      what: 'no ring for national events when no event stands on a country',
      events: [event('city')],
      mode: 'cumulative' as const,
      absent: 'national',
    },
    { what: 'no fading when only the day is shown', events: [event('country')], mode: 'day' as const, absent: 'faded' },
  ])('$what', ({ events, mode, absent }) => {
    expect(legendItems(categories, overlays, events, mode).map((i) => i.mark)).not.toContain(absent);
  });

  it('leaves out an overlay whose category the story does not have', () => {
    const stray: BuiltOverlay = { kind: 'route', id: 'x', from: [0, 0], to: [1, 1], category: 'gone', ...days };
    expect(legendItems(categories, [stray], [], 'day')).toEqual([
      { mark: 'dot', color: '#e69f00', label: 'Protest' },
      { mark: 'dot', color: '#cc79a7', label: 'CSTO' },
      { mark: 'new' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { addDays, eachDay, toDayNumber } from '../model/dates.ts';
import { isNew, isShown, type Dated } from '../model/visibility.ts';
import { deployedFilter, ageOpacity, newFilter, shownFilter, timeLayers } from './time-layers.ts';

const events: Dated[] = [{ date: '2022-01-02' }, { date: '2022-01-05' }, { date: '2022-01-06', end: '2022-01-19' }];
const days = eachDay('2022-01-01', '2022-01-21');
const modes = ['cumulative', 'day'] as const;

const asFeature = (e: Dated) => ({
  type: 1 as const,
  properties: { day: toDayNumber(e.date), endDay: toDayNumber(e.end ?? e.date), name: 'Russia' },
  geometry: [],
});
const passes = (filter: FilterSpecification, state: Record<string, unknown>, feature = {}) =>
  featureFilter(filter, 'filter', state).filter({ zoom: 4 }, feature as never);

describe('the map follows the same rule as the panel', () => {
  it.each(modes)('shownFilter agrees with isShown on every day, mode %s', (mode) => {
    for (const day of days)
      for (const e of events) {
        const state = { day: toDayNumber(day), mode };
        expect(passes(shownFilter, state, asFeature(e)), `${e.date}..${e.end} on ${day}`).toBe(isShown(e, day, mode));
        expect(passes(newFilter, state, asFeature(e))).toBe(isNew(e, day));
      }
  });
});

describe('ageOpacity', () => {
  const opacity = (day: string) =>
    createExpression(ageOpacity, 'paint', { type: 'number' } as never, { day: toDayNumber(day) });
  it.each([
    { daysAfterEnd: -3, expected: 1 },
    { daysAfterEnd: 0, expected: 1 },
    { daysAfterEnd: 7, expected: 0.35 },
    { daysAfterEnd: 30, expected: 0.35 },
  ])('$daysAfterEnd days after an event ended: $expected', ({ daysAfterEnd, expected }) => {
    const e = { date: '2022-01-05' };
    const expr = opacity(addDays(e.date, daysAfterEnd));
    if (expr.result !== 'success') throw new Error(JSON.stringify(expr.value));
    expect(expr.value.evaluate({ zoom: 4 }, asFeature(e) as never)).toBeCloseTo(expected);
  });
});

describe('deployedFilter', () => {
  const spans = [{ country: 'Russia', day: toDayNumber('2022-01-06'), endDay: toDayNumber('2022-01-19') }];
  const lit = (name: string, day: string) =>
    passes(deployedFilter(spans), { day: toDayNumber(day) }, { type: 3, properties: { name }, geometry: [] });
  it.each([
    { name: 'Russia', day: '2022-01-05', expected: false },
    { name: 'Russia', day: '2022-01-06', expected: true },
    { name: 'Russia', day: '2022-01-19', expected: true },
    { name: 'Russia', day: '2022-01-20', expected: false },
    { name: 'Armenia', day: '2022-01-10', expected: false },
  ])('$name on $day: $expected', ({ name, day, expected }) => {
    expect(lit(name, day)).toBe(expected);
  });

  it('lights nothing when no country deploys', () => {
    expect(passes(deployedFilter([]), { day: 0 }, { type: 3, properties: { name: 'Russia' }, geometry: [] })).toBe(
      false,
    );
  });
});

describe('timeLayers', () => {
  it('has unique ids', () => {
    const ids = timeLayers([]).map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

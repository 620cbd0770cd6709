import { describe, expect, it } from 'vitest';
import { countByDay, fadeAfter, indexByDay, isActive, isNew, isShown, type Dated } from './visibility.ts';

const protest: Dated = { date: '2022-01-02' };
const deployment: Dated = { date: '2022-01-06', end: '2022-01-19' };

describe('isShown', () => {
  it.each([
    // event, day, cumulative, that day only
    { e: protest, day: '2022-01-01', cumulative: false, day_: false },
    { e: protest, day: '2022-01-02', cumulative: true, day_: true },
    { e: protest, day: '2022-01-05', cumulative: true, day_: false },
    { e: deployment, day: '2022-01-05', cumulative: false, day_: false },
    { e: deployment, day: '2022-01-06', cumulative: true, day_: true },
    { e: deployment, day: '2022-01-12', cumulative: true, day_: true },
    { e: deployment, day: '2022-01-19', cumulative: true, day_: true },
    { e: deployment, day: '2022-01-20', cumulative: true, day_: false },
  ])('$e.date..$e.end on $day', ({ e, day, cumulative, day_ }) => {
    expect(isShown(e, day, 'cumulative')).toBe(cumulative);
    expect(isShown(e, day, 'day')).toBe(day_);
    expect(isActive(e, day)).toBe(day_);
  });

  it('marks an event new only on its first day', () => {
    expect([isNew(deployment, '2022-01-06'), isNew(deployment, '2022-01-07')]).toEqual([true, false]);
  });
});

describe('countByDay', () => {
  it('counts events by the day they begin, ignoring days outside the list', () => {
    const events: Dated[] = [protest, protest, deployment, { date: '2021-12-31' }];
    expect(countByDay(events, ['2022-01-02', '2022-01-03', '2022-01-06'])).toEqual([2, 0, 1]);
  });
});

describe('indexByDay', () => {
  const days = ['2022-01-02', '2022-01-03', '2022-01-04', '2022-01-05'];
  it.each([
    { name: 'no events', events: [] },
    { name: 'one a day', events: days.map((date) => ({ date })) },
    {
      name: 'spans, before, across and after the days',
      events: [
        { date: '2021-12-16' },
        { date: '2021-12-30', end: '2022-01-03' },
        { date: '2022-01-03', end: '2022-01-04' },
        { date: '2022-01-04', end: '2022-02-01' },
        { date: '2022-01-09' },
        { date: '2022-01-02' },
      ],
    },
  ])('agrees with isActive and isShown on every day: $name', ({ events }) => {
    const index = indexByDay(events as Dated[], days);
    days.forEach((day, i) => {
      expect(index.active[i]).toEqual(events.filter((e) => isActive(e, day)));
      expect(index.shown.day[i]).toBe(events.filter((e) => isShown(e, day, 'day')).length);
      expect(index.shown.cumulative[i]).toBe(events.filter((e) => isShown(e, day, 'cumulative')).length);
    });
  });
});

describe('fadeAfter', () => {
  it.each([
    [-1, 1],
    [0, 1],
    [3, 1 - (3 / 7) * 0.65],
    [7, 0.35],
    [30, 0.35],
  ])('%s days after its end: opacity %s', (days, expected) => {
    expect(fadeAfter(days)).toBeCloseTo(expected, 9);
  });
});

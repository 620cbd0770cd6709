import { describe, expect, it } from 'vitest';
import { countByDay, isActive, isNew, isShown, type Dated } from './visibility.ts';

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

import { describe, expect, it } from 'vitest';
import {
  addDays,
  clampDate,
  daysBetween,
  eachDay,
  formatLongDate,
  formatShortDate,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
} from './dates.ts';

describe('isIsoDate', () => {
  it.each([
    ['2022-01-05', true],
    ['2024-02-29', true],
    ['2022-02-29', false],
    ['2022-13-01', false],
    ['2022-1-5', false],
    ['2022-01-05T00:00', false],
    [' 2022-01-05', false],
    ['', false],
    [20220105, false],
    [null, false],
  ])('%j -> %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('day arithmetic, whatever the time zone', () => {
  it('runs in a zone away from UTC, where local-time parsing would shift dates', () => {
    expect(new Date(2022, 0, 5).getTimezoneOffset()).not.toBe(0);
  });

  it.each([
    { from: '2022-01-02', days: 1, to: '2022-01-03' },
    { from: '2022-01-31', days: 1, to: '2022-02-01' },
    { from: '2021-12-31', days: 1, to: '2022-01-01' },
    { from: '2022-01-19', days: -17, to: '2022-01-02' },
    { from: '2022-03-12', days: 2, to: '2022-03-14' }, // over a US daylight-saving change
  ])('$from + $days = $to', ({ from, days, to }) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it('round-trips day numbers', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2022-01-06'))).toBe('2022-01-06');
  });

  it('refuses what is not a date', () => {
    expect(() => toDayNumber('2022-02-30')).toThrow(/not a calendar date/);
  });

  it.each([
    { start: '2022-01-02', end: '2022-01-04', days: ['2022-01-02', '2022-01-03', '2022-01-04'] },
    { start: '2022-01-02', end: '2022-01-02', days: ['2022-01-02'] },
    { start: '2022-01-03', end: '2022-01-02', days: [] },
  ])('eachDay($start, $end)', ({ start, end, days }) => {
    expect(eachDay(start, end)).toEqual(days);
  });

  it.each([
    ['2021-12-30', '2022-01-02'],
    ['2022-01-10', '2022-01-10'],
    ['2022-02-01', '2022-01-19'],
  ])('clampDate(%s) -> %s', (input, expected) => {
    expect(clampDate(input, '2022-01-02', '2022-01-19')).toBe(expected);
  });
});

describe('formatting', () => {
  it.each([
    ['2022-01-02', '2 January 2022', '2 Jan'],
    ['2022-01-19', '19 January 2022', '19 Jan'],
  ])('%s', (iso, long, short) => {
    expect(formatLongDate(iso)).toBe(long);
    expect(formatShortDate(iso)).toBe(short);
  });
});

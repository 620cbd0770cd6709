import { describe, expect, it, vi } from 'vitest';
import { elementOptions } from './element-options.ts';

const from = (attrs: Partial<Record<string, string>>) => (name: string) => attrs[name] ?? null;

describe('elementOptions', () => {
  it.each([
    { attrs: {}, expected: { search: '', loading: 'lazy' } },
    {
      attrs: { date: '2022-01-05', mode: 'day', layers: 'csto', panel: 'false' },
      expected: { search: '?date=2022-01-05&mode=day&layers=csto&panel=false', loading: 'lazy' },
    },
    { attrs: { label: '  Map of the crisis ' }, expected: { search: '', label: 'Map of the crisis', loading: 'lazy' } },
    { attrs: { label: '   ' }, expected: { search: '', loading: 'lazy' } },
    { attrs: { loading: 'eager' }, expected: { search: '', loading: 'eager' } },
    { attrs: { loading: 'lazy' }, expected: { search: '', loading: 'lazy' } },
    { attrs: { 'data-x': '1', style: 'height: 1px' }, expected: { search: '', loading: 'lazy' } },
  ])('$attrs', ({ attrs, expected }) => {
    expect(elementOptions(from(attrs))).toEqual(expected);
  });

  it('warns once for a loading that is neither lazy nor eager, and loads lazily', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(elementOptions(from({ loading: 'soon' })).loading).toBe('lazy');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

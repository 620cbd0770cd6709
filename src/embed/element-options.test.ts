import { describe, expect, it, vi } from 'vitest';
import { elementOptions } from './element-options.ts';

const from = (attrs: Partial<Record<string, string>>) => (name: string) => attrs[name] ?? null;

describe('elementOptions', () => {
  it.each([
    { attrs: {}, expected: { search: '', loading: 'interaction' } },
    {
      attrs: { date: '2022-01-05', mode: 'day', layers: 'csto', panel: 'false' },
      expected: { search: '?date=2022-01-05&mode=day&layers=csto&panel=false', loading: 'interaction' },
    },
    {
      attrs: { label: '  Map of the crisis ' },
      expected: { search: '', label: 'Map of the crisis', loading: 'interaction' },
    },
    { attrs: { label: '   ' }, expected: { search: '', loading: 'interaction' } },
    { attrs: { loading: 'eager' }, expected: { search: '', loading: 'eager' } },
    { attrs: { loading: 'visible' }, expected: { search: '', loading: 'visible' } },
    { attrs: { loading: 'interaction' }, expected: { search: '', loading: 'interaction' } },
    // The option's old name for `visible`.
    { attrs: { loading: 'lazy' }, expected: { search: '', loading: 'visible' } },
    { attrs: { 'data-x': '1', style: 'height: 1px' }, expected: { search: '', loading: 'interaction' } },
  ])('$attrs', ({ attrs, expected }) => {
    expect(elementOptions(from(attrs))).toEqual(expected);
  });

  it("a link's event wins over the element's own event, date and view", () => {
    const attrs = from({ date: '2022-01-09', view: '76.9,43.2,9', event: 'csto-request', mode: 'day' });
    expect(elementOptions(attrs, 'akimat-stormed').search).toBe('?mode=day&event=akimat-stormed');
    expect(elementOptions(attrs).search).toBe('?date=2022-01-09&mode=day&view=76.9%2C43.2%2C9&event=csto-request');
  });

  it('warns once for a loading it does not know, and waits for the reader', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(elementOptions(from({ loading: 'soon' })).loading).toBe('interaction');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toBe(
      'Qantar: loading "soon" is not one of interaction, visible, eager: using interaction',
    );
    warn.mockRestore();
  });
});

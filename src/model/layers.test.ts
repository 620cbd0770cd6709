import { describe, expect, it } from 'vitest';
import { hiddenLayers, layerShown, readLayers } from './layers.ts';

const categories = ['protest', 'seizure', 'security', 'csto', 'political', 'casualties'];

describe('readLayers', () => {
  it.each([
    ['csto', ['csto'], []],
    ['protest,csto', ['protest', 'csto'], []],
    [' protest , csto ', ['protest', 'csto'], []],
    ['csto,,', ['csto'], []],
    ['csto,nukes', ['csto'], ['nukes']],
    ['CSTO', [], ['CSTO']],
    ['', [], []],
  ])('"%s"', (raw, layers, unknown) => {
    expect(readLayers(raw, categories)).toEqual({ layers, unknown });
  });
});

describe('hiddenLayers', () => {
  it.each([
    ['neither names any: all drawn', undefined, undefined, []],
    ['the page’s', ['protest', 'csto'], undefined, ['seizure', 'security', 'political', 'casualties']],
    ['the step’s', undefined, ['csto'], ['protest', 'seizure', 'security', 'political', 'casualties']],
    [
      'a step without layers: the page’s again',
      ['protest'],
      null,
      ['seizure', 'security', 'csto', 'political', 'casualties'],
    ],
    [
      'the step’s among the page’s',
      ['protest', 'csto'],
      ['csto', 'political'],
      ['protest', 'seizure', 'security', 'political', 'casualties'],
    ],
    ['a step outside the page’s: nothing of either', ['protest'], ['csto'], categories],
  ])('%s', (_, page, step, hidden) => {
    expect(hiddenLayers(categories, page, step)).toEqual(hidden);
  });
});

describe('layerShown', () => {
  it.each([
    ['csto', [], true],
    ['csto', ['protest'], true],
    ['csto', ['protest', 'csto'], false],
    [undefined, categories, true],
  ])('%s, hidden %j: %s', (category, hidden, shown) => {
    expect(layerShown(category, hidden)).toBe(shown);
  });
});

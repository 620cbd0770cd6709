import { describe, expect, it } from 'vitest';
import { passageFor, passagesFor } from './passages.ts';

const text = 'Headline here\n\nFirst sentence. The crowd “stormed the building” at night. Then it rained.\nLast one.';

describe('passageFor', () => {
  it.each([
    ['stormed the building', 'The crowd “stormed the building” at night.'],
    ['"stormed the building" at night. Then it', 'The crowd “stormed the building” at night. Then it rained.'],
    ['Headline here', 'Headline here'],
    ['LAST ONE', 'Last one.'],
    ['not in the text', null],
  ])('%j -> %j', (quote, expected) => {
    expect(passageFor(text, quote)).toBe(expected);
  });
});

describe('passagesFor', () => {
  it('keeps each passage once, in the order of the text', () => {
    expect(passagesFor(text, ['Last one', 'stormed', 'the building'], 'x')).toEqual([
      'The crowd “stormed the building” at night.',
      'Last one.',
    ]);
  });
  it('names the quote it cannot find', () => {
    expect(() => passagesFor(text, ['a missing quote'], 'seed.txt')).toThrow(
      'seed.txt: quote not found: a missing quote',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { historyFor, type Origin } from './commands.ts';

describe('historyFor', () => {
  it.each<[Origin, string]>([
    ['reader', 'push'],
    ['url', 'replace'],
    ['host', 'replace'],
    ['step', 'replace'],
    ['attribute', 'replace'],
  ])('%s -> %s', (origin, expected) => {
    expect(historyFor(origin)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { claimLabel } from './certainty.ts';

describe('claimLabel', () => {
  it.each([
    [{ certainty: 'reported' as const }, 'Reported'],
    [{ certainty: 'claimed' as const, certaintyBy: 'the government' }, 'Claimed by the government'],
    [{ certainty: 'disputed' as const }, 'Disputed'],
  ])('%j -> %s', (e, label) => {
    expect(claimLabel(e)).toBe(label);
  });
});

import { describe, expect, it } from 'vitest';
import { claimLabel } from './certainty.ts';
import { english } from '../i18n/i18n.ts';

describe('claimLabel', () => {
  it.each([
    [{ certainty: 'confirmed' as const }, 'Confirmed'],
    [{ certainty: 'reported' as const }, 'Reported'],
    [{ certainty: 'claimed' as const, certaintyBy: 'the government' }, 'Claimed by the government'],
    [{ certainty: 'disputed' as const }, 'Disputed'],
    [{ certainty: 'disputed' as const, certaintyBy: 'the articles' }, 'Disputed by the articles'],
  ])('%j -> %s', (e, label) => {
    expect(claimLabel(e, english)).toBe(label);
  });
});

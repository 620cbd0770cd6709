import type { StoryEventProperties } from '../story/schema.ts';

/** How sure the story is of an event, in words: 'Claimed by the government', 'Disputed' … */
export const claimLabel = (e: Pick<StoryEventProperties, 'certainty' | 'certaintyBy'>): string =>
  e.certainty === 'reported'
    ? 'Reported'
    : `${e.certainty === 'claimed' ? 'Claimed' : 'Disputed'}${e.certaintyBy ? ` by ${e.certaintyBy}` : ''}`;

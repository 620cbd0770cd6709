import type { StoryEventProperties } from '../story/built.ts';
import type { I18n } from '../i18n/i18n.ts';

/** How sure the story is of an event, in words: 'Confirmed', 'Claimed by the government', 'Disputed' … */
export function claimLabel(e: Pick<StoryEventProperties, 'certainty' | 'certaintyBy'>, i18n: I18n): string {
  const by = e.certaintyBy;
  switch (e.certainty) {
    case 'confirmed':
      return i18n.t('certainty.confirmed');
    case 'reported':
      return i18n.t('certainty.reported');
    case 'claimed':
      return by ? i18n.t('certainty.claimedBy', { by }) : i18n.t('certainty.claimed');
    case 'disputed':
      return by ? i18n.t('certainty.disputedBy', { by }) : i18n.t('certainty.disputed');
  }
}

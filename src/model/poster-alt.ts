import type { StoryEventCollection } from '../story/built.ts';
import type { I18n } from '../i18n/i18n.ts';
import { isShown } from './visibility.ts';

/**
 * What the story's poster shows, in words: its alt text, for the poster inside an embed, a snippet's
 * picture and where no script runs. The map, the date, how many events and where.
 */
export function posterAlt(story: StoryEventCollection, date: string, i18n: I18n): string {
  const shown = story.features.filter((f) => isShown(f.properties, date, 'cumulative'));
  const places = [...new Set(shown.map((f) => f.properties.placeName))];
  const listed = new Intl.ListFormat(i18n.lang, { type: 'conjunction' }).format(
    places.length > 4 ? [...places.slice(0, 3), '…'] : places,
  );
  return i18n.t('map.poster', {
    map: i18n.t('map.label', { title: story.story.title }),
    date: i18n.date(date),
    events: i18n.t('events.count', { count: shown.length }),
    places: listed,
  });
}

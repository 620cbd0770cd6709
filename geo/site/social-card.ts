import type { BaseData } from '../../src/static/base-data.ts';
import type { StoryEventCollection } from '../../src/story/built.ts';
import type { I18n } from '../../src/i18n/i18n.ts';
import { themes } from '../../src/theme/theme.ts';
import { staticMapSvg } from './static-map.ts';
import { titleBand } from '../../src/static/caption.ts';

/** The day on which most of the story's events begin: the moment the card shows. */
export function keyDate(story: StoryEventCollection): string {
  const counts = new Map<string, number>();
  for (const f of story.features)
    if (!f.properties.context) counts.set(f.properties.date, (counts.get(f.properties.date) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? story.story.start;
}

/** The social card, 1200 × 630: the map on the key date, with the story's title and the date over it. */
export function socialCard(base: BaseData, story: StoryEventCollection, i18n: I18n): string {
  const size = { width: 1200, height: 630 };
  const date = keyDate(story);
  const band = titleBand(story.story.title, i18n.date(date), themes.light, size.width);
  return staticMapSvg({ base, story, date, size, i18n, reliefHref: 'data/relief/region.png', extra: band });
}

import type { BaseData } from '../../src/static/base-data.ts';
import type { StoryEventCollection, StoryEventFeature } from '../../src/story/built.ts';
import type { I18n } from '../../src/i18n/i18n.ts';
import { themes, type Theme } from '../../src/theme/theme.ts';
import { staticMapSvg } from './static-map.ts';
import { titleBand } from '../../src/static/caption.ts';
import { esc } from '../../src/static/svg.ts';
import { cameraFor } from '../../src/static/mercator.ts';
import { clampDate } from '../../src/model/dates.ts';
import { EVENT_ZOOM } from '../../src/model/event-link.ts';

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

/** Noto Sans's letters average about this much of the type size across (bold, Latin and Cyrillic alike). */
const ADVANCE = 0.58;

/** Words into lines of at most `chars` characters; a word longer than a line stands on its own. */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= chars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The band over an event's card: its title on one or two lines (set smaller when two at full size do
 * not hold it, and cut with an ellipsis past that), and under it a line of smaller text.
 */
export function eventBand(title: string, under: string, theme: Theme, width: number): string {
  const room = width - 64;
  let size = 34;
  let lines = wrapWords(title, Math.floor(room / (size * ADVANCE)));
  if (lines.length > 2) {
    size = 28;
    const chars = Math.floor(room / (size * ADVANCE));
    lines = wrapWords(title, chars);
    if (lines.length > 2) lines = [lines[0], `${lines[1].slice(0, chars - 1)}…`];
  }
  const lead = Math.round(size * 1.2);
  const first = 16 + size;
  const below = first + lead * (lines.length - 1) + 28;
  const text = (y: number, t: string, s: number, fill: string, weight = '') =>
    `<text x="32" y="${y}" font-size="${s}"${weight} fill="${fill}">${esc(t)}</text>`;
  return [
    `<rect x="0" y="0" width="${width}" height="${below + 14}" fill="${theme.paper}" fill-opacity="0.92"/>`,
    ...lines.map((line, i) => text(first + i * lead, line, size, theme.ink, ' font-weight="600"')),
    text(below, under, 20, theme.muted),
  ].join('');
}

/**
 * An event's social card, 1200 × 630: the map at the event's first day (the story's first, for an
 * event before it), centred on it and ringed (the story's view for an event placed on a whole
 * country), with the event's title, its date and the story's title over it.
 */
export function eventCard(base: BaseData, story: StoryEventCollection, event: StoryEventFeature, i18n: I18n): string {
  const size = { width: 1200, height: 630 };
  const { start, end, bounds, maxBounds, title } = story.story;
  const e = event.properties;
  const [lng, lat] = event.geometry.coordinates;
  const zoom = Math.max(cameraFor(undefined, bounds, maxBounds, size).zoom, EVENT_ZOOM);
  const band = eventBand(e.title, `${i18n.date(e.date)} · ${title}`, themes.light, size.width);
  return staticMapSvg({
    base,
    story,
    date: clampDate(e.date, start, end),
    size,
    i18n,
    reliefHref: 'data/relief/region.png',
    extra: band,
    view: e.placeType === 'country' ? undefined : { lng, lat, zoom },
    selectedId: e.id,
  });
}

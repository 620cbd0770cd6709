/**
 * Our own words stay neutral: labels that take a side (officials' "terrorists", "bandits",
 * "militants") appear only inside quotation marks, attributed; loaded words never.
 */
import { describe, expect, it } from 'vitest';
import { isEvent } from '../../src/story/schema.ts';
import { loadStory } from './build-story.ts';

const story = loadStory();
/** Our text with every quoted passage taken out: what is left is in our own voice. */
const ownWords = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, '“…”');
const texts = story.features.filter(isEvent).flatMap((f) =>
  story.story.languages.flatMap((lang) => [
    { id: f.properties.id, field: 'title', text: f.properties.title[lang] },
    { id: f.properties.id, field: 'summary', text: f.properties.summary[lang] },
  ]),
);

describe('our own words', () => {
  it.each([
    ['an unattributed side’s label', /\b(terrorists?|bandits?|militants?|extremists?|thugs?)\b/i],
    ['a loaded word', /\b(swipes?|haste|hijack\w*|mobs?|rioters?|looters?)\b/i],
  ])('use no %s outside quotation marks', (_what, pattern) => {
    const found = texts.filter((t) => pattern.test(ownWords(t.text))).map((t) => `${t.id} ${t.field}: ${t.text}`);
    expect(found).toEqual([]);
  });
});

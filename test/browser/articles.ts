import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embedSnippet, type SnippetKind } from '../../src/embed/snippet.ts';
import { posterAlt } from '../../src/model/poster-alt.ts';
import { posterSize } from '../../src/static/poster.ts';
import { storyCredits } from '../../src/map/credits.ts';
import { PRERENDER_SIZE } from '../../src/app/prerender-size.ts';
import { posterFile } from '../../src/story/built.ts';
import { english } from '../../src/i18n/i18n.ts';
import type { StoryEventCollection } from '../../src/story/built.ts';

/**
 * A newsroom's article with the map in it, as the bench and the tests open it: a headline and twelve
 * paragraphs of plain CSS, with the map's own copied snippet (the copy-embed button's output) after the
 * first paragraph (on the first screen) or after two hundred (far below the fold), or no map at all.
 */
export type ArticleMap = Exclude<SnippetKind, 'picture'> | 'none';

const paragraph =
  'Officials said the measures would stay in place while the situation was assessed. Residents described long ' +
  'queues at fuel stations and shops that had closed early; some said they had not been able to reach relatives.';

/** The copy-embed button's snippet for the build in `dist`, served at `base`, on the story's first day. */
export function snippetFor(dist: string, base: string, kind: SnippetKind, state = {}): string {
  const story: StoryEventCollection = JSON.parse(readFileSync(join(dist, 'data/story.geojson'), 'utf8'));
  const { languages, start, title } = story.story;
  return embedSnippet(`${base}index.html`, state, kind, {
    lang: languages[0],
    title: english.t('map.label', { title }),
    pageDir: '',
    poster: {
      file: posterFile(languages[0], languages),
      alt: posterAlt(story, start, english),
      ...posterSize(PRERENDER_SIZE, storyCredits(story.story)),
    },
  });
}

export function articlePage(snippet: string, at: 'first' | 'far' | 'none'): string {
  const before = at === 'far' ? 200 : 1;
  const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${paragraph}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Fuel protests spread across the country</title>
<link rel="icon" href="data:," />
<style>body{font:18px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style>
</head>
<body>
<h1>Fuel protests spread across the country</h1>
${paragraphs(before)}
${at === 'none' ? '' : snippet}
${paragraphs(12 - Math.min(before, 12))}
</body>
</html>`;
}

/**
 * The embed code for the reader's moment (the copy buttons): an iframe, a web component, or a picture
 * linked to the full page, with the story's poster as the fallback. Loaded when a reader copies, never
 * before: the poster's size and alt text need the caption's layout and the story's words.
 */
import { embedSnippet, type SnippetKind } from '../embed/snippet.ts';
import { posterAlt } from '../model/poster-alt.ts';
import { posterSize } from '../static/poster.ts';
import { storyCredits } from '../map/credits.ts';
import { languageDir, posterFile } from '../story/built.ts';
import { PRERENDER_SIZE } from './prerender-size.ts';
import type { AppState } from './app-state.svelte.ts';

export function appSnippet(app: AppState, kind: SnippetKind): string {
  const collection = app.collection;
  const story = collection?.story;
  const lang = app.i18n.lang;
  const languages = story?.languages ?? [lang];
  const poster = story && {
    file: posterFile(lang, languages, app.options.theme),
    alt: posterAlt(collection, story.start, app.i18n),
    ...posterSize(PRERENDER_SIZE, storyCredits(story)),
  };
  return embedSnippet(
    app.config.base,
    { date: app.playback?.date, mode: app.playback?.mode, view: app.currentView() },
    kind,
    {
      lang,
      title: app.i18n.t('map.label', { title: story?.title ?? '' }),
      pageDir: languageDir(lang, languages),
      poster: poster ?? { file: '', alt: '', width: 0, height: 0 },
    },
  );
}

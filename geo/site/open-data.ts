/**
 * The story's open data, written into a built site from the authored story (issue 30): the downloads
 * in each language (download/<id>.<lang>.csv, .geojson, .json), the corrections list the page fetches
 * when a reader opens it (data/changes.json, changes.<lang>.json) and, when the story has methods, the
 * methods page in each language's folder. All of it is files apart from the page: none of it adds to
 * what the map loads at startup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { english, isLang } from '../../src/i18n/i18n.ts';
import { i18nFor } from '../../src/i18n/catalogues.ts';
import { changesFileName, DOWNLOADS, downloadPath, methodsPath } from '../../src/story/built.ts';
import type { Story } from '../../src/story/schema.ts';
import { jsonText } from '../io.ts';
import { storyCsv, storyGeoJson, storyJson } from '../story/export.ts';
import { resolveChangelog } from '../story/resolve.ts';
import { methodsPage } from './methods-page.ts';

/** The files, by their path in the site. */
export async function openDataFiles(story: Story): Promise<Record<string, string>> {
  const { id, languages } = story.story;
  const files: Record<string, string> = {};
  for (const lang of languages) {
    files[downloadPath(id, lang, 'csv')] = storyCsv(story, lang);
    files[downloadPath(id, lang, 'geojson')] = jsonText(storyGeoJson(story, lang));
    files[downloadPath(id, lang, 'json')] = jsonText(storyJson(story, lang));
    const changelog = resolveChangelog(story, lang);
    if (changelog.length) files[`data/${changesFileName(lang, languages)}`] = jsonText(changelog);
    if (!story.story.methods?.length) continue;
    const page = methodsPath(lang, languages);
    const root = page.includes('/') ? '../' : '';
    files[page] = methodsPage({
      story,
      lang,
      // A language the interface does not speak gets the story's text with English words around it.
      i18n: isLang(lang) ? await i18nFor(lang) : english,
      changelog,
      root,
      downloads: DOWNLOADS.map((d) => ({ format: d.label, href: downloadPath(id, lang, d.format) })),
      languages: languages.map((l) => ({ lang: l, href: root + methodsPath(l, languages) })),
    });
  }
  return files;
}

export async function writeOpenData(outDir: string, story: Story): Promise<void> {
  for (const [path, content] of Object.entries(await openDataFiles(story))) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
}

/**
 * Turns the authored story (geo/story/story.json) into what the map loads and what people read:
 * - public/data/story.geojson (and story.<lang>.geojson for each further language): one Point feature
 *   per event, at its place, with flat properties in that language;
 * - geo/CHRONOLOGY.md: the events by day, with their sources and quotes.
 * Both are committed; a test checks they match the story. Rebuild with `npx tsx geo/story/build-story.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { region } from '../region.ts';
import type { Bbox, Story } from '../../src/story/schema.ts';
import { changesFileName, sourcesFileName, storyFileName, type StoryEventCollection } from '../../src/story/built.ts';
import { parseStory } from '../../src/story/validate.ts';
import { readJson, writeJson } from '../io.ts';
import { articlesFile, buildArticles, hasSeeds, seedsDir } from './articles.ts';
import { renderChronology } from './chronology.ts';
import { SOURCE_CREDITS } from '../../src/map/credits.ts';
import { supportedZoom } from '../world/relief.ts';
import { type BaseInfo, resolveChangelog, resolveSources, resolveStory } from './resolve.ts';

export const storyFile = fileURLToPath(new URL('./story.json', import.meta.url));
export const dataDir = fileURLToPath(new URL('../../public/data/', import.meta.url));
export const geojsonFile = join(dataDir, 'story.geojson');
export const chronologyFile = fileURLToPath(new URL('../CHRONOLOGY.md', import.meta.url));

/** Reads and validates the story; throws with every problem listed if it is not valid. */
export function loadStory(file: string = storyFile): Story {
  const result = parseStory(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    throw new Error(
      `${file} is not a valid story (${result.errors.length} problems):\n  - ${result.errors.join('\n  - ')}`,
    );
  }
  return result.story;
}

/** The map-ready story in its first language (the default story's base map is clipped to the region's box). */
export const buildStory = (story: Story = loadStory(), lang = story.story.languages[0]): StoryEventCollection =>
  resolveStory(story, lang, defaultBase());

/** The relief image of the default base map: its manifest entry's box, and the zoom its width supports. */
const RELIEF = 'data/relief/region.png';

/**
 * The default story's base map, as `npm run geo` recorded it in data/manifest.json: the region's box, the
 * relief's box and the zoom its pixels support, and the sources of its files (those of the manifest, and
 * the countries, their labels and the border, which geo/build.ts writes from Natural Earth and OpenStreetMap).
 */
export function defaultBase(): BaseInfo {
  const maxBounds = region.clip as Bbox;
  const file = join(dataDir, 'manifest.json');
  if (!existsSync(file)) return { maxBounds, mapSources: ['naturalEarth', 'osm'] };
  const manifest = readJson<{
    files: Record<string, { bbox?: Bbox; sources: string[]; load: string; minzoom: number }>;
  }>(file);
  const relief = manifest.files[RELIEF]?.bbox;
  const sources = new Set(['naturalEarth', 'osm', ...Object.values(manifest.files).flatMap((f) => f.sources)]);
  return {
    maxBounds,
    relief,
    reliefMaxZoom: relief && supportedZoom(pngWidth(readFileSync(join(dataDir, '..', RELIEF))), relief[2] - relief[0]),
    mapSources: Object.keys(SOURCE_CREDITS).filter((k) => sources.has(k)),
    zoomFiles: Object.fromEntries(
      Object.entries(manifest.files).flatMap(([path, f]) => (f.load === 'zoom' ? [[path, f.minzoom]] : [])),
    ),
  };
}

/** A PNG's width, from its header (IHDR, bytes 16–19). */
const pngWidth = (png: Buffer): number => png.readUInt32BE(16);

/**
 * Writes public/data/story.geojson and geo/CHRONOLOGY.md from the story, and geo/story/articles.json
 * when the full articles are beside the repository (the quotes' passages and the files' hashes).
 */
export function writeStoryOutputs(): string[] {
  const story = loadStory();
  const written = story.story.languages.flatMap((lang) => {
    const file = join(dataDir, storyFileName(lang, story.story.languages));
    const sources = join(dataDir, sourcesFileName(lang, story.story.languages));
    writeJson(file, buildStory(story, lang));
    writeJson(sources, resolveSources(story, lang));
    // The corrections list, for the dev server; the site pipeline writes it from the story too (open-data.ts).
    const changes = join(dataDir, changesFileName(lang, story.story.languages));
    if (!story.story.changelog?.length) return [file, sources];
    writeJson(changes, resolveChangelog(story, lang));
    return [file, sources, changes];
  });
  writeFileSync(chronologyFile, renderChronology(story));
  if (!hasSeeds()) {
    console.warn(`${seedsDir} is absent: geo/story/articles.json was not rebuilt`);
    return [...written, chronologyFile];
  }
  writeFileSync(articlesFile, buildArticles(story));
  return [...written, chronologyFile, articlesFile];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`wrote ${writeStoryOutputs().join(', ')}`);
}

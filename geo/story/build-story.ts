/**
 * Turns the authored story (geo/story/story.json) into what the map loads and what people read:
 * - public/data/story.geojson: one Point feature per event, at its place, with flat properties;
 * - geo/CHRONOLOGY.md: the events by day, with their sources and quotes.
 * Both are committed; a test checks they match the story. Rebuild with `npx tsx geo/story/build-story.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toDayNumber } from '../../src/model/dates.ts';
import * as turf from '@turf/turf';
import { region } from '../region.ts';
import {
  type Bbox,
  isSeedSource,
  type ResolvedSource,
  type Source,
  type Story,
  type StoryEventCollection,
  type StoryEventFeature,
  type StoryMeta,
} from '../../src/story/schema.ts';
import { parseStory } from '../../src/story/validate.ts';
import { writeJson } from '../io.ts';
import { articlesFile, buildArticles, hasSeeds, seedsDir } from './articles.ts';
import { renderChronology } from './chronology.ts';
import { chronological, placesById } from './story-order.ts';

export const storyFile = fileURLToPath(new URL('./story.json', import.meta.url));
export const geojsonFile = fileURLToPath(new URL('../../public/data/story.geojson', import.meta.url));
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

function resolveSource(s: Source, meta: StoryMeta): ResolvedSource {
  if (isSeedSource(s)) {
    const { headline, outlet } = meta.sources[s.seed];
    return { kind: 'seed', seed: s.seed, headline, outlet, quote: s.quote };
  }
  const { name, url } = meta.references[s.reference];
  return { kind: 'reference', reference: s.reference, name, ...(url === undefined ? {} : { url }), note: s.note };
}

/** The box around the events' points. */
const extent = (features: StoryEventFeature[]): Bbox => turf.bbox({ type: 'FeatureCollection', features }) as Bbox;

/** The map-ready events: one Point feature per event, at its place (a country's representative point). */
export function buildStory(story: Story = loadStory()): StoryEventCollection {
  const places = placesById(story);
  const meta = story.story;
  const features = chronological(story).map((e): StoryEventFeature => {
    const place = places.get(e.place);
    if (!place) throw new Error(`event "${e.id}": place "${e.place}" is missing`);
    const p = place.properties;
    const country = e.country ?? p.country;
    return {
      type: 'Feature',
      properties: {
        id: e.id,
        date: e.date,
        ...(e.end === undefined ? {} : { end: e.end }),
        ...(e.time === undefined ? {} : { time: e.time }),
        day: toDayNumber(e.date),
        endDay: toDayNumber(e.end ?? e.date),
        category: e.category,
        placeId: p.id,
        placeName: p.name,
        placeType: p.placeType,
        ...(country === undefined ? {} : { country }),
        ...(e.destination === undefined ? {} : { destination: e.destination }),
        title: e.title,
        summary: e.summary,
        certainty: e.certainty.status,
        ...(e.certainty.by === undefined ? {} : { certaintyBy: e.certainty.by }),
        context: e.context ?? false,
        sources: e.sources.map((s) => resolveSource(s, meta)),
        ...(e.figures === undefined ? {} : { figures: e.figures }),
        ...(e.readings === undefined ? {} : { readings: e.readings }),
        ...(e.note === undefined ? {} : { note: e.note }),
      },
      geometry: { type: 'Point', coordinates: [place.geometry.coordinates[0], place.geometry.coordinates[1]] },
    };
  });
  return {
    type: 'FeatureCollection',
    story: {
      id: meta.id,
      title: meta.title,
      start: meta.start,
      end: meta.end,
      timeZone: meta.timeZone,
      ...(meta.inset === undefined ? {} : { inset: meta.inset }),
      bounds: meta.bounds ?? extent(features),
      maxBounds: region.clip as Bbox,
    },
    features,
  };
}

/**
 * Writes public/data/story.geojson and geo/CHRONOLOGY.md from the story, and geo/story/articles.json
 * when the full articles are beside the repository (the quotes' passages and the files' hashes).
 */
export function writeStoryOutputs(): string[] {
  const story = loadStory();
  writeJson(geojsonFile, buildStory(story));
  writeFileSync(chronologyFile, renderChronology(story));
  if (!hasSeeds()) {
    console.warn(`${seedsDir} is absent: geo/story/articles.json was not rebuilt`);
    return [geojsonFile, chronologyFile];
  }
  writeFileSync(articlesFile, buildArticles(story));
  return [geojsonFile, chronologyFile, articlesFile];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`wrote ${writeStoryOutputs().join(', ')}`);
}

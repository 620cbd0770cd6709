import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Story } from '../../src/story/schema.ts';
import { parseStory } from '../../src/story/validate.ts';
import { loadStory } from './build-story.ts';
import { storyCsv, storyGeoJson, storyJson, sourceCells } from './export.ts';
import { NO_SOURCE } from './from-import.ts';
import { readInput } from './read-input.ts';
import { resolveSources, resolveStory, type BaseInfo } from './resolve.ts';

const tmp = mkdtempSync(join(tmpdir(), 'qantar-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** Downloads and their round trip need no base map: the whole world, drawing nothing. */
const WORLD: BaseInfo = { maxBounds: [-180, -90, 180, 90], mapSources: [] };
const story = loadStory();
const secondStory = new URL('../../test/fixtures/second-story/events.csv', import.meta.url).pathname;

/** What `npm run story` makes of a CSV written to disk (as `name`). */
function rebuild(csv: string, name: string): Story {
  const file = join(tmp, name);
  writeFileSync(file, csv);
  const read = readInput(file);
  if ('errors' in read) throw new Error(read.errors.join('\n'));
  return read.story;
}

/** The events as a CSV row holds them: the fields the round trip must keep, in the story's first language. */
function rowFields(s: Story) {
  const lang = s.story.languages[0];
  const built = resolveStory(s, lang, WORLD);
  const sources = resolveSources(s, lang);
  const category = new Map(built.story.categories.map((c) => [c.id, c.label]));
  return built.features.map(({ properties: p, geometry }) => ({
    id: p.id,
    date: p.date,
    end: p.end,
    time: p.time,
    title: p.title,
    summary: p.summary,
    note: p.note,
    category: category.get(p.category),
    place: p.placeName,
    point: geometry.coordinates,
    certainty: p.certainty,
    by: p.certaintyBy,
    extra: p.extra ?? [],
    sources: sources[p.id]
      .filter((x) => !(x.kind === 'reference' && x.reference === NO_SOURCE.id))
      .map(sourceCells)
      .map(([name, url, quote]) => ({ name, url: url || undefined, quote: quote || undefined })),
  }));
}

describe('the CSV download', () => {
  it.each(story.story.languages)('in %s, given back to `npm run story`, builds the same events', (lang) => {
    const csv = storyCsv(story, lang);
    const again = rebuild(csv, `story.${lang}.csv`);
    const expected = rowFields({ ...story, story: { ...story.story, languages: [lang] } });
    expect(rowFields(again)).toEqual(expected);
    // Every source of every event, all 73+ of them, is in the file: none is dropped for want of a column.
    expect(expected.flatMap((e) => e.sources)).toHaveLength(
      story.features.flatMap((f) => (f.properties.kind === 'event' ? f.properties.sources : [])).length,
    );
  });

  it('uses only columns `npm run story` reads, source_2… as far as the most-sourced event needs', () => {
    const [header] = Papa.parse<string[]>(storyCsv(story, 'en').trim()).data;
    expect(header.slice(0, 17)).toEqual(
      'id,date,end,time,title,summary,note,category,place,country,lat,lon,certainty,claimed_by,source,url,quote'.split(
        ',',
      ),
    );
    const most = Math.max(
      ...story.features.map((f) => (f.properties.kind === 'event' ? f.properties.sources.length : 0)),
    );
    expect(header.slice(17)).toEqual(
      Array.from({ length: most - 1 }, (_, i) => [`source_${i + 2}`, `url_${i + 2}`, `quote_${i + 2}`]).flat(),
    );
  });

  it('a spreadsheet story comes back as the same file, its own columns and folded categories with it', () => {
    const dir = mkdtempSync(join(tmp, 'second-'));
    copyFileSync(secondStory, join(dir, 'events.csv'));
    const imported = readInput(join(dir, 'events.csv'));
    if ('errors' in imported) throw new Error(imported.errors.join('\n'));
    const first = storyCsv(imported.story, 'en');
    const second = storyCsv(rebuild(first, 'second.csv'), 'en');
    expect(second).toBe(first);
    expect(rowFields(rebuild(first, 'second-again.csv'))).toEqual(rowFields(imported.story));
  });

  it('writes a cell a spreadsheet would run as a formula with an apostrophe, and keeps negative numbers', () => {
    const [event] = story.features.filter((f) => f.properties.kind === 'event');
    const place = story.features.find((f) => f.properties.id === (event.properties as { place: string }).place)!;
    const bad: Story = structuredClone({ ...story, story: { ...story.story, overlays: [] }, features: [place, event] });
    const [p, e] = bad.features;
    (p.geometry as { coordinates: number[] }).coordinates = [-0.5, 51.5];
    (e.properties as { title: Record<string, string> }).title.en = '=HYPERLINK("http://x")';
    const [, row] = Papa.parse<string[]>(storyCsv(bad, 'en').trim()).data;
    expect(row[4]).toBe('\'=HYPERLINK("http://x")');
    expect(row[11]).toBe('-0.5');
  });
});

describe('the JSON download', () => {
  it.each(story.story.languages)('in %s is a valid story in that language alone, building the same', (lang) => {
    const json = storyJson(story, lang);
    const parsed = parseStory(JSON.parse(JSON.stringify(json)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(json.story.languages).toEqual([lang]);
    expect({ ...resolveStory(json, lang, WORLD).story, languages: [] }).toEqual({
      ...resolveStory(story, lang, WORLD).story,
      languages: [],
    });
    expect(resolveStory(json, lang, WORLD).features).toEqual(resolveStory(story, lang, WORLD).features);
    expect(resolveSources(json, lang)).toEqual(resolveSources(story, lang));
  });
});

describe('the GeoJSON download', () => {
  it('has a Point per event with its sources and changes, in the language asked for', () => {
    const geo = storyGeoJson(story, 'ru') as {
      story: { lang: string; title: string };
      features: { geometry: { type: string }; properties: { sources: unknown[]; changes?: unknown[] } }[];
    };
    const events = story.features.filter((f) => f.properties.kind === 'event');
    expect(geo.story.lang).toBe('ru');
    expect(geo.story.title).toBe(story.story.title.ru);
    expect(geo.features).toHaveLength(events.length);
    expect(geo.features.every((f) => f.geometry.type === 'Point' && f.properties.sources.length > 0)).toBe(true);
    const changed = new Set((story.story.changelog ?? []).flatMap((c) => c.events ?? []));
    expect(geo.features.filter((f) => f.properties.changes?.length)).toHaveLength(changed.size);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { toDayNumber } from '../../src/model/dates.ts';
import { isEvent, isPlace, type Story } from '../../src/story/schema.ts';
import type { Feature, FeatureCollection, Point } from 'geojson';
import * as turf from '@turf/turf';
import { buildStory, chronologyFile, dataDir, loadStory } from './build-story.ts';
import { sourcesFileName, storyFileName } from '../../src/story/built.ts';
import { resolveSources } from './resolve.ts';
import { join } from 'node:path';
import { renderChronology } from './chronology.ts';

const REBUILD = 'run npx tsx geo/story/build-story.ts';
const readOrEmpty = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

const story = loadStory();
const built = buildStory(story);

describe('committed story outputs', () => {
  it('geo/CHRONOLOGY.md matches the story', () => {
    expect(readOrEmpty(chronologyFile), `geo/CHRONOLOGY.md is out of date: ${REBUILD}`).toBe(renderChronology(story));
  });

  it.each(story.story.languages)('public/data has the story and its sources in %s', (lang) => {
    const file = storyFileName(lang, story.story.languages);
    expect(readOrEmpty(join(dataDir, file)), `public/data/${file} is out of date: ${REBUILD}`).toBe(
      JSON.stringify(buildStory(story, lang)) + '\n',
    );
    const sourcesFile = sourcesFileName(lang, story.story.languages);
    expect(readOrEmpty(join(dataDir, sourcesFile)), `public/data/${sourcesFile} is out of date: ${REBUILD}`).toBe(
      JSON.stringify(resolveSources(story, lang)) + '\n',
    );
  });
});

describe('buildStory', () => {
  const events = story.features.filter(isEvent);
  const places = new Map(story.features.filter(isPlace).map((p) => [p.properties.id, p]));

  it('makes one point feature per event, at its place', () => {
    expect(built.features).toHaveLength(events.length);
    for (const f of built.features) {
      const place = places.get(f.properties.placeId)!;
      expect(f.geometry).toEqual({ type: 'Point', coordinates: place.geometry.coordinates });
      expect(f.properties.placeName).toBe(place.properties.name.en);
    }
  });

  it('orders the events by date', () => {
    const dates = built.features.map((f) => f.properties.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('never draws an event placed on a country as if it happened in its capital', () => {
    const labels = JSON.parse(readFileSync(join(dataDir, 'labels.geojson'), 'utf8')) as FeatureCollection<Point>;
    const capitals = labels.features.filter((f: Feature<Point>) => f.properties?.capital);
    const national = built.features.filter((f) => f.properties.placeType === 'country');
    expect(national.length).toBeGreaterThan(10);
    for (const f of national)
      for (const c of capitals)
        expect(turf.distance(f.geometry, c.geometry), `${f.properties.id} and ${c.properties?.name}`).toBeGreaterThan(
          25,
        );
  });

  it('carries day numbers for the map’s time filters', () => {
    for (const { properties: p } of built.features) {
      expect(p.day).toBe(toDayNumber(p.date));
      expect(p.endDay).toBe(toDayNumber(p.end ?? p.date));
      expect(p.endDay).toBeGreaterThanOrEqual(p.day);
    }
  });

  const sources = resolveSources(story, 'en');
  it('resolves every source into the sources file, so the map needs nothing else to show it', () => {
    for (const { properties: p } of built.features) {
      expect(sources[p.id]).toHaveLength(p.sourceCount);
      expect(p.sourceCount).toBeGreaterThan(0);
      for (const s of sources[p.id]) {
        if (s.kind === 'seed') expect(s.headline && s.outlet && s.quote).toBeTruthy();
        else expect(s.name).toBeTruthy();
      }
    }
  });

  it('rests the place and the date of every event on a source that supports them', () => {
    for (const { properties: p } of built.features.filter((f) => !f.properties.context))
      for (const kind of ['place', 'date'] as const)
        expect(
          sources[p.id].some((s) => s.supports.includes(kind)),
          `${p.id}: ${kind}`,
        ).toBe(true);
  });

  const overlays = built.story.overlays;
  it('lights each CSTO country while its contingent is deployed, the last leaving on 19 January', () => {
    const lit = overlays.flatMap((o) => (o.kind === 'countries' ? o.countries.map((c) => ({ c, o })) : []));
    expect(lit.map((x) => x.c).sort()).toEqual(['AM', 'BY', 'KG', 'RU', 'TJ']);
    expect(Math.max(...lit.map((x) => x.o.endDay))).toBe(toDayNumber('2022-01-19'));
    for (const { o } of lit) expect(o.day).toBeGreaterThanOrEqual(toDayNumber('2022-01-06'));
  });

  it('routes each contingent from its country’s point to Almaty', () => {
    const almaty = places.get('almaty')!.geometry.coordinates;
    const routes = overlays.filter((o) => o.kind === 'route');
    expect(routes).toHaveLength(5);
    for (const r of routes) expect(r.to).toEqual(almaty);
  });

  it('has a detail inset around the Almaty sites', () => {
    const inset = overlays.find((o) => o.kind === 'inset')!;
    const [w, s, e, n] = inset.bbox;
    const sites = built.features.filter((f) => ['building', 'airport'].includes(f.properties.placeType));
    expect(new Set(sites.map((f) => f.properties.placeId)).size).toBe(3);
    for (const f of sites) {
      const [lng, lat] = f.geometry.coordinates;
      expect(lng > w && lng < e && lat > s && lat < n, f.properties.id).toBe(true);
    }
  });

  it('uses only the known categories, and covers all of them', () => {
    const used = new Set(built.features.map((f) => f.properties.category));
    expect([...used].sort()).toEqual(built.story.categories.map((c) => c.id).sort());
  });
});

describe('renderChronology', () => {
  const md = renderChronology(story);

  it('has a heading for each day with events, in order', () => {
    const days = [...md.matchAll(/^## \w+day (\d+ \w+ \d{4})$/gm)].map((m) => m[1]);
    const expected = [...new Set(built.features.map((f) => f.properties.date))];
    expect(days).toHaveLength(expected.length);
    expect(days[0]).toBe('16 December 2011');
    expect(days).toContain('5 January 2022');
  });

  it('shows each event with its date, place, category, certainty and sources', () => {
    for (const { properties: p } of built.features) {
      const start = md.indexOf(`### ${p.title.replace(/([\\`*_|<>[\]])/g, '\\$1')}`);
      expect(start, p.id).toBeGreaterThan(-1);
      const block = md.slice(start, md.indexOf('\n### ', start + 1));
      expect(block).toMatch(/- \*\*When:\*\* \d+ \w+ \d{4}/);
      expect(block).toContain(`- **Where:** `);
      expect(block).toContain(`- **Category:** ${p.category}`);
      expect(block).toContain('- **Certainty:** ');
      expect(block).toContain('Sources:');
    }
  });

  it('shows claims as claims, with who makes them', () => {
    expect(md).toMatch(/\*\*claimed\*\*: shown as their claim, not as established fact \(by .+\)/);
    expect(md).toMatch(/\*\*disputed\*\*: the sources give rival accounts, listed under Readings/);
    expect(md).toContain('**Published, then withdrawn.**');
  });

  it('quotes seeds by file name and headline, and names references', () => {
    expect(md).toContain('`004_0888f38a528ebc6b.txt`, “Russia’s Kazakhstan Action Shows It’s Still the Key Player');
    expect(md).toMatch(
      /Reference: TASS, 5 January 2022: .* <https:\/\/tass\.com\/world\/\d+>\. .*Supports: (event|place|date)/,
    );
  });

  it('shows a lasting event with its end, and background events as background', () => {
    expect(md).toContain('- **When:** 5 January 2022 to 18 January 2022');
    expect(md).toContain('### The price of car gas doubles *(background)*');
  });

  it('changes when the story changes', () => {
    const edited: Story = structuredClone(story);
    const first = edited.features.find(isEvent)!;
    first.properties.title = { en: 'An edited title' };
    expect(renderChronology(edited)).not.toBe(md);
    expect(renderChronology(edited)).toContain('### An edited title');
  });
});

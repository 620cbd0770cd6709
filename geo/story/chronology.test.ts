import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { toDayNumber } from '../../src/model/dates.ts';
import { categories, isEvent, isPlace, type Story } from '../../src/story/schema.ts';
import { buildStory, chronologyFile, geojsonFile, loadStory } from './build-story.ts';
import { renderChronology } from './chronology.ts';

const REBUILD = 'run npx tsx geo/story/build-story.ts';
const readOrEmpty = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

const story = loadStory();
const built = buildStory(story);

describe('committed story outputs', () => {
  it('geo/CHRONOLOGY.md matches the story', () => {
    expect(readOrEmpty(chronologyFile), `geo/CHRONOLOGY.md is out of date: ${REBUILD}`).toBe(renderChronology(story));
  });

  it('public/data/story.geojson matches the story', () => {
    expect(readOrEmpty(geojsonFile), `public/data/story.geojson is out of date: ${REBUILD}`).toBe(
      JSON.stringify(buildStory()) + '\n',
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
      expect(f.properties.placeName).toBe(place.properties.name);
    }
  });

  it('orders the events by date', () => {
    const dates = built.features.map((f) => f.properties.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives country-level events their country, as Natural Earth names it', () => {
    const byId = new Map(built.features.map((f) => [f.properties.id, f.properties]));
    for (const [id, country] of [
      ['russian-troops-arrive', 'Russia'],
      ['armenian-troops-sent', 'Armenia'],
      ['belarusian-troops-arrive', 'Belarus'],
      ['kyrgyz-troops-sent', 'Kyrgyzstan'],
      ['tajik-troops-sent', 'Tajikistan'],
      ['government-dismissed', 'Kazakhstan'],
    ]) {
      expect(byId.get(id)?.country, id).toBe(country);
    }
    for (const f of built.features) {
      expect(f.properties.country !== undefined, f.properties.id).toBe(f.properties.placeType === 'country');
    }
  });

  it('carries day numbers for the map’s time filters', () => {
    for (const { properties: p } of built.features) {
      expect(p.day).toBe(toDayNumber(p.date));
      expect(p.endDay).toBe(toDayNumber(p.end ?? p.date));
      expect(p.endDay).toBeGreaterThanOrEqual(p.day);
    }
  });

  it('resolves every source, so the map needs nothing else to show it', () => {
    for (const { properties: p } of built.features) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) {
        if (s.kind === 'seed') expect(s.headline && s.outlet && s.quote).toBeTruthy();
        else expect(s.name && s.note).toBeTruthy();
      }
    }
  });

  it('spans each CSTO contingent from arrival to departure, ending with the last troops on 19 January', () => {
    const csto = built.features.filter((f) => f.properties.category === 'csto' && f.properties.placeType === 'country');
    const countries = csto.filter((f) => f.properties.end !== undefined).map((f) => f.properties.country);
    expect(countries.sort()).toEqual(['Armenia', 'Belarus', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    const lastDay = Math.max(
      ...built.features.filter((f) => f.properties.category === 'csto').map((f) => f.properties.endDay),
    );
    expect(lastDay).toBe(toDayNumber('2022-01-19'));
  });

  it('sends each contingent to a place the map has a point for', () => {
    const placeIds = new Set(built.features.map((f) => f.properties.placeId));
    const moving = built.features.filter((f) => f.properties.destination !== undefined);
    expect(moving.map((f) => f.properties.country).sort()).toEqual([
      'Armenia',
      'Belarus',
      'Kyrgyzstan',
      'Russia',
      'Tajikistan',
    ]);
    for (const f of moving) expect(placeIds.has(f.properties.destination!), f.properties.id).toBe(true);
  });

  it('has a detail inset around the Almaty sites', () => {
    const [w, s, e, n] = built.story.inset!.bbox;
    const sites = built.features.filter((f) => ['building', 'airport'].includes(f.properties.placeType));
    expect(new Set(sites.map((f) => f.properties.placeId)).size).toBe(3);
    for (const f of sites) {
      const [lng, lat] = f.geometry.coordinates;
      expect(lng > w && lng < e && lat > s && lat < n, f.properties.id).toBe(true);
    }
  });

  it('uses only the known categories, and covers all of them', () => {
    const used = new Set(built.features.map((f) => f.properties.category));
    expect([...used].sort()).toEqual([...categories].sort());
  });
});

describe('renderChronology', () => {
  const md = renderChronology(story);

  it('has a heading for each day with events, in order', () => {
    const days = [...md.matchAll(/^## \w+day (\d+ \w+ \d{4})$/gm)].map((m) => m[1]);
    const expected = [...new Set(built.features.map((f) => f.properties.date))];
    expect(days).toHaveLength(expected.length);
    expect(days[0]).toBe('26 December 2021');
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
    expect(md).toContain('**claimed** by President Tokayev and the Kazakh Foreign Ministry');
    expect(md).toMatch(/\*\*disputed\*\* \(.+\): the sources give rival accounts/);
  });

  it('quotes seeds by file name and headline, and names references', () => {
    expect(md).toContain('`004_0888f38a528ebc6b.txt`, “Russia’s Kazakhstan Action Shows It’s Still the Key Player');
    expect(md).toMatch(/Reference: TASS, 5 January 2022: .* <https:\/\/tass\.com\/world\/\d+>\. Supports: /);
  });

  it('shows a lasting event with its end, and background events as background', () => {
    expect(md).toContain('- **When:** 5 January 2022 to 18 January 2022');
    expect(md).toContain('### The price of car gas doubles *(background)*');
  });

  it('changes when the story changes', () => {
    const edited: Story = structuredClone(story);
    const first = edited.features.find(isEvent)!;
    first.properties.title = 'An edited title';
    expect(renderChronology(edited)).not.toBe(md);
    expect(renderChronology(edited)).toContain('### An edited title');
  });
});

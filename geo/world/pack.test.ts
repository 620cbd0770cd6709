/**
 * The committed world pack (geo/world/pack/): a few MB in all, every file described in its manifest, and
 * what `npm run story` needs in it. Its byte-for-byte rebuild from ../shared is in geo/build.test.ts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '../io.ts';
import { PACK_FILES } from './build-pack.ts';
import { packDir } from './paths.ts';
import { worldPack } from './read-pack.ts';

/**
 * The pack's budget in the repository: "a few MB". It measured 3.53 MB when it was made (rivers 0.83,
 * lakes 0.64, towns 0.59, built-up areas 0.41, relief 0.31, regions 0.44, the gazetteer's names 0.22,
 * seas 0.08): this holds it against growth with room for a small addition, not for a new layer.
 */
const BUDGET_BYTES = 3_800_000;

const files = readdirSync(packDir).sort();
const bytes = (name: string) => statSync(join(packDir, name)).size;

describe('the world pack', () => {
  it(`stays within ${BUDGET_BYTES / 1e6} MB in the repository`, () => {
    const total = files.reduce((sum, f) => sum + bytes(f), 0);
    const detail = files.map((f) => `${f}: ${(bytes(f) / 1e3).toFixed(0)} KB`).join('\n');
    expect(total, detail).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('holds the files its manifest describes, and no other', () => {
    const manifest = readJson<{ files: Record<string, { bytes: number; sources: string[] }> }>(
      join(packDir, 'manifest.json'),
    );
    expect(files).toEqual([...Object.keys(PACK_FILES), 'manifest.json'].sort());
    for (const [name, entry] of Object.entries(manifest.files)) {
      expect(entry.bytes, name).toBe(bytes(name));
      expect(entry.sources.length, name).toBeGreaterThan(0);
    }
  });

  const pack = worldPack();
  it.each([
    ['lakes', pack.lakes.length, 1000],
    ['rivers', pack.rivers.length, 1000],
    ['seas', pack.seas.length, 100],
    ['region outlines (four federal countries)', pack.regions.length, 90],
    ['region label points (every country)', pack.regionLabels.length, 4000],
    ['towns', pack.towns.length, 7000],
    ['built-up areas', pack.urban.length, 2000],
  ])('has the whole world’s %s', (_, count, atLeast) => {
    expect(count).toBeGreaterThanOrEqual(atLeast);
  });

  it.each([
    ['Rostov-on-Don', 'RU', 'Ростов-на-Дону'],
    ['Concepción', 'CL', null],
    ['Suva', 'FJ', 'Сува'],
  ])('names towns in English and Russian: %s', (en, iso, ru) => {
    const town = pack.towns.find((t) => (t.name_en ?? t.name) === en && t.iso === iso);
    expect(town).toBeDefined();
    if (ru) expect(town!.name_ru).toBe(ru);
  });

  it('names seas as a map does, not in Natural Earth’s capitals', () => {
    const names = pack.seas.map((s) => s.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Black Sea', 'South Pacific Ocean', 'Bering Sea', 'Caribbean Sea']));
    expect(names.filter((n) => n === n.toUpperCase() || /\s\s/.test(n))).toEqual([]);
  });

  it('joins Natural Earth’s other names to GeoNames ids: Rostov-on-Don to Rostov-na-Donu (501175)', () => {
    expect(pack.gazetteerNames['501175']).toEqual(expect.arrayContaining(['Rostov-on-Don', 'Ростов-на-Дону']));
  });

  it('has relief over the mountains and none over the open sea', () => {
    // The grid: 12 cells a degree from 0° E and 90° N.
    const cell = (lon: number, lat: number) => pack.relief[Math.round((90 - lat) * 12) * 4320 + Math.round(lon * 12)];
    const around = (lon: number, lat: number) =>
      [-0.5, 0, 0.5].flatMap((dx) => [-0.5, 0, 0.5].map((dy) => cell(lon + dx, lat + dy))).filter((v) => v > 0).length;
    expect(around(86.9, 28)).toBeGreaterThan(0); // the Himalaya
    expect(around(360 - 140, 0)).toBe(0); // the Pacific
  });
});

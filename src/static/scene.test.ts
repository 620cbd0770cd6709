import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBaseData } from './base-data.ts';
import { sceneFor, zoomed, type SceneInput } from './scene.ts';
import { sceneToSvg } from './svg.ts';
import { cameraFor } from './mercator.ts';
import { themes } from '../theme/theme.ts';
import { english } from '../i18n/i18n.ts';
import { lineLabel } from '../model/line-label.ts';
import { isShown } from '../model/visibility.ts';
import { layerShown } from '../model/layers.ts';
import type { StoryEventCollection } from '../story/built.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8'));
const story: StoryEventCollection = read('data/story.geojson');
const base = await loadBaseData(async (p) => read(p), ['border']);
const size = { width: 920, height: 560 };
const input = (date: string, mode: 'cumulative' | 'day' = 'cumulative'): SceneInput => ({
  base,
  story,
  date,
  mode,
  camera: cameraFor(undefined, story.story.bounds, story.story.maxBounds, size),
  size,
  theme: themes.light,
  lang: 'en',
  colors: { protest: '#e69f00' },
  lineLabel: (o) => lineLabel(o, english),
});

describe('zoomed', () => {
  it.each([
    [2, 5],
    [3, 5],
    [6.5, 6.5],
    [10, 8],
    [12, 8],
  ])('at zoom %s: %s', (z, expected) => {
    expect(zoomed(z, 3, 5, 10, 8)).toBeCloseTo(expected, 9);
  });
});

describe('sceneFor', () => {
  it.each([
    ['2022-01-02', 'cumulative'],
    ['2022-01-05', 'cumulative'],
    ['2022-01-06', 'day'],
    ['2022-01-19', 'day'],
  ] as const)('%s (%s): a marker for exactly the events the model shows', (date, mode) => {
    const scene = sceneFor(input(date, mode));
    const drawn = scene.markers.filter((m) => m.id).map((m) => m.id);
    const expected = story.features.filter((f) => isShown(f.properties, date, mode)).map((f) => f.properties.id);
    expect(drawn.sort()).toEqual(expected.sort());
  });

  it('draws events placed on a country as rings, not as a dot on its capital', () => {
    const national = sceneFor(input('2022-01-05')).markers.filter((m) => m.national);
    expect(national.length).toBeGreaterThan(0);
    for (const m of national) expect(m.fill).toBe(themes.light.land);
  });

  it('sets no label over a story symbol, and no label over another', () => {
    const scene = sceneFor(input('2022-01-05'));
    expect(scene.labels.length).toBeGreaterThan(15);
    const boxes = scene.labels.map((l) => {
      const w = Math.max(...l.lines.map((t) => t.length)) * l.size * 0.5;
      const h = l.lines.length * l.size;
      const x =
        l.anchor === 'left'
          ? l.x + l.offset * l.size
          : l.anchor === 'right'
            ? l.x - l.offset * l.size - w
            : l.x - w / 2;
      const y =
        l.anchor === 'top'
          ? l.y + l.offset * l.size
          : l.anchor === 'bottom'
            ? l.y - l.offset * l.size - h
            : l.y - h / 2;
      return [x, y, x + w, y + h];
    });
    const overlap = (a: number[], b: number[]) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    for (const m of scene.markers.filter((m) => m.id))
      for (const b of boxes) expect(overlap(b, [m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r])).toBe(false);
  });

  it('lights the story’s areas over their days only', () => {
    const litOn = (date: string) => sceneFor(input(date)).overlays.filter((s) => s.fillOpacity).length;
    expect(litOn('2022-01-02')).toBe(1); // Mangystau, where the protests began
    expect(litOn('2022-01-06')).toBeGreaterThan(5); // the CSTO countries, the state of emergency
  });

  const categories = story.story.categories.map((c) => c.id);
  const others = categories.filter((c) => c !== 'csto');
  it.each([
    ['nothing hidden', []],
    ['all but the CSTO hidden', others],
    ['the CSTO hidden', ['csto']],
  ])('%s: the events, routes and lit countries of the layers shown, as layerShown says', (_, hidden) => {
    const scene = sceneFor({ ...input('2022-01-07'), hidden });
    const category = new Map(story.features.map((f) => [f.properties.id, f.properties.category]));
    const drawn = new Set(scene.markers.filter((m) => m.id).map((m) => category.get(m.id)));
    const expected = categories.filter(
      (c) =>
        layerShown(c, hidden) &&
        story.features.some((f) => f.properties.category === c && f.properties.date <= '2022-01-07'),
    );
    expect([...drawn].sort()).toEqual(expected.sort());
    const cstoShown = layerShown('csto', hidden);
    expect(scene.overlays.some((s) => s.dash === '3 3')).toBe(cstoShown); // the routes
    expect(scene.overlays.some((s) => s.fillOpacity === 0.16)).toBe(cstoShown); // the countries
    expect(scene.overlays.some((s) => s.fillOpacity === 0.1)).toBe(true); // the regions, of no category
  });
});

describe('sceneToSvg', () => {
  it('writes every text as text: nothing in a story becomes markup', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const scene = sceneFor({
      ...input('2022-01-02'),
      story: {
        ...story,
        features: story.features.map((f) => ({ ...f, properties: { ...f.properties, title: hostile } })),
      },
    });
    const svg = sceneToSvg(scene, { font: 'Noto Sans', title: hostile });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('uses presentation attributes only, so a strict style-src holds', () => {
    const svg = sceneToSvg(sceneFor(input('2022-01-06')), { font: 'Noto Sans', title: 'map' });
    expect(svg).not.toMatch(/\sstyle=|<style/);
  });
});

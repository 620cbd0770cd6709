import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBaseData, type BaseData } from './base-data.ts';
import { baseSceneOf, sceneAt } from './scene.ts';
import { baseScene } from './base-scene.ts';
import { sceneInput, type SceneInput } from './scene-input.ts';
import { sceneToSvg, storySvg } from './svg.ts';
import { textWidth } from './labels.ts';
import { themes } from '../theme/theme.ts';
import { english } from '../i18n/i18n.ts';
import { eachDay } from '../model/dates.ts';
import { isShown } from '../model/visibility.ts';
import { layerShown } from '../model/layers.ts';
import type { StoryEventCollection } from '../story/built.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8'));
const story: StoryEventCollection = read('data/story.geojson');
const base = await loadBaseData(async (p) => read(p), ['border']);
const size = { width: 920, height: 560 };
const input = (mode: 'cumulative' | 'day' = 'cumulative', o: Partial<SceneInput> = {}): SceneInput => ({
  ...sceneInput({ story, base, size, theme: themes.light, i18n: english, mode }),
  ...o,
});
const days = eachDay(story.story.start, story.story.end);

type Box = [number, number, number, number];
const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

describe('sceneAt', () => {
  it.each([
    ['2022-01-02', 'cumulative'],
    ['2022-01-05', 'cumulative'],
    ['2022-01-06', 'day'],
    ['2022-01-19', 'day'],
  ] as const)('%s (%s): a marker for exactly the events the model shows', (date, mode) => {
    const drawn = sceneAt(input(mode), date).story.markers.map((m) => m.id);
    const expected = story.features.filter((f) => isShown(f.properties, date, mode)).map((f) => f.properties.id);
    expect(drawn.sort()).toEqual(expected.sort());
  });

  it('draws events placed on a country as rings, not as a dot on its capital', () => {
    const national = sceneAt(input(), '2022-01-05').story.markers.filter((m) => m.national);
    expect(national.length).toBeGreaterThan(0);
    for (const m of national) expect(m.fill).toBe(themes.light.land);
  });

  it('keeps the base as it is on every date, in both modes: only the story layer changes', () => {
    const first = sceneAt(input(), days[0]).base;
    for (const mode of ['cumulative', 'day'] as const)
      for (const date of days) expect(sceneAt(input(mode), date).base).toBe(first);
    // The base kept is the one the input makes, not a stale one.
    expect(baseScene(input())).toEqual(first);
  });

  it('sets no base label over a place the story marks on any day, nor over another label', () => {
    const { labels } = sceneAt(input(), days[0]).base;
    expect(labels.length).toBeGreaterThan(15);
    const boxes = labels.map((l): Box => {
      const w = Math.max(...l.lines.map((t) => textWidth(t, l.size, l.letterSpacing)));
      const h = l.lines.length * l.size * 1.2;
      const d = l.offset * l.size;
      const x = l.anchor === 'left' ? l.x + d : l.anchor === 'right' ? l.x - d - w : l.x - w / 2;
      const y = l.anchor === 'top' ? l.y + d : l.anchor === 'bottom' ? l.y - d - h : l.y - h / 2;
      return [x, y, x + w, y + h];
    });
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    for (const mode of ['cumulative', 'day'] as const)
      for (const date of days)
        for (const m of sceneAt(input(mode), date).story.markers) {
          const r = Math.max(m.r, m.ring?.r ?? 0);
          for (const b of boxes) expect(overlap(b, [m.x - r, m.y - r, m.x + r, m.y + r])).toBe(false);
        }
  });

  it('lights the story’s areas over their days only, each a path of the base', () => {
    const litOn = (date: string) => sceneAt(input(), date).story.areas;
    expect(litOn('2022-01-02').map((a) => a.key)).toEqual(['regions:mangystau']); // where the protests began
    expect(litOn('2022-01-06').length).toBeGreaterThan(5); // the CSTO countries, the state of emergency
    const { areas } = sceneAt(input(), days[0]).base;
    for (const date of days) for (const a of litOn(date)) expect(areas[a.key]).toMatch(/^M/);
  });

  const categories = story.story.categories.map((c) => c.id);
  const others = categories.filter((c) => c !== 'csto');
  it.each([
    ['nothing hidden', []],
    ['all but the CSTO hidden', others],
    ['the CSTO hidden', ['csto']],
  ])('%s: the events, routes and lit countries of the layers shown, as layerShown says', (_, hidden) => {
    const { story: layer } = sceneAt(input('cumulative', { hidden }), '2022-01-07');
    const category = new Map(story.features.map((f) => [f.properties.id, f.properties.category]));
    const drawn = new Set(layer.markers.map((m) => category.get(m.id)));
    const expected = categories.filter(
      (c) =>
        layerShown(c, hidden) &&
        story.features.some((f) => f.properties.category === c && f.properties.date <= '2022-01-07'),
    );
    expect([...drawn].sort()).toEqual(expected.sort());
    const cstoShown = layerShown('csto', hidden);
    expect(layer.routes.length > 0).toBe(cstoShown);
    expect(layer.areas.some((a) => a.key.startsWith('countries:'))).toBe(cstoShown);
    expect(layer.areas.some((a) => a.key.startsWith('regions:'))).toBe(true); // of no category
  });

  it('reads nothing but its input and changes none of it: any date can be drawn for a frame', () => {
    const frozen = <T>(x: T): T => {
      if (x && typeof x === 'object' && !Object.isFrozen(x)) {
        Object.freeze(x);
        Object.values(x).forEach(frozen);
      }
      return x;
    };
    // Frozen through and through: a write anywhere in the input would throw.
    const fixed = frozen(input('day', { selectedId: 'akimat-stormed' }));
    const a = sceneAt(fixed, '2022-01-05');
    const b = sceneAt(fixed, '2022-01-05');
    expect(b).toEqual(a);
    expect(a.story.markers.find((m) => m.id === 'akimat-stormed')?.selection).toBeDefined();
  });

  it('makes the base again for another camera, size, theme or language', () => {
    const first = baseSceneOf(input());
    expect(baseSceneOf(input())).toBe(first);
    expect(baseSceneOf(input('cumulative', { theme: themes.dark }))).not.toBe(first);
    expect(baseSceneOf(input('cumulative', { size: { width: 400, height: 400 } }))).not.toBe(first);
  });
});

describe('storySvg', () => {
  it('is a quarter of the map or less on every date (its events, each a named button), the base the rest', () => {
    for (const date of days) {
      const scene = sceneAt(input(), date);
      const layer = storySvg(scene.story);
      const whole = sceneToSvg(scene, { font: 'Noto Sans', title: 'map' });
      expect(layer.areas.length + layer.marks.length).toBeLessThan(whole.length / 4);
    }
  });
});

describe('sceneToSvg', () => {
  it('writes every text as text: nothing in a story becomes markup', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>';
    const features = story.features.map((f) => ({ ...f, properties: { ...f.properties, title: hostile } }));
    const scene = sceneAt(input('cumulative', { story: { ...story, features } }), '2022-01-02');
    const svg = sceneToSvg(scene, { font: 'Noto Sans', title: hostile });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('uses presentation attributes only, so a strict style-src holds', () => {
    const svg = sceneToSvg(sceneAt(input(), '2022-01-06'), { font: 'Noto Sans', title: 'map' });
    expect(svg).not.toMatch(/\sstyle=|<style/);
  });

  it('refers each lit area to a path it defines', () => {
    const svg = sceneToSvg(sceneAt(input(), '2022-01-06'), { font: 'Noto Sans', title: 'map' });
    const used = [...svg.matchAll(/<use href="#([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(svg).toContain(`id="${id}"`);
  });
});

describe('a story across the antimeridian', () => {
  const square = (w: number, e: number) => [
    [
      [w, -19],
      [e, -19],
      [e, -16],
      [w, -16],
      [w, -19],
    ],
  ];
  const collection = (features: object[]) => ({ type: 'FeatureCollection', features }) as BaseData['countries'];
  // As Natural Earth splits it: one country in two pieces, either side of 180°.
  const fiji = {
    type: 'Feature',
    properties: { iso: 'FJ' },
    geometry: { type: 'MultiPolygon', coordinates: [square(177, 180), square(-180, -178)] },
  };
  const empty = collection([]);
  const islands: BaseData = {
    countries: collection([fiji]),
    water: empty,
    rivers: empty,
    regions: empty,
    labels: empty,
    places: empty,
    physical: empty,
    lines: {},
  };
  const event = (id: string, lng: number) => ({
    ...story.features[0],
    properties: { ...story.features[0].properties, id, placeType: 'city' as const },
    geometry: { type: 'Point' as const, coordinates: [lng, -17.5] as [number, number] },
  });
  const across: StoryEventCollection = {
    ...story,
    story: {
      ...story.story,
      bounds: [177.5, -18.5, -178.5, -16.5],
      maxBounds: [170, -25, -170, -10],
      relief: undefined,
      overlays: [{ kind: 'countries', id: 'fj', countries: ['FJ'], day: 0, endDay: 1e6 }],
    },
    features: [event('west', 178), event('east', -179)],
  };
  const scene = sceneAt(
    sceneInput({ story: across, base: islands, size, theme: themes.light, i18n: english }),
    across.features[0].properties.date,
  );

  it('opens on both sides at once, each event where it is, side by side', () => {
    const [west, east] = ['west', 'east'].map((id) => scene.story.markers.find((m) => m.id === id)!);
    for (const m of [west, east]) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(size.width);
    }
    expect(east.x - west.x).toBeGreaterThan(0);
    // Three degrees apart, not 357.
    expect(east.x - west.x).toBeLessThan(size.width);
  });

  it('draws the country’s two pieces in view, neither stretched round the world', () => {
    const d = scene.base.areas['countries:FJ'];
    const xs = [...d.matchAll(/M(-?[\d.]+) /g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(2);
    for (const x of xs) expect(x).toBeGreaterThan(-size.width / 2);
    for (const x of xs) expect(x).toBeLessThan(size.width * 1.5);
    // Lit by the story, its land is drawn by the same path.
    expect(scene.base.landAreas.map((a) => a.key)).toEqual(['countries:FJ']);
  });
});

describe('the story’s focus', () => {
  it.each([
    ['the default story: Kazakhstan', story.story.overlays, 1],
    ['a story that names none: no country', story.story.overlays.filter((o) => o.kind !== 'focus'), 0],
  ])('%s in the map’s emphasis', (_, overlays, expected) => {
    const only = { ...story, story: { ...story.story, overlays } };
    const { land } = sceneAt(input('cumulative', { story: only }), days[0]).base;
    expect(land.filter((s) => s.fill === themes.light.focus)).toHaveLength(expected);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { storyStyle, styleOptionsFor } from '../map/story-style.ts';
import { timeGlobals, type TimeState } from '../map/time-layers.ts';
import { loadBaseData } from '../static/base-data.ts';
import { sceneAt, type Scene } from '../static/scene.ts';
import { sceneInput } from '../static/scene-input.ts';
import { sceneToSvg } from '../static/svg.ts';
import { toDayNumber } from '../model/dates.ts';
import { english } from '../i18n/i18n.ts';
import { themes } from './theme.ts';
import { HALO, reliefFade } from './symbols.ts';
import type { StoryEventCollection } from '../story/built.ts';

/**
 * The MapLibre style and the static scene draw with the same symbols: each of the style's values,
 * evaluated by the style spec at a zoom, is the scene's at that zoom.
 */
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8'));
const story: StoryEventCollection = read('data/story.geojson');
const base = await loadBaseData(async (p) => read(p), ['border']);
const theme = themes.light;
const date = '2022-01-06';
const state: TimeState = { day: toDayNumber(date), mode: 'cumulative', pulse: 0 };
const assets = { url: (p: string) => `/${p}`, topojson: (p: string) => `topojson+/${p}` };
const style = storyStyle(assets, story, state, styleOptionsFor(story.story, theme, english));

type Props = Record<string, unknown>;
const layer = (test: (id: string) => boolean): LayerSpecification => {
  const found = style.layers.find((l) => test(l.id));
  if (!found) throw new Error('no such layer');
  return found;
};
const byId = (id: string) => layer((x) => x === id);

/** A paint or layout property's value at a zoom, for a feature with these properties. */
function value(l: LayerSpecification, name: string, zoom: number, properties: Props = {}): unknown {
  const specs = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
  const kind = name in specs[`layout_${l.type}`] ? 'layout' : 'paint';
  const given = (l as unknown as Record<string, Props | undefined>)[kind]?.[name];
  const spec = specs[`${kind}_${l.type}`][name];
  // A constant array (dashes) is a value, not an expression.
  if (Array.isArray(given) && typeof given[0] === 'number') return given;
  const parsed = createPropertyExpression(given ?? spec.default, name, spec, timeGlobals(state));
  if (parsed.result !== 'success') throw new Error(`${l.id} ${name}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate({ zoom }, { type: 1, properties, geometry: [] } as never);
}
const num = (l: LayerSpecification, name: string, zoom: number, properties?: Props) =>
  Number(value(l, name, zoom, properties));

const ZOOMS = [3.5, 5.5, 7.5];
/**
 * Where the scenes look: Almaty (its events, routes, lit region, towns), the Aral Sea, the border's
 * north, and where the story stands its country-wide events.
 */
const CENTRES = [
  [76.9, 43.5],
  [61.5, 46],
  [69, 54.5],
  story.features.find((f) => f.properties.placeType === 'country')!.geometry.coordinates,
];
const scenesAt = (zoom: number) =>
  CENTRES.map(([lng, lat]) =>
    sceneAt(
      sceneInput({
        story,
        base,
        size: { width: 920, height: 560 },
        theme,
        i18n: english,
        camera: { lng, lat, zoom },
        reliefHref: 'relief.png',
      }),
      date,
    ),
  );
/** The first thing `pick` finds in one of the scenes at `zoom`. */
function find<T>(scenes: Scene[], pick: (scene: Scene) => T | undefined): T {
  for (const scene of scenes) {
    const found = pick(scene);
    if (found !== undefined) return found;
  }
  throw new Error('in none of the scenes');
}

describe.each(ZOOMS)('at zoom %s the style and the scene agree on', (zoom) => {
  const scenes = scenesAt(zoom);

  it('events: radius and stroke, local and country-wide, and the ring of a new one', () => {
    const local = find(scenes, (s) => s.story.markers.find((m) => !m.national));
    const national = find(scenes, (s) => s.story.markers.find((m) => m.national));
    const ringed = find(scenes, (s) => s.story.markers.find((m) => m.ring));
    const localLayer = layer((id) => /^events:\d+:\d+$/.test(id));
    const nationalLayer = layer((id) => id.endsWith(':country'));
    // The layers' days include 6 January in "all so far": they draw at full size.
    expect(num(localLayer, 'circle-radius', zoom)).toBeCloseTo(local.r, 6);
    expect(num(localLayer, 'circle-stroke-width', zoom)).toBeCloseTo(local.strokeWidth, 6);
    expect(num(nationalLayer, 'circle-radius', zoom)).toBeCloseTo(national.r, 6);
    expect(num(nationalLayer, 'circle-stroke-width', zoom)).toBeCloseTo(national.strokeWidth, 6);
    const ring = byId(`events-new:${toDayNumber(date)}`);
    expect(num(ring, 'circle-radius', zoom)).toBeCloseTo(ringed.ring!.r, 6);
    expect(num(ring, 'circle-stroke-width', zoom)).toBeCloseTo(ringed.ring!.width, 6);
  });

  it('routes: width, opacity and dashes in pixels', () => {
    const route = find(scenes, (s) => s.story.routes[0]);
    const l = layer((id) => id.startsWith('routes:'));
    const width = num(l, 'line-width', zoom);
    expect(width).toBeCloseTo(route.strokeWidth!, 6);
    expect(num(l, 'line-opacity', zoom)).toBeCloseTo(route.strokeOpacity!, 6);
    expect((value(l, 'line-dasharray', zoom) as number[]).map((d) => d * width)).toEqual(route.dash);
  });

  it.each([
    ['countries', 'lit-countries'],
    ['regions', 'lit-regions'],
  ])('lit %s: fill, outline and its opacity', (kind, group) => {
    const lit = find(scenes, (s) => s.story.areas.find((a) => a.key.startsWith(`${kind}:`)));
    const area = lit.key.split(':')[1];
    // The area's layer of an overlay lit on the date (an area may be lit by several, over other days).
    const on = (prefix: string, property: string) =>
      style.layers.find((l) => l.id.startsWith(prefix) && l.id.endsWith(`:${area}`) && num(l, property, zoom) > 0)!;
    expect(num(on(`${group}:`, 'fill-opacity'), 'fill-opacity', zoom)).toBeCloseTo(lit.fillOpacity!, 6);
    const outline = on(`${group}-outline:`, 'line-width');
    expect(num(outline, 'line-width', zoom)).toBeCloseTo(lit.strokeWidth!, 6);
    expect(num(outline, 'line-opacity', zoom)).toBeCloseTo(lit.strokeOpacity!, 6);
  });

  it('the story’s line, country outlines, the focus outline, inner borders and the old shore', () => {
    const line = find(scenes, (s) => s.base.lines[0]);
    expect(
      num(
        layer((id) => id.startsWith('line:')),
        'line-width',
        zoom,
      ),
    ).toBeCloseTo(line.strokeWidth!, 6);
    const land = find(scenes, (s) => s.base.land.find((l) => l.fill === theme.land));
    const focus = find(scenes, (s) => s.base.land.find((l) => l.fill === theme.focus));
    expect(num(byId('countries-outline'), 'line-width', zoom)).toBeCloseTo(land.strokeWidth!, 6);
    expect(num(byId('focus-outline'), 'line-width', zoom)).toBeCloseTo(focus.strokeWidth!, 6);
    for (const [id, color] of [
      ['region-borders', theme.regionLine],
      ['aral-1960', theme.river],
    ]) {
      const shape = find(scenes, (s) => s.base.water.find((w) => w.stroke === color && w.dash));
      const width = num(byId(id), 'line-width', zoom);
      expect(width, id).toBeCloseTo(shape.strokeWidth!, 6);
      expect((value(byId(id), 'line-dasharray', zoom) as number[]).map((d) => d * width)).toEqual(shape.dash);
    }
  });

  it('rivers: each one’s width', () => {
    const drawn = scenes.flatMap((s) =>
      s.base.water.filter((w) => w.stroke === theme.river && !w.dash).map((w) => w.strokeWidth!.toFixed(6)),
    );
    const widths = new Set(
      base.rivers.features
        .filter((f) => f.properties.kind === 'river')
        .map((f) => num(byId('rivers'), 'line-width', zoom, f.properties).toFixed(6)),
    );
    expect(drawn.length).toBeGreaterThan(0);
    for (const w of drawn) expect(widths).toContain(w);
  });

  it('towns: each dot, and each name’s size by its population and kind', () => {
    const towns = new Map(base.places.features.map((f) => [String(f.properties.id), f.properties]));
    const dots = scenes.flatMap((s) => s.base.dots.map((dot) => ({ dot, labels: s.base.labels })));
    expect(dots.length).toBeGreaterThan(3);
    for (const { dot, labels } of dots) {
      const p = towns.get(dot.town)!;
      expect(num(byId('city-dots'), 'circle-radius', zoom, p), dot.town).toBeCloseTo(dot.r, 6);
      expect(num(byId('city-dots'), 'circle-stroke-width', zoom, p), dot.town).toBeCloseTo(dot.strokeWidth, 6);
      const name = labels.find((l) => l.x === dot.x && l.y === dot.y);
      if (name) expect(num(byId('city-labels'), 'text-size', zoom, p), dot.town).toBeCloseTo(name.size, 6);
    }
  });

  it('the relief’s strength, gone past the zoom its pixels support', () => {
    if (zoom >= reliefFade(story.story.reliefMaxZoom)[2]) {
      expect(scenes.filter((s) => s.base.relief)).toEqual([]);
      expect(byId('relief').maxzoom).toBeLessThanOrEqual(zoom);
      return;
    }
    const relief = find(scenes, (s) => s.base.relief);
    expect(num(byId('relief'), 'raster-opacity', zoom)).toBeCloseTo(relief.opacity, 6);
  });
});

it('labels: the size and letter spacing of countries, water, landforms and regions at every zoom; the halo', () => {
  const kinds = [
    ['country-labels', theme.countryText],
    ['water-labels', theme.waterText],
    ['physical-labels', theme.physicalText],
    ['region-labels', theme.regionText],
  ];
  const compared = new Set<string>();
  for (const zoom of ZOOMS)
    for (const scene of scenesAt(zoom)) {
      for (const [id, fill] of kinds)
        for (const label of scene.base.labels.filter((l) => l.fill === fill)) {
          expect(num(byId(id), 'text-size', zoom), id).toBeCloseTo(label.size, 6);
          expect(num(byId(id), 'text-letter-spacing', zoom), id).toBeCloseTo(label.letterSpacing, 6);
          compared.add(id);
        }
      // The halo of every text the scene sets too (the city map's street names are MapLibre's alone).
      for (const id of [...kinds.map(([id]) => id), 'city-labels', layer((x) => x.startsWith('line-label:')).id])
        expect(num(byId(id), 'text-halo-width', zoom), id).toBe(HALO);
      if (scene.base.labels.length)
        expect(sceneToSvg(scene, { font: 'x', title: 'x' })).toContain(`stroke-width="${2 * HALO}"`);
    }
  expect([...compared].sort()).toEqual(kinds.map(([id]) => id).sort());
});

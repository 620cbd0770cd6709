import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  featureFilter,
  latest,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { eachDay, fromDayNumber, toDayNumber } from '../model/dates.ts';
import { isActive, isNew, isShown, type Dated } from '../model/visibility.ts';
import { groupOf, timeGlobals, timeLayers, type TimeState } from './time-layers.ts';
import { layerShown } from '../model/layers.ts';
import type { AreaSpan } from '../model/day-span.ts';
import { themes } from '../theme/theme.ts';

const events: Dated[] = [
  { date: '2022-01-02' },
  { date: '2022-01-05' },
  { date: '2022-01-05', end: '2022-01-07' },
  { date: '2022-01-06', end: '2022-01-19' },
];
const countries: AreaSpan[] = [
  { overlay: 'ru', area: 'RU', category: 'csto', day: toDayNumber('2022-01-06'), endDay: toDayNumber('2022-01-19') },
  { overlay: 'am', area: 'AM', category: 'csto', day: toDayNumber('2022-01-07'), endDay: toDayNumber('2022-01-14') },
];
const regions: AreaSpan[] = [
  { overlay: 'west', area: 'mangystau', day: toDayNumber('2022-01-02'), endDay: toDayNumber('2022-01-04') },
];
const colors = { protest: '#e69f00', csto: '#cc79a7' };
const theme = themes.light;
const days = eachDay('2022-01-01', '2022-01-21');
const modes = ['cumulative', 'day'] as const;

const spanOf = (e: Dated) => ({ day: toDayNumber(e.date), endDay: toDayNumber(e.end ?? e.date) });
const layers = timeLayers({
  // Each span has a local and a country-wide event, so each has both its layers.
  events: events.flatMap((e) => [spanOf(e), { ...spanOf(e), placeType: 'country' }]),
  routes: events.map(spanOf),
  countries,
  regions,
  colors,
  theme,
});
const inGroup = (group: string) => layers.filter((l) => groupOf(l.id) === group);

type State = TimeState;
type Props = Record<string, unknown>;

/** A paint property's value for the whole layer: it must not depend on the feature. */
function paintValue(layer: LayerSpecification, name: string, state: State): unknown {
  const value = (layer as { paint?: Props }).paint?.[name];
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`][
    name
  ];
  const parsed = createPropertyExpression(value ?? spec.default, name, spec, timeGlobals(state));
  if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate({ zoom: 4 });
}

/** Whether the layer draws anything at the state: opaque enough and of some size. */
function draws(layer: LayerSpecification, state: State): boolean {
  const v = (name: string) => Number(paintValue(layer, name, state));
  if (layer.type === 'circle')
    return (
      (v('circle-opacity') > 0 && v('circle-radius') > 0) || v('circle-stroke-width') * v('circle-stroke-opacity') > 0
    );
  if (layer.type === 'line') return v('line-opacity') > 0 && v('line-width') > 0;
  if (layer.type === 'fill') return v('fill-opacity') > 0;
  throw new Error(`unexpected layer type ${layer.type}`);
}

/** The layers of a group whose filter takes the feature, with these categories hidden. */
const layersFor = (group: string, properties: Props, hidden?: string[]) =>
  inGroup(group).filter((l) =>
    featureFilter('filter' in l ? l.filter : undefined, 'filter', hidden && { hidden }).filter({ zoom: 4 }, {
      type: 1,
      properties,
      geometry: [],
    } as never),
  );

describe('the map follows the same rule as the panel', () => {
  it.each(modes)('each event is drawn exactly when isShown says, and ringed when isNew says, mode %s', (mode) => {
    for (const date of days)
      for (const e of events) {
        const state = { day: toDayNumber(date), mode, pulse: 0.5 };
        const [layer, ...more] = layersFor('events', spanOf(e));
        expect(more, `one events layer takes ${e.date}..${e.end}`).toEqual([]);
        expect(draws(layer, state), `${e.date}..${e.end} on ${date}`).toBe(isShown(e, date, mode));
        const rings = layersFor('events-new', spanOf(e));
        expect(rings).toHaveLength(1);
        expect(draws(rings[0], state), `ring ${e.date} on ${date}`).toBe(isNew(e, date));
        const national = layersFor('events', { ...spanOf(e), placeType: 'country' });
        expect(national.map((l) => l.id)).toEqual([`${layer.id}:country`]);
        expect(draws(national[0], state), `country-wide ${e.date}..${e.end} on ${date}`).toBe(isShown(e, date, mode));
        const routes = layersFor('routes', spanOf(e));
        expect(routes).toHaveLength(1);
        expect(draws(routes[0], state)).toBe(isShown(e, date, mode));
      }
  });

  it.each(modes)('a country or region is lit only over its overlay’s days, mode %s', (mode) => {
    const areas = [
      ...countries.map((a) => ({ a, groups: ['lit-countries', 'lit-countries-outline'], props: { iso: a.area } })),
      ...regions.map((a) => ({ a, groups: ['lit-regions', 'lit-regions-outline'], props: { id: a.area } })),
    ];
    for (const date of days)
      for (const { a, groups, props } of areas)
        for (const group of groups) {
          const lit = layersFor(group, props);
          expect(lit).toHaveLength(1);
          const expected = isActive({ date: fromDayNumber(a.day), end: fromDayNumber(a.endDay) }, date);
          expect(draws(lit[0], { day: toDayNumber(date), mode, pulse: 0 }), `${a.area} on ${date}`).toBe(expected);
        }
  });

  it.each([
    { daysAfterEnd: 0, expected: 1 },
    { daysAfterEnd: 3, expected: 1 - (3 / 7) * 0.65 },
    { daysAfterEnd: 7, expected: 0.35 },
    { daysAfterEnd: 12, expected: 0.35 },
  ])('events fade with age: $daysAfterEnd days after the end, opacity $expected', ({ daysAfterEnd, expected }) => {
    const [layer] = layersFor('events', spanOf(events[0]));
    const day = toDayNumber(events[0].date) + daysAfterEnd;
    expect(paintValue(layer, 'circle-opacity', { day, mode: 'cumulative', pulse: 0 })).toBeCloseTo(expected);
  });
});

describe('the layers shown follow the model’s rule (layerShown)', () => {
  const day = toDayNumber('2022-01-08');
  const state = (hidden: string[]): State => ({ day, mode: 'cumulative', pulse: 0, hidden });
  const event = { ...spanOf(events[3]), category: 'csto' };
  it.each([
    ['nothing hidden', []],
    ['another category hidden', ['protest']],
    ['its category hidden', ['protest', 'csto']],
  ])('%s', (_, hidden) => {
    const shown = layerShown('csto', hidden);
    for (const group of ['events', 'events-new', 'routes'])
      expect(layersFor(group, event, hidden).length > 0, group).toBe(shown);
    expect(layersFor('events', { ...event, placeType: 'country' }, hidden).length > 0).toBe(shown);
    // A thing with no category is always drawn.
    expect(layersFor('routes', spanOf(events[3]), hidden)).toHaveLength(1);
    // A lit country by its paint (one layer, one category), a lit region always.
    const [ru] = layersFor('lit-countries', { iso: 'RU' }, hidden);
    const [outline] = layersFor('lit-countries-outline', { iso: 'RU' }, hidden);
    expect(draws(ru, state(hidden))).toBe(shown);
    expect(draws(outline, state(hidden))).toBe(shown);
    const region = layersFor('lit-regions', { id: 'mangystau' }, hidden)[0];
    expect(draws(region, { ...state(hidden), day: toDayNumber('2022-01-03') })).toBe(true);
  });

  it('draws everything with no hidden state at all', () => {
    expect(layersFor('events', { ...spanOf(events[0]), category: 'csto' })).toHaveLength(1);
    expect(draws(layersFor('lit-countries', { iso: 'RU' })[0], { day, mode: 'day', pulse: 0 })).toBe(true);
  });
});

describe('moving the date costs MapLibre no re-tiling', () => {
  /** Whether it reads the date's state (the layers hidden change only when a step switches them). */
  const usesState = (x: unknown): boolean =>
    ['time', 'pulse'].some((name) => JSON.stringify(x ?? null).includes(`["global-state","${name}"]`));
  it.each(layers.map((l) => [l.id, l] as const))('%s: the date is only in feature-free paint properties', (_, l) => {
    expect(usesState('filter' in l ? l.filter : undefined)).toBe(false);
    expect(usesState('layout' in l ? l.layout : undefined)).toBe(false);
    const state = timeGlobals({ day: 0, mode: 'cumulative', pulse: 0 });
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${l.type}`];
    for (const [name, value] of Object.entries((l as { paint?: Props }).paint ?? {})) {
      if (!usesState(value)) continue;
      const parsed = createPropertyExpression(value, name, spec[name], state);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      expect(parsed.value.kind, `${l.id} ${name}`).toMatch(/^(constant|camera)$/);
    }
  });
});

describe('timeLayers', () => {
  it('has unique ids, one layer per span and one ring per first day', () => {
    const ids = layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(inGroup('events')).toHaveLength(8);
    expect(inGroup('events-new')).toHaveLength(3);
    expect(inGroup('lit-countries')).toHaveLength(2);
    expect(inGroup('lit-regions')).toHaveLength(1);
  });

  it.each([
    ['a local event', [undefined], ['events:1:2']],
    ['a country-wide event', ['country'], ['events:1:2:country']],
    ['both', ['city', 'country'], ['events:1:2', 'events:1:2:country']],
  ])('gives a span with %s only the layers it draws', (_, placeTypes, ids) => {
    const spans = placeTypes.map((placeType) => ({ day: 1, endDay: 2, placeType }));
    const all = timeLayers({ events: spans, routes: [], countries: [], regions: [], colors, theme });
    expect(all.filter((l) => groupOf(l.id) === 'events').map((l) => l.id)).toEqual(ids);
  });

  it('draws later events on top', () => {
    const order = inGroup('events').map((l) => l.id);
    expect(order).toEqual([...order].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])));
  });

  it('draws no date layer for an empty story', () => {
    expect(timeLayers({ events: [], routes: [], countries: [], regions: [], colors, theme })).toEqual([]);
  });
});

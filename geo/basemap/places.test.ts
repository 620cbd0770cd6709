import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import type { LabelProps } from '../build.ts';
import { PLACES_SPLIT_ZOOM, type PlaceProps } from './places.ts';
import { built } from './testing.ts';

const first = built<FeatureCollection<Point, PlaceProps>>('places.geojson').features;
const later = built<FeatureCollection<Point, PlaceProps>>('places-z7.geojson').features;
const places = [...first, ...later];
const labels = built<FeatureCollection<Point, LabelProps>>('labels.geojson').features;
const place = (id: string) => places.find((p) => p.properties.id === id)!;

describe('places.geojson and places-z7.geojson', () => {
  it('name every place in English, Russian and Kazakh, with unique ids', () => {
    for (const p of places)
      for (const key of ['name_en', 'name_ru', 'name_kk'] as const)
        expect(p.properties[key], p.properties.id).toMatch(/\S/);
    expect(new Set(places.map((p) => p.properties.id)).size).toBe(places.length);
  });

  it.each(labels.filter((l) => l.properties.kind === 'city'))(
    'hold $properties.name of labels.geojson at the same point and name',
    (label) => {
      const match = places.find((p) => p.properties.story && p.properties.name_en === label.properties.name);
      expect(match?.geometry.coordinates).toEqual(label.geometry.coordinates);
      expect(match?.properties.kind === 'capital').toBe(label.properties.capital);
    },
  );

  it.each([
    { id: 'nur-sultan', en: 'Nur-Sultan', ru: 'Нур-Султан', kk: 'Нұр-Сұлтан', kind: 'capital' },
    { id: 'kapchagay', en: 'Kapchagay', ru: 'Капчагай', kk: 'Қапшағай', kind: 'city' },
    { id: 'almaty', en: 'Almaty', ru: 'Алматы', kk: 'Алматы', kind: 'city' },
    { id: 'aktau', en: 'Aktau', ru: 'Актау', kk: 'Ақтау', kind: 'region-centre' },
    { id: 'moscow', en: 'Moscow', ru: 'Москва', kk: 'Мәскеу', kind: 'capital' },
  ])('$id is named as in January 2022: $en / $ru / $kk', ({ id, en, ru, kk, kind }) => {
    expect(place(id).properties).toMatchObject({ name_en: en, name_ru: ru, name_kk: kk, kind });
  });

  it('split by label zoom: the first view’s file has the towns up to zoom 6, the other the rest', () => {
    expect(first.every((p) => p.properties.labelZoom < PLACES_SPLIT_ZOOM)).toBe(true);
    expect(later.every((p) => p.properties.labelZoom >= PLACES_SPLIT_ZOOM)).toBe(true);
    // The 14 region seats of January 2022 all show by zoom 4.
    expect(first.filter((p) => p.properties.kind === 'region-centre' && p.properties.labelZoom <= 4)).toHaveLength(14);
  });

  it('are sorted by population, largest first', () => {
    const populations = first.map((p) => p.properties.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });
});

import { describe, expect, it } from 'vitest';
import {
  Color,
  createPropertyExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { themes } from '../theme/theme.ts';

const parseColor = (c: string) => Color.parse(c);
import { baseStyle } from './style.ts';
import { imageCredits } from './credits.ts';
import { FONT, FONT_ITALIC } from './fonts.ts';

const assets = {
  url: (path: string) => `http://127.0.0.1/${path}`,
  topojson: (path: string) => `topojson+http://127.0.0.1/${path}`,
};
const extras = {
  relief: [44, 35, 90, 60] as [number, number, number, number],
  details: [{ id: 'almaty', bbox: [76.58, 43.06, 77.22, 43.55] as [number, number, number, number], minzoom: 9 }],
};
const style = baseStyle(assets, undefined, 'en', extras);

describe('baseStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('loads only files of the build: no glyph server, no tile server, no sprite', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    // What MapLibre fetches: sources' data, images and tiles (attribution links are not fetched).
    const fetched = [
      ...Object.values(style.sources).flatMap((s) => Object.entries(s).filter(([k]) => k !== 'attribution')),
    ];
    const urls = JSON.stringify(fetched).match(/(topojson\+)?https?:\/\/[^"\\]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^(topojson\+)?http:\/\/127\.0\.0\.1\/data\//);
  });

  it("draws every text layer in the page's label family, and adds no font face of MapLibre's own", () => {
    const fonts = style.layers.flatMap((l) => (l.type === 'symbol' ? [l.layout?.['text-font']] : []));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect([[FONT], [FONT_ITALIC]]).toContainEqual(f);
    expect(FONT_ITALIC.split(',').at(-1)).toBe(FONT);
    expect(style['font-faces']).toBeUndefined();
  });

  it('credits every data set: Natural Earth, OpenStreetMap with its licences, GeoNames, the relief', () => {
    const credits = Object.values(style.sources)
      .map((s) => ('attribution' in s ? s.attribution : ''))
      .join(' ');
    for (const credit of ['Natural Earth', 'OpenStreetMap', 'ODbL', 'CC BY-SA 2.0', 'GeoNames', 'ETOPO5', 'SRTM'])
      expect(credits).toContain(credit);
  });

  it('draws relief and city maps only where the base map has them: the engine names no place', () => {
    const bare = baseStyle(assets);
    expect(Object.keys(bare.sources).filter((k) => /relief|detail/.test(k))).toEqual([]);
    expect(
      Object.keys(style.sources)
        .filter((k) => /relief|detail/.test(k))
        .sort(),
    ).toEqual(['detail:almaty', 'relief', 'relief-detail:almaty']);
  });
});

describe('imageCredits', () => {
  it('credits, as text, every source the style credits (an image cannot follow the licences link)', () => {
    const credited = Object.values(style.sources).flatMap((s) =>
      'attribution' in s && s.attribution ? s.attribution.split(' | ') : [],
    );
    const text = credited.filter((c) => !c.includes('LICENCES.md')).map((c) => c.replace(/<[^>]*>/g, ''));
    expect(text.length).toBeGreaterThan(5);
    expect([...new Set(text)].sort()).toEqual([...imageCredits(true)].sort());
  });
});

describe('the story’s focus', () => {
  it.each([
    [['KZ'], 'KZ', true],
    [['KZ'], 'RU', false],
    [[], 'KZ', false],
  ])('focus %j: %s is emphasised: %s', (focus, iso, emphasised) => {
    const layers = baseStyle(assets, themes.light, 'en', { focus }).layers;
    const fill = layers.find((l) => l.id === 'countries-fill')!;
    const spec = latest.paint_fill['fill-color'] as unknown as StylePropertySpecification;
    const color = createPropertyExpression((fill.paint as Record<string, unknown>)['fill-color'], 'fill-color', spec);
    if (color.result !== 'success') throw new Error('fill-color does not parse');
    const at = color.value.evaluate({ zoom: 4 }, { type: 3, properties: { iso }, geometry: [] } as never);
    expect(String(at)).toBe(String(parseColor(emphasised ? themes.light.focus : themes.light.land)));
  });
});

import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { baseStyle, FONT } from './style.ts';

const assets = {
  countries: 'topojson+http://127.0.0.1/data/countries.topojson',
  labels: 'http://127.0.0.1/data/labels.geojson',
  fontLatin: 'http://127.0.0.1/assets/latin.woff2',
  fontCyrillic: 'http://127.0.0.1/assets/cyrillic.woff2',
};
const style = baseStyle({ ...assets, data: (name) => `http://127.0.0.1/data/${name}` });

describe('baseStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('loads only the files it is given: no glyph server, no tiles, no sprite', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = JSON.stringify(style).match(/(topojson\+)?https?:\/\/[^"]+/g) ?? [];
    expect(new Set(urls)).toEqual(new Set(Object.values(assets)));
  });

  it('draws every text layer in the bundled font', () => {
    const fonts = style.layers.flatMap((l) => (l.type === 'symbol' ? [l.layout?.['text-font']] : []));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => JSON.stringify(f) === JSON.stringify([FONT]))).toBe(true);
    expect(Object.keys(style['font-faces'] ?? {})).toEqual([FONT]);
  });

  it('credits every source', () => {
    for (const source of Object.values(style.sources)) expect(source).toHaveProperty('attribution');
  });
});

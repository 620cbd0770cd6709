import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiLineString } from 'geojson';
import { readFeatures } from '../io.ts';
import { outDir } from '../build.ts';
import type { RiverProps } from './rivers.ts';

const rivers = readFeatures<FeatureCollection<MultiLineString, RiverProps>>(`${outDir}data/rivers.topojson`);
const river = (id: string) => rivers.features.find((f) => f.properties.id === id && f.properties.kind === 'river');

/**
 * Lengths within the map's clip box, km. `atLeast` is for the source's full-resolution line (the lengthKm each
 * feature carries; measured at build: Ural 1,683, Irtysh 3,047, Ishim 1,668, Tobol 1,173, Syr Darya 1,531,
 * Ili 700, Amu Darya 1,556, Volga 1,326). Natural Earth's 1:10m lines cut corners, so they fall short of the
 * rivers' reported lengths (Ural 2,428 km); the Irtysh and Volga are cut off at 60° N and 44° E by the data.
 * Simplified for drawing they lose some more: the drawn line must keep `drawn` of it (Syr Darya, the most
 * meandering, keeps 79%).
 */
const lengths = [
  { id: 'ural', atLeast: 1_500, drawn: 0.85 },
  { id: 'irtysh', atLeast: 2_900, drawn: 0.85 },
  { id: 'ishim', atLeast: 1_500, drawn: 0.85 },
  { id: 'tobol', atLeast: 1_100, drawn: 0.85 },
  { id: 'syr-darya', atLeast: 1_400, drawn: 0.75 },
  { id: 'ili', atLeast: 650, drawn: 0.85 },
  { id: 'amu-darya', atLeast: 1_500, drawn: 0.85 },
  { id: 'volga', atLeast: 1_200, drawn: 0.85 },
];

describe('rivers.topojson', () => {
  it.each(lengths)('$id is there, at least $atLeast km long', ({ id, atLeast, drawn }) => {
    const f = river(id);
    expect(f, id).toBeDefined();
    expect(f!.properties.lengthKm).toBeGreaterThanOrEqual(atLeast);
    expect(turf.length(f!)).toBeGreaterThanOrEqual(f!.properties.lengthKm * drawn);
  });

  it.each(lengths)('$id is named in English, Russian and Kazakh, with a stroke width', ({ id }) => {
    const p = river(id)!.properties;
    expect([p.name_en, p.name_ru, p.name_kk].every((n) => /\S/.test(n))).toBe(true);
    expect(p.width).toBeGreaterThan(0);
  });

  it('the Irtysh is drawn thicker than the Ili (Natural Earth ranks 2 and 7)', () => {
    expect(river('irtysh')!.properties.width).toBeGreaterThan(river('ili')!.properties.width);
  });
});

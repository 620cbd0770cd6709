import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { insetBase } from './inset-base.ts';
import { insetProjection } from '../model/inset.ts';

const feature = (properties: Record<string, string>, coordinates: number[][]): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'LineString', coordinates },
});
const overview: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    feature({ kind: 'road', class: 'trunk' }, [
      [76.9, 43.2],
      [77.0, 43.3],
    ]),
    feature({ kind: 'river', name: 'Весновка' }, [
      [76.9, 43.3],
      [76.95, 43.25],
    ]),
    feature({ kind: 'road', class: 'primary' }, [
      [76.92, 43.22],
      [76.93, 43.25],
    ]),
    // Another city's road: outside the frame.
    feature({ kind: 'road', class: 'primary' }, [
      [71.4, 51.1],
      [71.5, 51.2],
    ]),
    {
      type: 'Feature',
      properties: { kind: 'landmark', id: 'akimat' },
      geometry: { type: 'Point', coordinates: [76.94, 43.24] },
    },
  ],
};
const project = insetProjection([76.85, 43.18, 77.1, 43.4], 150, 150);

describe('insetBase', () => {
  const shapes = insetBase(overview, project, 150, 150);

  it('draws each kind once, water under the roads and the trunk roads over the rest', () => {
    expect(shapes.map((s) => s.kind)).toEqual(['river', 'road-primary', 'road-trunk']);
  });

  it('leaves out what falls outside the box: one primary road, not two', () => {
    expect(shapes.find((s) => s.kind === 'road-primary')!.d.match(/M/g)).toHaveLength(1);
  });

  it('starts a path where the projection puts the line', () => {
    const [x, y] = project([76.9, 43.2]).map((v) => Math.round(v * 10) / 10);
    expect(shapes.find((s) => s.kind === 'road-trunk')!.d.startsWith(`M${x} ${y}`)).toBe(true);
  });

  it('draws nothing for an inset of a city the overview does not hold', () => {
    expect(insetBase(overview, insetProjection([2.2, 48.8, 2.4, 48.9], 150, 150), 150, 150)).toEqual([]);
  });
});

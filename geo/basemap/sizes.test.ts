import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { outDir } from '../build.ts';

const gzip = (name: string) => gzipSync(readFileSync(join(outDir, 'data', name))).length;
const KB = 1000;

/**
 * What the default whole-region view would load on top of today's app (76.6 KB gzip of the 80 KB budget), so
 * it must stay small. Measured at zlib's default level, as bench/bytes.ts counts: water 6.5 KB, rivers 3.6 KB,
 * regions 5.6 KB (15.6 KB together), places 2.5 KB, physical 1.8 KB, relief 31.0 KB.
 */
describe('bytes the first view needs', () => {
  it('water, rivers and regions together: under 16 KB gzip', () => {
    expect((gzip('water.topojson') + gzip('rivers.topojson') + gzip('regions.topojson')) / KB).toBeLessThan(16);
  });

  it.each([
    { name: 'places.geojson', kb: 3 },
    { name: 'physical.geojson', kb: 2.5 },
    { name: 'relief/region.png', kb: 40 },
  ])('$name: under $kb KB gzip', ({ name, kb }) => {
    expect(gzip(name) / KB).toBeLessThan(kb);
  });
});

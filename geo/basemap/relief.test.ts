import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDir } from '../build.ts';
import { lonOf, latOf, mercX, mercY } from './mercator.ts';
import { decodePng } from './png.ts';
import { ALMATY_ZOOMS, REGION_BOUNDS } from './relief.ts';

const manifest = JSON.parse(readFileSync(join(outDir, 'data/manifest.json'), 'utf8')).files;
const region = decodePng(readFileSync(join(outDir, 'data/relief/region.png')));
const [w, s, e, n] = REGION_BOUNDS;

/** The image's alpha (0–255) at a point, the image being laid out in Web Mercator over REGION_BOUNDS. */
function alphaAt(lon: number, lat: number): number {
  const px = Math.floor(((mercX(lon) - mercX(w)) / (mercX(e) - mercX(w))) * region.width);
  const py = Math.floor(((mercY(lat) - mercY(n)) / (mercY(s) - mercY(n))) * region.height);
  return region.data[(py * region.width + px) * 4 + 3];
}

/** The strongest alpha in a box of the image, by sampling it every tenth of a degree. */
function strongest([bw, bs, be, bn]: number[]): number {
  let max = 0;
  for (let lon = bw; lon <= be; lon += 0.1)
    for (let lat = bs; lat <= bn; lat += 0.1) max = Math.max(max, alphaAt(lon, lat));
  return max;
}

describe('relief/region.png', () => {
  it('is laid out in Web Mercator over the box the manifest gives for an image source', () => {
    expect(manifest['data/relief/region.png'].coordinates).toEqual([
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ]);
    // Square pixels in Mercator: the height follows from the width.
    const expected = (region.width * (mercY(s) - mercY(n))) / (mercX(e) - mercX(w));
    expect(Math.abs(region.height - expected)).toBeLessThanOrEqual(1);
    expect(lonOf(mercX(w))).toBeCloseTo(w, 9);
    expect(latOf(mercY(n))).toBeCloseTo(n, 9);
  });

  it.each([
    { where: 'the Trans-Ili Alatau above Almaty', box: [76.5, 42.8, 77.8, 43.2] },
    { where: 'the Tian Shan', box: [78, 41.5, 80.5, 42.5] },
    { where: 'the Altai', box: [84, 48.5, 87, 50.5] },
    { where: 'the Caucasus', box: [46, 41, 48, 42.5] },
  ])('shades $where', ({ box }) => {
    expect(strongest(box)).toBeGreaterThan(60);
  });

  it.each([
    { where: 'the middle Caspian, off Dagestan and Mangystau', box: [49.5, 41.5, 51, 43.2] },
    { where: 'the Turgay steppe', box: [62, 47, 65, 49] },
    { where: 'the West Siberian Plain', box: [70, 55, 76, 57] },
  ])('leaves $where clear', ({ box }) => {
    expect(strongest(box)).toBe(0);
  });

  it('fades out at its west edge, where ETOPO5 ends in the Caucasus', () => {
    for (let lat = 41; lat <= 43; lat += 0.25) expect(alphaAt(w + 0.05, lat)).toBe(0);
  });
});

describe('relief/almaty tiles', () => {
  const dir = join(outDir, 'data/relief/almaty');
  const tiles = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((p) => p.endsWith('.png'));

  it(`exist for zooms ${ALMATY_ZOOMS.join(', ')} only, as the manifest counts them`, () => {
    expect([...new Set(tiles.map((t) => Number(t.split('/')[0])))].sort((a, b) => a - b)).toEqual([...ALMATY_ZOOMS]);
    expect(manifest['data/relief/almaty/{z}/{x}/{y}.png'].files).toBe(tiles.length);
  });

  it('are 256-pixel tiles, and the one over the Trans-Ili Alatau above Almaty is shaded', () => {
    for (const t of tiles) expect(decodePng(readFileSync(join(dir, t))).width).toBe(256);
    // Zoom 10 tile 730/376 holds the mountains south of the city (43.0° N, 76.9° E).
    const z = 10;
    const [x, y] = [Math.floor(mercX(76.9) * 2 ** z), Math.floor(mercY(43.05) * 2 ** z)];
    const tile = decodePng(readFileSync(join(dir, `${z}/${x}/${y}.png`)));
    const shaded = tile.data.filter((v, i) => i % 4 === 3 && v > 0).length;
    expect(shaded / (256 * 256)).toBeGreaterThan(0.3);
  });
});

/**
 * World relief for the pack: ETOPO5 (5 arc-minutes, about 9 km) shaded once, in the region map's light
 * and style (geo/basemap/hillshade.ts), and stored as shading steps on the latitude/longitude grid, one
 * byte a cell. Most of the world is flat or sea and stores as 0, so the whole globe is a few hundred KB;
 * `npm run story` projects the steps of a story's box into a Web Mercator image (geo/world/relief.ts).
 */
import { readFileSync } from 'node:fs';
import { NetCDFReader } from 'netcdfjs';
import { blur, type Grid } from '../basemap/dem.ts';
import { regionStyle, type ShadeStyle } from '../basemap/hillshade.ts';
import { EQUATOR_M } from '../basemap/mercator.ts';
import { encodeGrey } from '../basemap/png.ts';

/** The grid's cells: 12 a degree, from 0° E eastwards and from 90° N southwards. */
export const RELIEF_GRID = { cellsPerDegree: 12, west: 0, north: 90, width: 4320, height: 2160 } as const;

/**
 * How a cell's byte reads: 0 no shading; 1…levels a shadow of that strength; 128 + 1…levels a light of
 * that strength. `levels` is the style's.
 */
export const HIGHLIGHT = 128;

/** ETOPO5's heights, north row first, the sea bed levelled at the style's floor. */
export function readEtopo5(file: string, floor: number): Grid {
  const reader = new NetCDFReader(readFileSync(file));
  const rose = reader.getDataVariable('ROSE') as number[];
  const { width, height, cellsPerDegree, north, west } = RELIEF_GRID;
  // The file's rows run from 90° S to 90° N inclusive (2,161): its last row, the North Pole, is the grid's first.
  const rows = reader.getDataVariable('ETOPO05_Y').length;
  if (rows !== height + 1 || rose.length !== rows * width) throw new Error(`${file} is not ETOPO5's 4320 × 2161 grid`);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data[y * width + x] = Math.max(floor, rose[(rows - 1 - y) * width + x]);
  return { width, height, west, north, step: 1 / cellsPerDegree, data };
}

/**
 * Each cell's shading step, by Horn's slope and aspect with each cell's true ground size (a degree of
 * longitude shrinks with the latitude's cosine); east and west wrap round the globe.
 */
export function shadeSteps(grid: Grid, style: ShadeStyle): Uint8Array {
  const { width, height } = grid;
  const zenith = ((90 - style.altitude) * Math.PI) / 180;
  const azimuth = (((360 - style.azimuth + 90) % 360) * Math.PI) / 180;
  const flat = Math.cos(zenith);
  const dy = (grid.step / 360) * EQUATOR_M;
  const at = (x: number, y: number) => grid.data[Math.min(Math.max(y, 0), height - 1) * width + ((x + width) % width)];
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const lat = grid.north - y * grid.step;
    // At the poles a degree of longitude is no width at all: a tenth of a cell keeps the slope finite.
    const dx = Math.max(dy * Math.cos((lat * Math.PI) / 180), dy / 10);
    for (let x = 0; x < width; x++) {
      const [a, b, c] = [at(x - 1, y - 1), at(x, y - 1), at(x + 1, y - 1)];
      const [d, f] = [at(x - 1, y), at(x + 1, y)];
      const [g, h, i] = [at(x - 1, y + 1), at(x, y + 1), at(x + 1, y + 1)];
      const dzdx = ((c + 2 * f + i - (a + 2 * d + g)) / (8 * dx)) * style.exaggeration;
      const dzdy = ((g + 2 * h + i - (a + 2 * b + c)) / (8 * dy)) * style.exaggeration;
      const slope = Math.atan(Math.hypot(dzdx, dzdy));
      const aspect = Math.atan2(dzdy, -dzdx);
      const lit = Math.cos(zenith) * Math.cos(slope) + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuth - aspect);
      const s = (lit - flat) / (lit >= flat ? 1 - flat : flat);
      const strength = Math.max(0, Math.min(1, Math.abs(s) * style.gain) - style.threshold) / (1 - style.threshold);
      const step = Math.round(strength * style.levels);
      out[y * width + x] = step === 0 ? 0 : s < 0 ? step : HIGHLIGHT + step;
    }
  }
  return out;
}

/** The pack's relief.png: the world's shading steps, blurred first as the region's image is (dem.ts `blur`). */
export function packRelief(etopoFile: string): Buffer {
  const grid = blur(readEtopo5(etopoFile, regionStyle.floor), 1);
  return encodeGrey(grid.width, grid.height, shadeSteps(grid, regionStyle));
}

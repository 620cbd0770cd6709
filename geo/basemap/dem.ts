/**
 * Elevation grids: ETOPO5 for the region (GeoTIFF) and SRTM3 for Almaty (zipped .hgt tiles), read into one
 * shape, a regular latitude/longitude grid of cell centres, and sampled bilinearly.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { fromArrayBuffer } from 'geotiff';

export interface Grid {
  width: number;
  height: number;
  /** Longitude of the first column's centres, latitude of the first (northernmost) row's. */
  west: number;
  north: number;
  /** Degrees between neighbouring cell centres. */
  step: number;
  /** Heights in metres, row by row from the north. */
  data: Float32Array;
}

/** The height at a point, interpolated between the four nearest cells; the edge cells extend outwards. */
export function sample(grid: Grid, lon: number, lat: number): number {
  const fx = Math.min(Math.max((lon - grid.west) / grid.step, 0), grid.width - 1);
  const fy = Math.min(Math.max((grid.north - lat) / grid.step, 0), grid.height - 1);
  const x0 = Math.min(Math.floor(fx), grid.width - 2);
  const y0 = Math.min(Math.floor(fy), grid.height - 2);
  const [tx, ty] = [fx - x0, fy - y0];
  const at = (x: number, y: number) => grid.data[y * grid.width + x];
  const top = at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx;
  const bottom = at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx;
  return top * (1 - ty) + bottom * ty;
}

/** ETOPO5 from its GeoTIFF: 5 arc-minute cells (about 9 km). */
export async function readEtopo(file: string): Promise<Grid> {
  const bytes = readFileSync(file);
  const tiff = await fromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const image = await tiff.getImage();
  const [originX, originY] = image.getOrigin();
  const [resX, resY] = image.getResolution();
  if (Math.abs(Math.abs(resY) - resX) > 1e-5) throw new Error(`ETOPO5 cells are not square: ${resX} by ${resY}`);
  const [band] = (await image.readRasters()) as unknown as ArrayLike<number>[];
  const step = Math.abs(resY);
  return {
    width: image.getWidth(),
    height: image.getHeight(),
    // The GeoTIFF's origin is the corner of its first cell; the grid keeps cell centres.
    west: originX + step / 2,
    north: originY - step / 2,
    step,
    data: Float32Array.from(band),
  };
}

export const SRTM_VOID = -32768;
const SRTM_SIZE = 1201;

/** One SRTM3 tile: 1201 × 1201 big-endian int16 heights, its south-west corner in the file's name (N43E076). */
export function readHgt(zipFile: string): { south: number; west: number; heights: Int16Array } {
  const entries = unzipSync(readFileSync(zipFile));
  const name = Object.keys(entries).find((n) => n.endsWith('.hgt'));
  if (!name) throw new Error(`${zipFile} holds no .hgt file`);
  const match = /([NS])(\d\d)([EW])(\d\d\d)\.hgt$/.exec(name);
  if (!match) throw new Error(`${name} is not named like an SRTM tile`);
  const bytes = entries[name];
  if (bytes.length !== SRTM_SIZE * SRTM_SIZE * 2) throw new Error(`${name} is not a 3 arc-second tile`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const heights = new Int16Array(SRTM_SIZE * SRTM_SIZE);
  for (let i = 0; i < heights.length; i++) heights[i] = view.getInt16(i * 2, false);
  const south = Number(match[2]) * (match[1] === 'N' ? 1 : -1);
  const west = Number(match[4]) * (match[3] === 'E' ? 1 : -1);
  return { south, west, heights };
}

/**
 * Fills no-data cells (steep high mountain faces the radar missed) from their filled neighbours, ring by ring
 * inwards from each gap's edge: smooth, and the same on every run.
 */
export function fillVoids(data: Float32Array, width: number, height: number, isVoid: (v: number) => boolean): number {
  let missing: number[] = [];
  for (let i = 0; i < data.length; i++) if (isVoid(data[i])) missing.push(i);
  const filled = missing.length;
  const known = new Uint8Array(data.length).fill(1);
  for (const i of missing) known[i] = 0;
  while (missing.length) {
    const next: number[] = [];
    const updates: [number, number][] = [];
    for (const i of missing) {
      const [x, y] = [i % width, Math.floor(i / width)];
      let [sum, n] = [0, 0];
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          if ((dx || dy) && nx >= 0 && ny >= 0 && nx < width && ny < height && known[ny * width + nx]) {
            sum += data[ny * width + nx];
            n++;
          }
        }
      if (n) updates.push([i, sum / n]);
      else next.push(i);
    }
    if (updates.length === 0) throw new Error('an elevation grid has no data at all');
    for (const [i, v] of updates) {
      data[i] = v;
      known[i] = 1;
    }
    missing = next;
  }
  return filled;
}

/** SRTM tiles mosaicked into one grid (neighbouring tiles share their edge row and column), gaps filled. */
export function mosaicSrtm(tiles: { south: number; west: number; heights: Int16Array }[]): Grid & { filled: number } {
  const west = Math.min(...tiles.map((t) => t.west));
  const south = Math.min(...tiles.map((t) => t.south));
  const cols = Math.max(...tiles.map((t) => t.west)) - west + 1;
  const rows = Math.max(...tiles.map((t) => t.south)) - south + 1;
  const n = SRTM_SIZE - 1;
  const width = cols * n + 1;
  const height = rows * n + 1;
  const data = new Float32Array(width * height).fill(SRTM_VOID);
  for (const t of tiles) {
    const x0 = (t.west - west) * n;
    const y0 = (south + rows - 1 - t.south) * n;
    for (let y = 0; y < SRTM_SIZE; y++)
      for (let x = 0; x < SRTM_SIZE; x++) {
        const v = t.heights[y * SRTM_SIZE + x];
        const i = (y0 + y) * width + x0 + x;
        if (v !== SRTM_VOID || data[i] === SRTM_VOID) data[i] = v;
      }
  }
  const filled = fillVoids(data, width, height, (v) => v === SRTM_VOID);
  return { width, height, west, north: south + rows, step: 1 / n, data, filled };
}

/**
 * The grid blurred with a Gaussian of `sigma` cells (separable, edges extended). ETOPO5's land heights come in
 * 50-foot (15.24 m) steps, which shaded on the flat steppe draw contour-like stripes; a blur of about one
 * cell smooths the steps away and leaves mountains, whose relief is thousands of metres, as they are.
 */
export function blur(grid: Grid, sigma: number): Grid {
  const radius = Math.ceil(sigma * 3);
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) => Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((a, b) => a + b, 0);
  const weights = kernel.map((k) => k / total);
  const { width, height } = grid;
  const pass = (src: Float32Array, horizontal: boolean) => {
    const out = new Float32Array(src.length);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        let sum = 0;
        for (let k = -radius; k <= radius; k++) {
          const xx = horizontal ? Math.min(Math.max(x + k, 0), width - 1) : x;
          const yy = horizontal ? y : Math.min(Math.max(y + k, 0), height - 1);
          sum += src[yy * width + xx] * weights[k + radius];
        }
        out[y * width + x] = sum;
      }
    return out;
  };
  return { ...grid, data: pass(pass(grid.data, true), false) };
}

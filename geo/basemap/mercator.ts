/** Web Mercator: longitude and latitude to the unit square MapLibre's tile 0/0/0 covers, and back, and tiles. */

/** Metres on the ground across the unit square at the equator (the WGS 84 equator's length). */
export const EQUATOR_M = 40_075_016.686;

export const mercX = (lon: number): number => (lon + 180) / 360;
export const mercY = (lat: number): number =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
export const lonOf = (x: number): number => x * 360 - 180;
export const latOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

export type Bounds = [west: number, south: number, east: number, north: number];

/** The tiles of zoom z that a box overlaps, west to east then north to south. */
export function tilesCovering([w, s, e, n]: Bounds, z: number): { z: number; x: number; y: number }[] {
  const k = 2 ** z;
  const [x0, x1] = [Math.floor(mercX(w) * k), Math.ceil(mercX(e) * k) - 1];
  const [y0, y1] = [Math.floor(mercY(n) * k), Math.ceil(mercY(s) * k) - 1];
  const tiles = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) tiles.push({ z, x, y });
  return tiles;
}

/** A tile's box in longitude and latitude. */
export function tileBounds(z: number, x: number, y: number): Bounds {
  const k = 2 ** z;
  return [lonOf(x / k), latOf((y + 1) / k), lonOf((x + 1) / k), latOf(y / k)];
}

/**
 * The zoom at which MapLibre shows a box in a viewport of the given size (as `fitBounds` does, with its padding):
 * 512-pixel tiles, so zoom z spans 512 × 2^z pixels.
 */
export function fitZoom([w, s, e, n]: Bounds, width: number, height: number, padding = 0): number {
  const zx = Math.log2((width - 2 * padding) / (512 * (mercX(e) - mercX(w))));
  const zy = Math.log2((height - 2 * padding) / (512 * (mercY(s) - mercY(n))));
  return Math.min(zx, zy);
}

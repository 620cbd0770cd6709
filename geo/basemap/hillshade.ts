/**
 * Shaded relief as a transparent overlay: shadows in black and lit slopes in white, their strength in the
 * alpha channel, over a raster laid out in Web Mercator (so an `image` source or a tile shows it undistorted).
 */
import { type Grid, sample } from './dem.ts';
import { EQUATOR_M, latOf, lonOf } from './mercator.ts';

/** A raster's extent in the Web Mercator unit square and its size in pixels. */
export interface MercatorRaster {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  width: number;
  height: number;
}

export interface ShadeStyle {
  /** Light from the north-west, as cartographers draw it: 315°, 45° above the horizon. */
  azimuth: number;
  altitude: number;
  /** Vertical exaggeration: small-scale relief needs some to show at all. */
  exaggeration: number;
  /** Strongest shadow and highlight, as alpha 0–255, and how fast they reach it. */
  shadowAlpha: number;
  highlightAlpha: number;
  gain: number;
  /** Shading weaker than this (0–1) is left out: the steppe stays clear, and clear pixels cost no bytes. */
  threshold: number;
  /** Alpha is rounded to this many steps: fewer distinct values, a much smaller PNG, no visible banding. */
  levels: number;
  /** Heights below this are the Caspian's surface (-28 m): the sea bed beneath it is not shaded. */
  floor: number;
}

/**
 * The region's look, tuned by eye on the default view and for bytes (32 KB at 660 px across; 8 alpha steps
 * and a threshold of 0.06 made it 53 KB): ETOPO5's 9-km cells need a strong
 * exaggeration to show anything, and weak shading is dropped so the steppe stays clear.
 */
export const regionStyle: ShadeStyle = {
  azimuth: 315,
  altitude: 45,
  exaggeration: 20,
  shadowAlpha: 120,
  highlightAlpha: 50,
  gain: 1,
  threshold: 0.1,
  levels: 5,
  floor: -28,
};

/** Heights at the raster's pixel centres, resampled from a latitude/longitude grid. */
export function resample(grid: Grid, r: MercatorRaster, floor: number): Float32Array {
  const out = new Float32Array(r.width * r.height);
  for (let py = 0; py < r.height; py++) {
    const lat = latOf(r.y0 + ((py + 0.5) / r.height) * (r.y1 - r.y0));
    for (let px = 0; px < r.width; px++) {
      const lon = lonOf(r.x0 + ((px + 0.5) / r.width) * (r.x1 - r.x0));
      out[py * r.width + px] = Math.max(floor, sample(grid, lon, lat));
    }
  }
  return out;
}

/**
 * The shading of each pixel, from -1 (facing away from the light) through 0 (flat) to +1, by Horn's slope
 * and aspect on the 3 × 3 neighbourhood, with each pixel's true ground size (Mercator stretches it by
 * 1/cos(latitude)).
 */
export function shade(heights: Float32Array, r: MercatorRaster, style: ShadeStyle): Float32Array {
  const { width, height } = r;
  const zenith = ((90 - style.altitude) * Math.PI) / 180;
  const azimuth = (((360 - style.azimuth + 90) % 360) * Math.PI) / 180;
  const flat = Math.cos(zenith);
  const out = new Float32Array(width * height);
  const at = (x: number, y: number) =>
    heights[Math.min(Math.max(y, 0), height - 1) * width + Math.min(Math.max(x, 0), width - 1)];
  for (let y = 0; y < height; y++) {
    const lat = latOf(r.y0 + ((y + 0.5) / height) * (r.y1 - r.y0));
    const cos = Math.cos((lat * Math.PI) / 180);
    const dx = ((r.x1 - r.x0) / width) * EQUATOR_M * cos;
    const dy = ((r.y1 - r.y0) / height) * EQUATOR_M * cos;
    for (let x = 0; x < width; x++) {
      const [a, b, c] = [at(x - 1, y - 1), at(x, y - 1), at(x + 1, y - 1)];
      const [d, f] = [at(x - 1, y), at(x + 1, y)];
      const [g, h, i] = [at(x - 1, y + 1), at(x, y + 1), at(x + 1, y + 1)];
      const dzdx = ((c + 2 * f + i - (a + 2 * d + g)) / (8 * dx)) * style.exaggeration;
      const dzdy = ((g + 2 * h + i - (a + 2 * b + c)) / (8 * dy)) * style.exaggeration;
      const slope = Math.atan(Math.hypot(dzdx, dzdy));
      const aspect = Math.atan2(dzdy, -dzdx);
      const lit = Math.cos(zenith) * Math.cos(slope) + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuth - aspect);
      out[y * width + x] = (lit - flat) / (lit >= flat ? 1 - flat : flat);
    }
  }
  return out;
}

/**
 * Grey and alpha bytes: black with the shadow's strength, white with the light's. `fade` (0–1 per pixel)
 * weakens it, to feather the raster's edges where the elevation data ends.
 */
export function toGreyAlpha(shading: Float32Array, style: ShadeStyle, fade?: (i: number) => number): Uint8Array {
  const out = new Uint8Array(shading.length * 2);
  for (let i = 0; i < shading.length; i++) {
    const s = shading[i];
    const raw = Math.min(1, Math.abs(s) * style.gain);
    const strength = (Math.max(0, raw - style.threshold) / (1 - style.threshold)) * (fade ? fade(i) : 1);
    const step = Math.round(strength * style.levels) / style.levels;
    const alpha = Math.round(step * (s < 0 ? style.shadowAlpha : style.highlightAlpha));
    out[i * 2] = alpha === 0 ? 0 : s < 0 ? 0 : 255;
    out[i * 2 + 1] = alpha;
  }
  return out;
}

/**
 * A story's shaded relief: the world pack's shading steps (pack-relief.ts) projected into a Web Mercator
 * image of the story's box, black shadows and white light on transparency like the region's image, with
 * the zoom its pixels support (past it they are blocks; the map fades the relief out by then).
 */
import type { Bbox } from '../../src/story/schema.ts';
import { latFromY, mercatorX, mercatorY } from '../../src/static/mercator.ts';
import { regionStyle } from '../basemap/hillshade.ts';
import { encodeGreyAlpha } from '../basemap/png.ts';
import { HIGHLIGHT, RELIEF_GRID } from './pack-relief.ts';

/**
 * The image's width at most. A story as wide as the default one (a box of 75° by 53° once it leaves room for
 * a phone's tall map) must start on no more relief bytes than the default map's 660-pixel image of 46° by
 * 25° (geo/story/fitted-basemap.test.ts; test/browser/budget.test.ts holds the relief to 40 KB): 440 pixels
 * do. A smaller box gets one pixel per ETOPO5 cell, no more: more pixels would hold no more relief.
 */
export const MAX_WIDTH = 440;

/**
 * The zoom past which a pixel of the image covers more than this many screen pixels, and the relief
 * turns to blocks: at 4 it is soft but reads as relief; at 8 (ETOPO5 at zoom 7) it is "a few grey blocks".
 */
export const MAX_SCREEN_PIXELS = 4;

/** A step's signed strength: -1 (the strongest shadow) to 1 (the strongest light). */
const strengthOf = (v: number) =>
  v === 0 ? 0 : v > HIGHLIGHT ? (v - HIGHLIGHT) / regionStyle.levels : -v / regionStyle.levels;

/** The steps' strength at a point, interpolated between the four nearest cells; longitude wraps. */
function sample(steps: Uint8Array, lon: number, lat: number): number {
  const { width, height, cellsPerDegree, west, north } = RELIEF_GRID;
  const fx = ((((lon - west) * cellsPerDegree) % width) + width) % width;
  const fy = Math.min(Math.max((north - lat) * cellsPerDegree, 0), height - 1);
  const [x0, y0] = [Math.floor(fx), Math.min(Math.floor(fy), height - 2)];
  const [tx, ty] = [fx - x0, fy - y0];
  const x1 = (x0 + 1) % width;
  const at = (x: number, y: number) => strengthOf(steps[y * width + x]);
  const top = at(x0, y0) * (1 - tx) + at(x1, y0) * tx;
  const bottom = at(x0, y0 + 1) * (1 - tx) + at(x1, y0 + 1) * tx;
  return top * (1 - ty) + bottom * ty;
}

/** A zoom, rounded down to a tenth. */
const floorTenth = (z: number) => Math.floor(z * 10) / 10;

/**
 * The zoom an image of `width` pixels over a box `lonSpan` degrees wide supports: a zoom-z map is
 * 512 · 2^z pixels round the world.
 */
export const supportedZoom = (width: number, lonSpan: number): number =>
  floorTenth(Math.log2((MAX_SCREEN_PIXELS * width * 360) / (512 * lonSpan)));

/** The relief image of a box (unwrapped longitudes), its box, size and the zoom it supports. */
export function storyRelief(steps: Uint8Array, box: Bbox) {
  const [w, s, e, n] = box;
  const width = Math.min(MAX_WIDTH, Math.ceil((e - w) * RELIEF_GRID.cellsPerDegree));
  const [x0, x1, y0, y1] = [mercatorX(w), mercatorX(e), mercatorY(n), mercatorY(s)];
  const height = Math.max(1, Math.round((width * (y1 - y0)) / (x1 - x0)));
  const pixels = new Uint8Array(width * height * 2);
  for (let py = 0; py < height; py++) {
    const lat = latFromY(y0 + ((py + 0.5) / height) * (y1 - y0));
    for (let px = 0; px < width; px++) {
      const lon = w + ((px + 0.5) / width) * (e - w);
      const s = sample(steps, lon, lat);
      const step = Math.round(Math.abs(s) * regionStyle.levels) / regionStyle.levels;
      const alpha = Math.round(step * (s < 0 ? regionStyle.shadowAlpha : regionStyle.highlightAlpha));
      const i = (py * width + px) * 2;
      pixels[i] = alpha === 0 || s < 0 ? 0 : 255;
      pixels[i + 1] = alpha;
    }
  }
  return {
    png: encodeGreyAlpha(width, height, pixels),
    bbox: box,
    width,
    height,
    maxzoom: supportedZoom(width, e - w),
  };
}

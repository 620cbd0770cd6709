/**
 * A story's extent and the box its base map is clipped to, in unwrapped longitudes: west < east, and a
 * story across the antimeridian (Fiji, Chukotka–Alaska) has east > 180 (170 to 190, not -180 to 180).
 * That is the convention the map's renderer uses for such a story.
 */
import type { Bbox } from '../../src/story/schema.ts';
import { latFromY, mercatorX, mercatorY } from '../../src/static/mercator.ts';

/**
 * The smallest box holding every point, going round the globe the short way: the longitudes are split at
 * their widest gap, so events at 178° E and 179° W span 3°, not 357°. West is in -180…180; east may pass 180.
 */
export function extentOf(points: readonly (readonly number[])[]): Bbox {
  if (points.length === 0) throw new Error('no points: a story has at least one event');
  const lons = [...new Set(points.map((p) => p[0]))].sort((a, b) => a - b);
  const lats = points.map((p) => p[1]);
  // The gap after each longitude, the last one wrapping round to the first.
  let widest = lons.length - 1;
  let gap = lons[0] + 360 - lons[lons.length - 1];
  for (let i = 0; i < lons.length - 1; i++) if (lons[i + 1] - lons[i] > gap) [widest, gap] = [i, lons[i + 1] - lons[i]];
  const west = lons[(widest + 1) % lons.length];
  const east = widest === lons.length - 1 ? lons[lons.length - 1] : lons[widest] + 360;
  return [west, Math.min(...lats), east, Math.max(...lats)];
}

/** Whether a box crosses the antimeridian (its east is past 180°). */
export const crossesAntimeridian = (box: Bbox): boolean => box[2] > 180;

/**
 * The widest and the tallest map a story is shown in (width / height): a wide page's map, and a phone's in
 * portrait. The clip box leaves room for the events' box in both, so the map can open on all of them.
 */
export const ASPECTS = { widest: 2.6, tallest: 0.7 } as const;

/** The web map's latitude limit, and how far a story's box may reach towards it. */
const MAX_LAT = 85;

/**
 * The box a story's base map is clipped to, and the reader may pan within: the events' box with a margin of
 * half its size (at least 3° and at most 10° each way: a continent-wide story needs no second continent round
 * it), then widened or heightened, in Web Mercator, until the events' box
 * fits in it at every aspect from ASPECTS.tallest to ASPECTS.widest. Without that, a long thin story (Chile,
 * 13° tall and 3° wide) would be clipped to a box a wide map can show only zoomed in on part of it.
 */
export function clipBox(extent: Bbox): Bbox {
  const [w, s, e, n] = extent;
  const pad = (span: number) => Math.min(10, Math.max(3, span / 2));
  let [x0, x1] = [mercatorX(w - pad(e - w)), mercatorX(e + pad(e - w))];
  let [y0, y1] = [mercatorY(Math.min(MAX_LAT, n + pad(n - s))), mercatorY(Math.max(-MAX_LAT, s - pad(n - s)))];
  // What a map of each extreme aspect shows when it fits the events' box, round the box's centre (Mercator units).
  const [ex0, ex1, ey0, ey1] = [mercatorX(w), mercatorX(e), mercatorY(n), mercatorY(s)];
  const [cx, cy] = [(ex0 + ex1) / 2, (ey0 + ey1) / 2];
  const halfWidth = ((ey1 - ey0) * ASPECTS.widest) / 2;
  const halfHeight = (ex1 - ex0) / ASPECTS.tallest / 2;
  [x0, x1] = [Math.min(x0, cx - halfWidth), Math.max(x1, cx + halfWidth)];
  [y0, y1] = [Math.min(y0, cy - halfHeight), Math.max(y1, cy + halfHeight)];
  // Never more than the whole world round, nor past the latitude limit (then the box slides, keeping its height).
  if (x1 - x0 > 1) [x0, x1] = [cx - 0.5, cx + 0.5];
  const [top, bottom] = [mercatorY(MAX_LAT), mercatorY(-MAX_LAT)];
  const height = Math.min(y1 - y0, bottom - top);
  if (y0 < top) [y0, y1] = [top, top + height];
  if (y1 > bottom) [y0, y1] = [bottom - height, bottom];
  let west = x0 * 360 - 180;
  let east = x1 * 360 - 180;
  // West stays in -180…180: a box that starts past the antimeridian is shifted a turn.
  if (west < -180) [west, east] = [west + 360, east + 360];
  if (west >= 180) [west, east] = [west - 360, east - 360];
  // Rounded outwards, so the rounded box still holds what the exact one does.
  const out = (x: number, up: boolean) => (up ? Math.ceil(x * 100) : Math.floor(x * 100)) / 100;
  return [out(west, false), out(latFromY(y1), false), out(east, true), out(latFromY(y0), true)];
}

import type { Geometry, Position } from 'geojson';
import simplify from 'simplify-js';
import type { Projection } from './mercator.ts';

type Pixel = [number, number];
/** A geometry's lines and rings in pixels, each kept in one piece across the antimeridian. */
export interface Projected {
  /** Open lines and closed rings. */
  parts: { points: Pixel[]; closed: boolean }[];
  /** Their pixel box: [x1, y1, x2, y2]. */
  box: [number, number, number, number];
}

/** Pixels to a tenth: finer than any screen, and a short path. */
const r = (x: number) => Math.round(x * 10) / 10;

/** A geometry's lines and rings projected; points have none. */
export function project(geometry: Geometry, projection: Projection): Projected {
  const parts: Projected['parts'] = [];
  const add = (line: Position[], closed: boolean) => void parts.push({ points: projection.line(line), closed });
  const visit = (g: Geometry): void => {
    switch (g.type) {
      case 'LineString':
        return add(g.coordinates, false);
      case 'MultiLineString':
        return g.coordinates.forEach((l) => add(l, false));
      case 'Polygon':
        return g.coordinates.forEach((l) => add(l, true));
      case 'MultiPolygon':
        return g.coordinates.forEach((p) => p.forEach((l) => add(l, true)));
      case 'GeometryCollection':
        return g.geometries.forEach(visit);
    }
  };
  visit(geometry);
  let box: Projected['box'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { points } of parts)
    for (const [x, y] of points)
      box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
  return { parts, box };
}

/** A relative step: the sign separates numbers, so a positive one needs a space only after another number. */
const step = (d: number): string => {
  const s = String(r(d));
  return s.startsWith('-') ? s : ` ${s}`;
};

/**
 * A line of pixels as SVG path commands, simplified first (Douglas–Peucker, within `tolerance` pixels):
 * the static map carries no more detail than it can show. Steps are relative to the last point written,
 * rounded: shorter numbers, no drift.
 */
function ring(points: Pixel[], close: boolean, tolerance: number): string {
  const kept = simplify(
    points.map(([x, y]) => ({ x, y })),
    tolerance,
    true,
  );
  let out = '';
  let last: Pixel | null = null;
  for (const p of kept) {
    const [x, y] = [r(p.x), r(p.y)];
    if (!last) out += `M${x} ${y}`;
    else if (x !== last[0] || y !== last[1]) out += `l${step(x - last[0])}${step(y - last[1])}`;
    last = [x, y];
  }
  return close && out ? `${out}z` : out;
}

/** Projected lines and rings as an SVG path's `d` (which Canvas 2D's Path2D reads too). */
export const pathData = (p: Projected, tolerance = 0.35): string =>
  p.parts.map((part) => ring(part.points, part.closed, tolerance)).join('');

/** A geometry as an SVG path's `d`, or '' for points. */
export const pathOf = (geometry: Geometry, projection: Projection, tolerance = 0.35): string =>
  pathData(project(geometry, projection), tolerance);

import type { Geometry, Position } from 'geojson';

type Project = (p: readonly number[]) => [number, number];

/** Pixels to a tenth: finer than any screen, and a short path. */
const r = (x: number) => Math.round(x * 10) / 10;

/**
 * A line of positions as SVG path commands, dropping the points closer than `tolerance` pixels to
 * the last one kept: the static map carries no more detail than it can show.
 */
function ring(points: Position[], project: Project, close: boolean, tolerance: number): string {
  let out = '';
  // Steps are relative to the last point written, rounded: shorter numbers, no drift.
  let last: [number, number] | null = null;
  points.forEach((p, i) => {
    const [px, py] = project(p);
    const [x, y] = [r(px), r(py)];
    const end = i === points.length - 1;
    if (last && !end && Math.abs(x - last[0]) < tolerance && Math.abs(y - last[1]) < tolerance) return;
    if (!last) out += `M${x} ${y}`;
    else if (x !== last[0] || y !== last[1]) out += `l${step(x - last[0])}${step(y - last[1])}`;
    last = [x, y];
  });
  return close && out ? `${out}z` : out;
}

/** A relative step: the sign separates numbers, so a positive one needs a space only after another number. */
const step = (d: number): string => {
  const s = String(r(d));
  return s.startsWith('-') ? s : ` ${s}`;
};

/** A geometry as an SVG path's `d`, or '' for points. */
export function pathOf(geometry: Geometry, project: Project, tolerance = 0.6): string {
  switch (geometry.type) {
    case 'LineString':
      return ring(geometry.coordinates, project, false, tolerance);
    case 'MultiLineString':
      return geometry.coordinates.map((l) => ring(l, project, false, tolerance)).join('');
    case 'Polygon':
      return geometry.coordinates.map((l) => ring(l, project, true, tolerance)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((p) => p.map((l) => ring(l, project, true, tolerance))).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => pathOf(g, project, tolerance)).join('');
    default:
      return '';
  }
}

/** The box of a geometry's positions, in pixels. */
export function pixelBox(geometry: Geometry, project: Project): [number, number, number, number] {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = project(c as number[]);
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x);
      y2 = Math.max(y2, y);
    } else (c as unknown[]).forEach(visit);
  };
  if (geometry.type !== 'GeometryCollection') visit(geometry.coordinates);
  else
    for (const g of geometry.geometries) {
      const [a, b, c, d] = pixelBox(g, project);
      [x1, y1, x2, y2] = [Math.min(x1, a), Math.min(y1, b), Math.max(x2, c), Math.max(y2, d)];
    }
  return [x1, y1, x2, y2];
}

/**
 * Layout of a detail inset: points a few km apart (Almaty's seized buildings) drawn at their true
 * relative positions in a small box, as numbered markers that never overlap. Markers that would
 * touch are pushed apart, and keep a leader line to the true position; the names go in a legend.
 */
export interface InsetPoint {
  id: string;
  lng: number;
  lat: number;
}

export interface PlacedPoint extends InsetPoint {
  /** The true position in the box. */
  x: number;
  y: number;
  /** Where the marker is drawn: the true position unless it had to move. */
  mx: number;
  my: number;
}

/** The inset's frame: west, south, east, north (the story's `inset` overlay). */
export type Frame = readonly [number, number, number, number];

/**
 * Projects a frame into the middle of a `width` × `height` box (equirectangular, scaled by the cosine
 * of its middle latitude, so distances are true at city scale, north up). The base map under the
 * markers and the markers share it.
 */
export function insetProjection(
  frame: Frame,
  width: number,
  height: number,
): (p: readonly number[]) => [number, number] {
  const [w, s, e, n] = frame;
  const k = Math.cos(((s + n) / 2) * (Math.PI / 180));
  const scale = Math.min(width / ((e - w) * k || 1), height / (n - s || 1));
  const ox = (width - (e - w) * k * scale) / 2;
  const oy = (height - (n - s) * scale) / 2;
  return ([lng, lat]) => [ox + (lng - w) * k * scale, oy + (n - lat) * scale];
}

/**
 * Places the points with `project`, then separates markers of radius `r` by relaxation, keeping
 * them inside the box.
 */
export function layoutInset(
  points: InsetPoint[],
  project: (p: readonly number[]) => [number, number],
  width: number,
  height: number,
  r = 8,
): PlacedPoint[] {
  const placed = points.map((p) => {
    const [x, y] = project([p.lng, p.lat]);
    return { ...p, x, y, mx: x, my: y };
  });

  const min = 2 * r + 2;
  const keepInside = (p: PlacedPoint) => {
    p.mx = Math.min(width - r - 1, Math.max(r + 1, p.mx));
    p.my = Math.min(height - r - 1, Math.max(r + 1, p.my));
  };
  // A point by the frame's edge keeps its marker whole, with a leader to where it stands.
  placed.forEach(keepInside);
  for (let round = 0; round < 100; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const [a, b] = [placed[i], placed[j]];
        let dx = b.mx - a.mx;
        let dy = b.my - a.my;
        let d = Math.hypot(dx, dy);
        if (d >= min) continue;
        // Coincident points part along a fixed direction per pair, so the layout is deterministic.
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        const push = (min - d) / 2 + 0.01;
        a.mx -= (dx / d) * push;
        a.my -= (dy / d) * push;
        b.mx += (dx / d) * push;
        b.my += (dy / d) * push;
        keepInside(a);
        keepInside(b);
        moved = true;
      }
    if (!moved) break;
  }
  return placed;
}

/** A scale bar for the inset: the longest round number of km that is at most `maxPx` long, and its length in pixels. */
export function scaleBar(
  frame: Frame,
  project: (p: readonly number[]) => [number, number],
  maxPx: number,
): { km: number; px: number } {
  const [w, s] = frame;
  // A degree of latitude is 111.32 km: north–south distances are true in this projection.
  const pxPerKm = project([w, s])[1] - project([w, s + 1 / 111.32])[1];
  const km = [50, 20, 10, 5, 2, 1].find((k) => k * pxPerKm <= maxPx) ?? 1;
  return { km, px: km * pxPerKm };
}

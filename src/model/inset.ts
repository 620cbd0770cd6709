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

/**
 * Projects the points into a `width` × `height` box (equirectangular, scaled by the cosine of their
 * mean latitude, so distances are true at city scale, north up), then separates markers of radius
 * `r` by relaxation, keeping them inside the box.
 */
export function layoutInset(points: InsetPoint[], width: number, height: number, r = 8, pad = 12): PlacedPoint[] {
  if (points.length === 0) return [];
  const k = Math.cos((points.reduce((s, p) => s + p.lat, 0) / points.length) * (Math.PI / 180));
  const xs = points.map((p) => p.lng * k);
  const ys = points.map((p) => p.lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const scale = Math.min(width - 2 * (pad + r), height - 2 * (pad + r)) / span;
  const ox = (width - (maxX - minX) * scale) / 2;
  const oy = (height - (maxY - minY) * scale) / 2;

  const placed = points.map((p, i) => {
    const x = ox + (xs[i] - minX) * scale;
    const y = oy + (maxY - ys[i]) * scale;
    return { ...p, x, y, mx: x, my: y };
  });

  const min = 2 * r + 2;
  const keepInside = (p: PlacedPoint) => {
    p.mx = Math.min(width - r - 1, Math.max(r + 1, p.mx));
    p.my = Math.min(height - r - 1, Math.max(r + 1, p.my));
  };
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

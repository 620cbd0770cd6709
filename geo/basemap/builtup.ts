/**
 * Almaty's built-up area, derived: the 2012 extract has buildings and streets but only patches of landuse,
 * so the outline is drawn around where buildings, streets and built-up landuse are dense, on a grid.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds } from './mercator.ts';

/** About 120 m cells at Almaty's latitude. */
export const CELL = { lon: 0.0015, lat: 0.0011 };

export interface Marks {
  /** Points that mark their cell built-up (building corners). */
  points: Position[];
  /** Lines marked along their length (streets). */
  lines: Position[][];
  /** Areas whose cells are built-up (residential, commercial, industrial landuse). */
  areas: Position[][][];
}

interface Raster {
  width: number;
  height: number;
  cells: Uint8Array;
}

function mark(bounds: Bounds, marks: Marks): Raster {
  const [w, s, e, n] = bounds;
  const width = Math.ceil((e - w) / CELL.lon);
  const height = Math.ceil((n - s) / CELL.lat);
  const cells = new Uint8Array(width * height);
  const set = ([x, y]: Position) => {
    const cx = Math.floor((x - w) / CELL.lon);
    const cy = Math.floor((n - y) / CELL.lat);
    if (cx >= 0 && cy >= 0 && cx < width && cy < height) cells[cy * width + cx] = 1;
  };
  marks.points.forEach(set);
  for (const line of marks.lines)
    for (let i = 1; i < line.length; i++) {
      const [a, b] = [line[i - 1], line[i]];
      const steps = Math.ceil(Math.max(Math.abs(b[0] - a[0]) / CELL.lon, Math.abs(b[1] - a[1]) / CELL.lat) * 2) || 1;
      for (let k = 0; k <= steps; k++) set([a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps]);
    }
  for (const rings of marks.areas) {
    const polygon = turf.polygon(rings);
    const [pw, ps, pe, pn] = turf.bbox(polygon);
    for (let y = ps + CELL.lat / 2; y < pn; y += CELL.lat)
      for (let x = pw + CELL.lon / 2; x < pe; x += CELL.lon)
        if (turf.booleanPointInPolygon([x, y], polygon)) set([x, y]);
  }
  return { width, height, cells };
}

/** Dilation (grow) or erosion (shrink) by `r` cells, with a square neighbourhood. */
function morph(r: Raster, radius: number, grow: boolean): Raster {
  const out = new Uint8Array(r.cells.length);
  for (let y = 0; y < r.height; y++)
    for (let x = 0; x < r.width; x++) {
      let any = false;
      let all = true;
      for (let dy = -radius; dy <= radius; dy++)
        for (let dx = -radius; dx <= radius; dx++) {
          const [nx, ny] = [x + dx, y + dy];
          const v = nx >= 0 && ny >= 0 && nx < r.width && ny < r.height ? r.cells[ny * r.width + nx] : 0;
          any ||= v === 1;
          all &&= v === 1;
        }
      out[y * r.width + x] = (grow ? any : all) ? 1 : 0;
    }
  return { ...r, cells: out };
}

/**
 * The built-up outline: cells marked, closed by `close` cells (blocks between streets fill in), opened by one
 * (lone roads across fields drop out), outlined between cell centres and simplified. Parts under `minKm2` are
 * left out, and so are holes under it.
 */
export function builtUpArea(bounds: Bounds, marks: Marks, close = 2, minKm2 = 0.5): Feature<MultiPolygon> {
  let r = mark(bounds, marks);
  r = morph(morph(r, close, true), close, false);
  r = morph(morph(r, 1, false), 1, true);
  const [w, , , n] = bounds;
  const cell = (x: number, y: number) =>
    x >= 0 && y >= 0 && x < r.width && y < r.height ? r.cells[y * r.width + x] : 0;
  const points = [];
  // Each cell the mean of its 3 × 3 neighbourhood, so the outline cuts corners instead of stepping round
  // cells; a ring of empty cells round the grid, so every outline closes.
  for (let y = -1; y <= r.height; y++)
    for (let x = -1; x <= r.width; x++) {
      let sum = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) sum += cell(x + dx, y + dy);
      const v = x >= 0 && y >= 0 && x < r.width && y < r.height ? sum / 9 : 0;
      points.push(turf.point([w + (x + 0.5) * CELL.lon, n - (y + 0.5) * CELL.lat], { v }));
    }
  const bands = turf.isobands(turf.featureCollection(points), [0.5, 2], { zProperty: 'v' });
  const polygons = bands.features
    .flatMap((f) => f.geometry.coordinates)
    .map((rings) => rings.filter((ring, i) => i === 0 || turf.area(turf.polygon([ring])) >= minKm2 * 1e6))
    .filter((rings) => turf.area(turf.polygon([rings[0]])) >= minKm2 * 1e6)
    .map((rings) => turf.simplify(turf.polygon(rings), { tolerance: CELL.lat * 0.6, highQuality: true }).geometry)
    .map((p: Polygon) => p.coordinates);
  return turf.multiPolygon(polygons);
}

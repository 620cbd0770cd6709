/**
 * Web Mercator as MapLibre draws it (512-pixel tiles), and the camera a view opens on: the static
 * map and MapLibre use the same camera, so places fall on the same pixels in both.
 */
export type Bbox = [west: number, south: number, east: number, north: number];
export interface Size {
  width: number;
  height: number;
}
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

const TILE = 512;
const MAX_LAT = 85.051129;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A longitude and latitude as a fraction of the world's width and height (0..1 from the north-west). */
export const mercatorX = (lng: number): number => (180 + lng) / 360;
export const mercatorY = (lat: number): number => {
  const phi = (clamp(lat, -MAX_LAT, MAX_LAT) * Math.PI) / 180;
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))) / 360;
};
export const lngFromX = (x: number): number => x * 360 - 180;
export const latFromY = (y: number): number =>
  (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

export const worldSize = (zoom: number): number => TILE * 2 ** zoom;

/** `lng` moved by whole turns to within half a turn of `center`: the copy of a place nearest the camera. */
export const wrapNear = (lng: number, center: number): number => lng - 360 * Math.round((lng - center) / 360);

/**
 * A box with its east edge past its west one: a box across the antimeridian (west 170, east -170) is
 * read as running east to 190, so spans and centres are measured the short way across it.
 */
export const unwrapBox = ([w, s, e, n]: Bbox): Bbox => [w, s, e < w ? e + 360 : e, n];

/** Pixels of a viewport of `size` looking at `camera`, from [lng, lat]. */
export type Project = (p: readonly number[]) => [number, number];

export interface Projection {
  /** A place, at its copy nearest the camera. */
  point: Project;
  /**
   * A line or ring, kept in one piece: its longitudes made continuous (a step of more than half a turn
   * is a crossing of the antimeridian), then the whole moved by turns to lie nearest the camera.
   */
  line: (points: readonly (readonly number[])[]) => [number, number][];
}

/** Projects [lng, lat] to pixels in a viewport of `size` looking at `camera`, across the antimeridian too. */
export function projector(camera: Camera, size: Size): Projection {
  const world = worldSize(camera.zoom);
  const cx = mercatorX(camera.lng) * world;
  const cy = mercatorY(camera.lat) * world;
  const raw = (lng: number, lat: number): [number, number] => [
    mercatorX(lng) * world - cx + size.width / 2,
    mercatorY(lat) * world - cy + size.height / 2,
  ];
  return {
    point: ([lng, lat]) => raw(wrapNear(lng, camera.lng), lat),
    line(points) {
      if (points.length === 0) return [];
      const lngs: number[] = [points[0][0]];
      let [west, east] = [lngs[0], lngs[0]];
      for (let i = 1; i < points.length; i++) {
        const lng = wrapNear(points[i][0], lngs[i - 1]);
        lngs.push(lng);
        [west, east] = [Math.min(west, lng), Math.max(east, lng)];
      }
      const middle = (west + east) / 2;
      const shift = wrapNear(middle, camera.lng) - middle;
      return points.map((p, i) => raw(lngs[i] + shift, p[1]));
    },
  };
}

/** The camera that shows `bounds` whole, `padding` pixels in from each edge (MapLibre's fitBounds). */
export function fitBounds(bounds: Bbox, size: Size, padding = 16): Camera {
  const [w, s, e, n] = unwrapBox(bounds);
  const dx = mercatorX(e) - mercatorX(w);
  const dy = mercatorY(s) - mercatorY(n);
  const scale = Math.min((size.width - 2 * padding) / (dx * TILE), (size.height - 2 * padding) / (dy * TILE));
  const zoom = Math.log2(scale);
  const x = (mercatorX(w) + mercatorX(e)) / 2;
  const y = (mercatorY(n) + mercatorY(s)) / 2;
  return { lng: wrapNear(lngFromX(x), 0), lat: latFromY(y), zoom };
}

/**
 * The camera kept inside `maxBounds`, as MapLibre keeps it: zoomed in until the viewport fits
 * within the box, then moved so no edge of the viewport passes the box's.
 */
export function constrain(camera: Camera, size: Size, maxBounds: Bbox): Camera {
  const [w, s, e, n] = unwrapBox(maxBounds);
  const spanX = mercatorX(e) - mercatorX(w);
  const spanY = mercatorY(s) - mercatorY(n);
  const minZoom = Math.log2(Math.max(size.width / (spanX * TILE), size.height / (spanY * TILE)));
  const zoom = Math.max(camera.zoom, minZoom);
  const world = worldSize(zoom);
  const halfX = size.width / 2 / world;
  const halfY = size.height / 2 / world;
  // The camera's copy nearest the box's middle, so a box across the antimeridian holds it from either side.
  const lng = wrapNear(camera.lng, (w + e) / 2);
  const x = clamp(mercatorX(lng), mercatorX(w) + halfX, mercatorX(e) - halfX);
  const y = clamp(mercatorY(camera.lat), mercatorY(n) + halfY, mercatorY(s) - halfY);
  return { lng: wrapNear(lngFromX(x), 0), lat: latFromY(y), zoom };
}

/** The longitudes and latitudes a viewport shows: west < east, either past ±180 where it crosses the antimeridian. */
export function visibleBounds(camera: Camera, size: Size): Bbox {
  const world = worldSize(camera.zoom);
  const x = mercatorX(camera.lng);
  const y = mercatorY(camera.lat);
  const hx = size.width / 2 / world;
  const hy = size.height / 2 / world;
  return [lngFromX(x - hx), latFromY(y + hy), lngFromX(x + hx), latFromY(y - hy)];
}

/** The view a story opens on, or a view asked for, in a viewport of `size`, within the map's bounds. */
export function cameraFor(
  view: { lng: number; lat: number; zoom: number } | undefined,
  bounds: Bbox,
  maxBounds: Bbox,
  size: Size,
): Camera {
  return constrain(view ?? fitBounds(bounds, size), size, maxBounds);
}

import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { BuiltOverlay, StoryEventCollection } from '../story/built.ts';
import type { AreaSpan, DaySpan } from './day-span.ts';
import { isShown, type DisplayMode } from './visibility.ts';

/** The areas a story's overlays of one kind emphasise, one span per area and overlay. */
export function areaSpans(overlays: readonly BuiltOverlay[], kind: 'countries' | 'regions'): AreaSpan[] {
  return overlays.flatMap((o) => {
    if (o.kind !== kind) return [];
    const areas = o.kind === 'countries' ? o.countries : o.kind === 'regions' ? o.regions : [];
    const category = o.kind === 'countries' ? o.category : undefined;
    return areas.map((area) => ({ overlay: o.id, area, category, day: o.day, endDay: o.endDay }));
  });
}

/** Points along the great circle from `a` to `b` (degrees), so a long route draws as the arc it is. */
export function greatCircle(a: Position, b: Position, steps = 32): Position[] {
  const rad = Math.PI / 180;
  const [l1, p1, l2, p2] = [a[0] * rad, a[1] * rad, b[0] * rad, b[1] * rad];
  const d =
    2 * Math.asin(Math.sqrt(Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin((l2 - l1) / 2) ** 2));
  if (d === 0) return [a, b];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const f = i / steps;
    const A = Math.sin((1 - f) * d) / Math.sin(d);
    const B = Math.sin(f * d) / Math.sin(d);
    const x = A * Math.cos(p1) * Math.cos(l1) + B * Math.cos(p2) * Math.cos(l2);
    const y = A * Math.cos(p1) * Math.sin(l1) + B * Math.cos(p2) * Math.sin(l2);
    const z = A * Math.sin(p1) + B * Math.sin(p2);
    return [Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad];
  });
}

/** The story's routes, drawn as great-circle arcs over their days. */
export interface RouteProps extends DaySpan {
  id: string;
  category?: string;
}

export function routeLines(overlays: readonly BuiltOverlay[]): FeatureCollection<LineString, RouteProps> {
  const features = overlays.flatMap((o): Feature<LineString, RouteProps>[] =>
    o.kind === 'route'
      ? [
          {
            type: 'Feature',
            properties: { id: o.id, day: o.day, endDay: o.endDay, category: o.category },
            geometry: { type: 'LineString', coordinates: greatCircle(o.from, o.to) },
          },
        ]
      : [],
  );
  return { type: 'FeatureCollection', features };
}

/** Place types small enough to need the detail inset when they lie close together. */
const DETAIL_PLACES = new Set(['building', 'airport']);

/**
 * Whether the story's inset lies inside one of its city maps (a `detail` overlay): only then does the
 * build's city overview draw under the inset's markers.
 */
export function insetHasCityMap(overlays: readonly BuiltOverlay[]): boolean {
  const inset = overlays.find((o) => o.kind === 'inset');
  if (!inset) return false;
  const [w, s, e, n] = inset.bbox;
  return overlays.some(
    (o) => o.kind === 'detail' && o.bbox[0] <= w && o.bbox[1] <= s && o.bbox[2] >= e && o.bbox[3] >= n,
  );
}

/**
 * The detail inset of a story: its area, and a function giving the shown events inside it that
 * stand on a building or an airport, one marker per place, at a date. The candidates are found once,
 * so a step of the slider only tests the few events inside the area.
 */
export function insetPoints(collection: StoryEventCollection) {
  const inset = collection.story.overlays.find((o) => o.kind === 'inset');
  if (!inset) return null;
  const [w, s, e, n] = inset.bbox;
  const candidates = collection.features.flatMap((f) => {
    const p = f.properties;
    const [lng, lat] = f.geometry.coordinates;
    const inside = lng >= w && lng <= e && lat >= s && lat <= n;
    return inside && DETAIL_PLACES.has(p.placeType) ? [{ p, lng, lat }] : [];
  });
  return (date: string, mode: DisplayMode) => {
    const seen = new Set<string>();
    const points = candidates.flatMap(({ p, lng, lat }) => {
      if (!isShown(p, date, mode) || seen.has(p.placeId)) return [];
      seen.add(p.placeId);
      return [{ id: p.id, label: p.placeName, lng, lat, category: p.category }];
    });
    return { title: inset.title, frame: inset.bbox, points };
  };
}

/** The countries the story is about (its focus overlays), by ISO code: in the map's emphasis all along. */
export const focusCountries = (overlays: readonly BuiltOverlay[]): string[] => [
  ...new Set(overlays.flatMap((o) => (o.kind === 'focus' ? o.countries : []))),
];

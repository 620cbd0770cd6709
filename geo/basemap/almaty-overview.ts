/**
 * A small Almaty map for the SVG inset (150 pixels for about 25 km, 300 on a double-density screen): the
 * built-up outline, the main roads, the rivers and the big canal, the airport and its runways, and the
 * landmarks, simplified to what such an inset can show. It loads with the page, so every byte counts.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import { roundGeometry } from '../io.ts';
import type { Layer } from './almaty.ts';
import { type Area, cleanArea } from './geometry.ts';

/** Simplification tolerance: about 70 m, under a pixel on a 360-pixel inset of the city (0.35° across). */
const TOLERANCE = 0.0008;
/** Pieces of line shorter than this (3 pixels of the inset) are left out: slip roads, bits of dual carriageway. */
const MIN_PIECE_KM = 0.5;
/** Decimals kept: 0.001° is about 100 m, under a pixel of the inset on a double-density screen. */
const DIGITS = 3;
const MIN_BUILT_KM2 = 2;

type Props = Record<string, string | number | boolean>;

const lineParts = (g: Geometry): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];

/** Lines of one kind merged into one simplified MultiLineString. */
function merged(features: Layer, properties: Props): Feature<MultiLineString, Props> | null {
  const parts = features
    .flatMap((f) => lineParts(f.geometry))
    .map(
      (part) => turf.simplify(turf.lineString(part), { tolerance: TOLERANCE, highQuality: true }).geometry.coordinates,
    )
    .map((part) => roundGeometry<LineString>({ type: 'LineString', coordinates: part }, DIGITS).coordinates)
    .filter((part) => part.length >= 2 && turf.length(turf.lineString(part)) >= MIN_PIECE_KM);
  return parts.length
    ? { type: 'Feature', properties, geometry: { type: 'MultiLineString', coordinates: parts } }
    : null;
}

/** The overview's features. Pure: takes the Almaty layers. */
export function almatyOverview(layers: {
  landuse: Layer;
  roads: Layer;
  waterway: Layer;
  aeroway: Layer;
  labels: Layer;
}) {
  const out: Feature[] = [];
  const built = layers.landuse.find((f) => f.properties.class === 'built-up');
  if (built) {
    const simple = turf.simplify(turf.feature(built.geometry), { tolerance: TOLERANCE * 2, highQuality: true });
    const polygons = turf
      .flatten(simple as Feature<Area>)
      .features.filter((p) => turf.area(p) >= MIN_BUILT_KM2 * 1e6)
      .map((p) => p.geometry.coordinates);
    const geometry = cleanArea(roundGeometry({ type: 'MultiPolygon', coordinates: polygons }, DIGITS));
    if (geometry) out.push({ type: 'Feature', properties: { kind: 'built-up', derived: true }, geometry });
  }
  for (const road of ['trunk', 'primary']) {
    const f = merged(
      layers.roads.filter((r) => r.properties.class === road && !r.properties.link),
      { kind: 'road', class: road },
    );
    if (f) out.push(f);
  }
  const rivers = new Map<string, Layer>();
  for (const w of layers.waterway.filter(
    (w) => (w.properties.class === 'river' || w.properties.class === 'canal') && w.properties.name,
  )) {
    // One name per river: the extract writes Big Almatinka both with and without "р." (river).
    const name = String(w.properties.name_en ?? w.properties.name)
      .replace(/^р\. /, '')
      .replace('Алмаатинка', 'Алматинка');
    rivers.set(name, [...(rivers.get(name) ?? []), w]);
  }
  for (const [name, ws] of [...rivers].sort(([a], [b]) => a.localeCompare(b))) {
    const f = merged(ws, { kind: ws[0].properties.class, name });
    if (f && turf.length(f) > 2) out.push(f);
  }
  const airport = layers.aeroway.find((a) => a.properties.class === 'airport');
  if (airport)
    out.push({
      type: 'Feature',
      properties: { kind: 'airport', derived: true },
      geometry: roundGeometry(airport.geometry, DIGITS),
    });
  const runways = merged(
    layers.aeroway.filter((a) => a.properties.class === 'runway' && turf.bbox(a)[0] > 77),
    { kind: 'runway' },
  );
  if (runways) out.push(runways);
  for (const l of layers.labels) {
    const { id, kind, name_en, name_ru, name_kk } = l.properties;
    out.push({
      type: 'Feature',
      properties: { kind: 'landmark', landmark: kind, id, name_en, name_ru, name_kk },
      geometry: l.geometry,
    });
  }
  return { type: 'FeatureCollection', features: out } as FeatureCollection;
}

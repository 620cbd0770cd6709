/**
 * Almaty's street-level map from the 2012 OpenStreetMap extract, as named layers of GeoJSON features: built-up
 * area and landuse, parks, water, rivers and canals, main streets with their names, rail and tram, the airport,
 * and the story's landmarks. Every file made from it carries CC BY-SA 2.0 (see LICENCES.md).
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Position } from 'geojson';
import { roundGeometry } from '../io.ts';
import { type Landmark, landmarks } from './almaty-landmarks.ts';
import { builtUpArea } from './builtup.ts';
import { type Area, cleanArea, sortedBy } from './geometry.ts';
import type { Bounds } from './mercator.ts';
import { multipolygons, type OsmData, wayLine, wayPolygon, wayPositions } from './osm.ts';

type Props = Record<string, string | number | boolean>;
export type Layer = Feature<Area | LineString | MultiPolygon | Point, Props>[];

/** The source layers of the Almaty tiles, in drawing order (bottom first). */
export const LAYERS = ['landuse', 'water', 'waterway', 'aeroway', 'rail', 'roads', 'labels'] as const;
export type LayerName = (typeof LAYERS)[number];

/** The extract's box (its README: 76.58–77.22° E, 43.06–43.55° N). */
export const ALMATY_EXTRACT: Bounds = [76.58, 43.06, 77.22, 43.55];

/** Street classes kept, with the zoom each first shows at in the tiles. */
export const ROAD_MINZOOM: Record<string, number> = { trunk: 9, primary: 9, secondary: 10, tertiary: 11 };

const LANDUSE: Record<string, string> = {
  'landuse=residential': 'residential',
  'landuse=commercial': 'commercial',
  'landuse=retail': 'commercial',
  'landuse=industrial': 'industrial',
  'landuse=construction': 'construction',
  'landuse=cemetery': 'cemetery',
  'landuse=farmland': 'farmland',
  'landuse=forest': 'forest',
  'natural=wood': 'forest',
  'landuse=grass': 'grass',
  'landuse=meadow': 'grass',
  'leisure=park': 'park',
  'leisure=garden': 'park',
  'leisure=common': 'park',
  'leisure=recreation_ground': 'park',
  'landuse=recreation_ground': 'park',
  'leisure=stadium': 'stadium',
  'leisure=sports_centre': 'stadium',
};
const WATER: Record<string, string> = {
  'natural=water': 'water',
  'landuse=reservoir': 'reservoir',
  'landuse=basin': 'reservoir',
};

function classify(tags: Record<string, string>, table: Record<string, string>): string | undefined {
  // leisure=park wins over natural=wood on the one way tagged both.
  const keys = Object.keys(table).filter((k) => tags[k.split('=')[0]] === k.split('=')[1]);
  return keys.map((k) => table[k]).find((c) => c === 'park') ?? (keys[0] ? table[keys[0]] : undefined);
}

/** Keeps the tags worth a label: the name as written, and the English one where the data has it. */
function names(tags: Record<string, string>): Props {
  const out: Props = {};
  if (tags.name) out.name = tags.name;
  if (tags['name:en']) out.name_en = tags['name:en'];
  return out;
}

const feature = <G extends Feature['geometry']>(geometry: G, properties: Props) =>
  ({ type: 'Feature', properties, geometry: roundGeometry(geometry as Area, 5) }) as Feature<G, Props>;

/** The extract's features, layer by layer. Pure: takes the parsed extract. */
export function almatyLayers(osm: OsmData): Record<LayerName, Layer> & { builtup: Feature<MultiPolygon, Props> } {
  const out = Object.fromEntries(LAYERS.map((l) => [l, [] as Layer])) as Record<LayerName, Layer>;
  const mp = multipolygons(osm);
  const drawnByRelation = new Set(mp.flatMap((m) => m.outerWays));
  const areas = [
    ...[...osm.ways.values()]
      .filter((w) => !drawnByRelation.has(w.id))
      .flatMap((w) => {
        const g = wayPolygon(osm, w.refs);
        return g ? [{ tags: w.tags, geometry: g as Area }] : [];
      }),
    ...mp.map((m) => ({ tags: m.tags, geometry: m.geometry })),
  ];
  for (const { tags, geometry } of areas) {
    const clean = cleanArea(geometry);
    if (!clean) continue;
    const land = classify(tags, LANDUSE);
    const water = classify(tags, WATER);
    if (land) out.landuse.push(feature(clean, { class: land, ...names(tags) }));
    if (water) out.water.push(feature(clean, { class: water, ...names(tags) }));
    if (tags.aeroway === 'apron' || tags.aeroway === 'terminal')
      out.aeroway.push(feature(clean, { class: tags.aeroway }));
  }

  for (const w of osm.ways.values()) {
    const t = w.tags;
    const line = wayLine(osm, w.refs);
    if (!line) continue;
    const road = t.highway?.replace(/_link$/, '');
    if (road && road in ROAD_MINZOOM) {
      out.roads.push(
        feature(line, {
          class: road,
          ...(t.highway.endsWith('_link') ? { link: true } : {}),
          ...(t.bridge === 'yes' ? { bridge: true } : {}),
          ...(t.tunnel === 'yes' ? { tunnel: true } : {}),
          ...names(t),
          minzoom: ROAD_MINZOOM[road],
        }),
      );
    }
    if (t.railway === 'rail' || t.railway === 'tram') out.rail.push(feature(line, { class: t.railway }));
    if (['river', 'canal', 'stream', 'drain'].includes(t.waterway))
      out.waterway.push(
        feature(line, { class: t.waterway, ...names(t), ...(t.tunnel === 'yes' ? { tunnel: true } : {}) }),
      );
    if (t.aeroway === 'runway' || t.aeroway === 'taxiway')
      out.aeroway.push(feature(line, { class: t.aeroway, ...(t.ref ? { ref: t.ref } : {}) }));
  }

  out.aeroway.push(airportArea(out.aeroway));
  out.labels.push(...landmarkLabels(osm));
  const builtup = builtUpOutline(osm);
  out.landuse.push(builtup);
  for (const l of LAYERS) out[l] = sortedBy(out[l], (f) => JSON.stringify(f));
  return { ...out, builtup };
}

/**
 * The airport's area, which the 2012 extract does not outline: the runways, taxiways and aprons of Almaty
 * International (those east of 77° E; Boralday's airfield is west of the city) wrapped in their convex hull,
 * 150 m out.
 */
function airportArea(aeroways: Layer): Feature<Area, Props> {
  const parts = aeroways.filter((f) => f.properties.class !== 'terminal' && turf.bbox(f)[0] > 77);
  const hull = turf.convex(turf.featureCollection(parts.map((f) => turf.feature(f.geometry))));
  if (!hull) throw new Error('no runway east of 77° E: is the airport missing from the extract?');
  const area = turf.buffer(hull, 0.15, { units: 'kilometers' });
  if (!area) throw new Error('could not outline the airport');
  return feature(area.geometry, { class: 'airport', derived: true });
}

function landmarkLabels(osm: OsmData): Feature<Point, Props>[] {
  const ways = [...osm.ways.values()];
  const street = (name: string) => {
    const lines = ways.filter((w) => w.tags.name === name && w.tags.highway).map((w) => wayPositions(osm, w.refs));
    if (!lines.length) throw new Error(`the extract has no street "${name}"`);
    return turf.multiLineString(lines);
  };
  // Republic Square: Satpayev Street between the crossings with Zheltoksan and Furmanov Streets.
  const satpayev = street('ул. Сатпаева');
  const crossing = (other: string) => {
    const hits = turf.lineIntersect(satpayev, street(other)).features.map((f) => f.geometry.coordinates);
    if (!hits.length) throw new Error(`Satpayev Street does not cross ${other}`);
    return hits.sort((a, b) => a[0] - b[0] || a[1] - b[1])[0];
  };
  const [west, east] = [crossing('ул. Желтоксан'), crossing('ул. Фурманова')];
  const square: Position = [(west[0] + east[0]) / 2, (west[1] + east[1]) / 2];

  const akimat = ways.find((w) => w.tags['addr:housenumber'] === '4' && w.tags.amenity === 'public_building');
  const akimatRing = akimat && wayPolygon(osm, akimat.refs);
  if (!akimatRing) throw new Error('the akimat building (Republic Square 4) is missing from the extract');
  const akimatAt = turf.centroid(akimatRing).geometry.coordinates;

  const aerodrome = [...osm.nodes.values()].find((n) => n.tags.aeroway === 'aerodrome' && n.tags.icao === 'uaaa');
  if (!aerodrome?.tags['name:en'] || !aerodrome.tags['name:kk']) throw new Error('the airport node has lost its names');
  const airport = {
    ...landmarks.airport,
    en: aerodrome.tags['name:en'],
    ru: aerodrome.tags.name,
    kk: aerodrome.tags['name:kk'],
  };

  const label = (l: Pick<Landmark, 'id' | 'kind' | 'en' | 'ru' | 'kk'>, at: Position) =>
    feature<Point>(
      { type: 'Point', coordinates: at },
      // Where each position and name comes from is in manifest.json (landmarks), not in every tile.
      { id: l.id, kind: l.kind, name_en: l.en, name_ru: l.ru, name_kk: l.kk },
    );
  return [
    label(landmarks.republicSquare, square),
    label(landmarks.akimat, akimatAt),
    label(landmarks.presidentialResidence, landmarks.presidentialResidence.at),
    label(airport, aerodrome.at),
  ];
}

const BUILT = new Set(['residential', 'living_street', 'unclassified', 'service', 'tertiary', 'secondary']);
const BUILT_LANDUSE = new Set(['residential', 'commercial', 'retail', 'industrial']);

/** The derived built-up outline (see builtup.ts), as a landuse feature of class `built-up`. */
function builtUpOutline(osm: OsmData): Feature<MultiPolygon, Props> {
  const points: Position[] = [];
  const lines: Position[][] = [];
  const areas: Position[][][] = [];
  for (const w of osm.ways.values()) {
    const ps = wayPositions(osm, w.refs);
    if (w.tags.building) points.push(...ps);
    else if (BUILT.has(w.tags.highway)) lines.push(ps);
    else if (BUILT_LANDUSE.has(w.tags.landuse) && wayPolygon(osm, w.refs)) areas.push([ps]);
  }
  const outline = builtUpArea(ALMATY_EXTRACT, { points, lines, areas });
  return feature(outline.geometry, { class: 'built-up', derived: true });
}

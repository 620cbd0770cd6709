/**
 * Names of landforms (mountain ranges, uplands, deserts, lowlands) and a few peaks, as label points, from
 * Natural Earth's geography regions and elevation points.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { readJson, roundGeometry } from '../io.ts';
import { type Area, labelPoint, sortedBy } from './geometry.ts';
import { peaks, physical } from './names.ts';

interface NeRegion {
  name: string;
  featurecla: string;
  scalerank: number;
  min_label: number;
}
interface NePoint {
  name: string | null;
  elevation: number;
  featurecla: string;
  scalerank: number;
  min_zoom: number;
}

export interface PhysicalProps {
  id: string;
  /** Natural Earth's class, lower-cased: range/mtn, plateau, desert, lowland, plain, basin, valley; or peak, depression. */
  kind: string;
  name_en: string;
  name_ru: string;
  name_kk: string;
  /** Natural Earth's scalerank: 0 is the most important. */
  rank: number;
  /** The zoom from which the label shows (Natural Earth's min_label or min_zoom). */
  labelZoom: number;
  /** Peaks and depressions: height above sea level, m. */
  elevation?: number;
  /** Where the label point does not come from the source's polygon, why. */
  note?: string;
}

/** The label points. Pure: takes the parsed Natural Earth collections. */
export function derivePhysical(
  regions: FeatureCollection<Area | null, NeRegion>,
  points: FeatureCollection<Point, NePoint>,
): FeatureCollection<Point, PhysicalProps> {
  const areas = Object.entries(physical).map(([neName, names]): Feature<Point, PhysicalProps> => {
    const source = regions.features.find((f) => f.properties.name === neName && f.geometry);
    if (!source?.geometry) throw new Error(`Natural Earth has no geography region "${neName}"`);
    const at: Point = names.at ? { type: 'Point', coordinates: names.at } : labelPoint(source.geometry, 2);
    return {
      type: 'Feature',
      properties: {
        id: names.id,
        kind: source.properties.featurecla.toLowerCase(),
        name_en: names.en,
        name_ru: names.ru,
        name_kk: names.kk,
        rank: source.properties.scalerank,
        labelZoom: source.properties.min_label,
        ...(names.atReason ? { note: names.atReason } : {}),
      },
      geometry: at,
    };
  });
  const heights = Object.entries(peaks).map(([neName, names]): Feature<Point, PhysicalProps> => {
    const source = points.features.find((f) => (f.properties.name ?? String(f.properties.elevation)) === neName);
    if (!source) throw new Error(`Natural Earth has no elevation point "${neName}"`);
    const p = source.properties;
    return {
      type: 'Feature',
      properties: {
        id: names.id,
        kind: p.elevation < 0 ? 'depression' : 'peak',
        name_en: names.en,
        name_ru: names.ru,
        name_kk: names.kk,
        rank: p.scalerank,
        labelZoom: p.min_zoom,
        elevation: p.elevation,
      },
      geometry: roundGeometry(source.geometry, 3),
    };
  });
  return { type: 'FeatureCollection', features: sortedBy([...areas, ...heights], (f) => f.properties.id) };
}

/** data/physical.geojson. */
export function buildPhysical(file: (name: string) => string) {
  return derivePhysical(readJson(file('geographyPolys')), readJson(file('elevationPoints')));
}

import type { FeatureCollection } from 'geojson';
import { pathData, project as projectGeometry } from './paths.ts';
import type { Projection } from './mercator.ts';

/** One kind of the inset's city map as an SVG path: `kind` names its look (a class of the inset). */
export interface InsetShape {
  kind: string;
  d: string;
}

/** Bottom to top: areas, then water, then roads, the trunk roads over the rest. */
const ORDER = ['built-up', 'airport', 'river', 'canal', 'road-primary', 'road-trunk', 'runway'];

/**
 * The city map under an inset's markers (the build's almaty-overview.geojson): its areas, water and
 * roads in the inset's pixels, one path per kind, leaving out what falls outside the box (an inset of
 * another city draws none of it) and kinds it does not know (the landmarks are the markers' job).
 */
export function insetBase(
  overview: FeatureCollection,
  project: (p: readonly number[]) => [number, number],
  width: number,
  height: number,
): InsetShape[] {
  const paths = new Map<string, string>();
  // A city's box never crosses the antimeridian: its lines project point by point.
  const projection: Projection = { point: project, line: (points) => points.map(project) };
  for (const f of overview.features) {
    const cls = f.properties?.class;
    const kind = f.properties?.kind === 'road' && cls ? `road-${cls}` : String(f.properties?.kind);
    if (!ORDER.includes(kind)) continue;
    const projected = projectGeometry(f.geometry, projection);
    const [x1, y1, x2, y2] = projected.box;
    if (x2 < 0 || y2 < 0 || x1 > width || y1 > height) continue;
    paths.set(kind, (paths.get(kind) ?? '') + pathData(projected));
  }
  return ORDER.flatMap((kind) => (paths.get(kind) ? [{ kind, d: paths.get(kind)! }] : []));
}

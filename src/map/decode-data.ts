import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

const isTopology = (data: unknown): data is Topology =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'Topology';

/** GeoJSON as it is, or a topology's objects decoded into one collection of features, in order. */
export function decodeData(data: unknown): FeatureCollection {
  if (!isTopology(data)) return data as FeatureCollection;
  const features = Object.values(data.objects).flatMap((object): Feature[] => {
    const decoded = feature(data, object);
    return decoded.type === 'FeatureCollection' ? decoded.features : [decoded];
  });
  return { type: 'FeatureCollection', features };
}

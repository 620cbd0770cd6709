/**
 * A story's countries: Natural Earth's (world-atlas) cut to the story's box in unwrapped longitudes, each
 * with its name and ISO code and nothing else. No country is the "focus": what a story lights is its own
 * overlay (DECISIONS §7).
 */
import countryCodes from 'i18n-iso-countries';
import type { Feature, FeatureCollection } from 'geojson';
import type { Bbox } from '../../src/story/schema.ts';
import type { Area } from '../basemap/geometry.ts';
import { naturalEarthCountries } from '../build.ts';
import { sources } from '../sources.ts';
import { clipGeometry } from './clip.ts';

export interface StoryCountry {
  name: string;
  /** ISO 3166-1 alpha-2: a story lights countries by it. Absent for the few Natural Earth units without one. */
  iso?: string;
}

/**
 * Boxes narrower than this take the 1:10m outlines: at the zoom they open on, 1:50m coasts are kilometres
 * off. Wider ones take 1:50m simplified as the default region's are.
 */
export const DETAILED_BELOW_DEGREES = 40;
/** The default region's simplification (square degrees) at 40° across, scaled with the box's area, not below this. */
const MIN_AREA_FLOOR = 1e-4;

export function countryDetail(box: Bbox): { file: string; minArea: number } {
  const span = Math.max(box[2] - box[0], box[3] - box[1]);
  if (span >= DETAILED_BELOW_DEGREES) return { file: sources.naturalEarthCountries.file, minArea: 0.02 };
  return {
    file: sources.naturalEarthCountries10m.file,
    minArea: Math.max(MIN_AREA_FLOOR, 0.02 * (span / DETAILED_BELOW_DEGREES) ** 2),
  };
}

export function storyCountries(box: Bbox): FeatureCollection<Area, StoryCountry> {
  const { file, minArea } = countryDetail(box);
  const features = naturalEarthCountries(file, minArea).flatMap((c): Feature<Area, StoryCountry>[] => {
    const geometry = clipGeometry(c.geometry, box, 3);
    if (!geometry) return [];
    const iso = c.id === undefined ? undefined : countryCodes.numericToAlpha2(c.id);
    return [{ type: 'Feature', properties: { name: c.properties.name, ...(iso ? { iso } : {}) }, geometry }];
  });
  return {
    type: 'FeatureCollection',
    features: features.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en')),
  };
}

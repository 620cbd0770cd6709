import { columnKey } from './columns.ts';
import { quote } from './messages.ts';
import { validateRecords, type ValidateOptions, type Validated } from './rows.ts';
import type { RawField, RawRecord, StorySidecar } from './types.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A story already in Qantar's own schema (story.json: a FeatureCollection with a top-level `story`
 * member). It is not an input to import: the pipeline uses it as it is.
 */
export const isNativeStory = (json: unknown): boolean =>
  isObject(json) && json.type === 'FeatureCollection' && Object.hasOwn(json, 'story');

/**
 * Reads a GeoJSON FeatureCollection of Point features whose properties are named like the CSV columns.
 * Feature N is reported as "feature N", and is the event's `row`. A feature without geometry may name a
 * place (or carry lat/lon properties) like a spreadsheet row.
 */
/** What a FeatureCollection says of itself: its title (`title`, else `name`) and `description`. */
export type CollectionNames = Pick<StorySidecar, 'title' | 'description'>;

/**
 * The story's name and description from the FeatureCollection's own members, as a sidecar gives them for a
 * CSV: `title` (or `name`, which GIS tools write as the layer's name) and `description`. Text only.
 */
export function collectionNames(json: Record<string, unknown>): { names: CollectionNames; errors: string[] } {
  const names: CollectionNames = {};
  const errors: string[] = [];
  for (const [key, member] of [
    ['title', 'title'],
    ['title', 'name'],
    ['description', 'description'],
  ] as const) {
    const value = json[member];
    if (value === undefined || value === null || names[key] !== undefined) continue;
    if (typeof value !== 'string') {
      errors.push(`the FeatureCollection's "${member}" must be text, not ${describe(value)}`);
      continue;
    }
    if (value.trim()) names[key] = value.trim();
  }
  return { names, errors };
}

export function readGeoJson(
  json: unknown,
  options: Omit<ValidateOptions, 'label'> = {},
): Validated & { names?: CollectionNames } {
  if (!isObject(json) || json.type !== 'FeatureCollection') {
    const found = isObject(json) && typeof json.type === 'string' ? `a ${quote(json.type)}` : describe(json);
    return { events: [], errors: [`the file is not a GeoJSON FeatureCollection (it is ${found})`] };
  }
  if (isNativeStory(json))
    return {
      events: [],
      errors: [
        'the file is already a story in Qantar\'s own format (it has a "story" member); use it as the story, not as an import',
      ],
    };
  if (!Array.isArray(json.features)) return { events: [], errors: ['the FeatureCollection has no "features" list'] };
  if (json.features.length === 0) return { events: [], errors: ['the FeatureCollection has no features'] };

  const errors: string[] = [];
  const records: RawRecord[] = [];
  json.features.forEach((feature: unknown, i: number) => {
    const read = readFeature(feature, i + 1);
    if ('error' in read) errors.push(read.error);
    else records.push(read);
  });
  const validated = validateRecords(records, { ...options, label: 'feature' });
  // Feature-level problems first would scatter one feature's messages; keep them in feature order.
  const all = [...errors, ...validated.errors].sort((a, b) => featureNumber(a) - featureNumber(b));
  const named = collectionNames(json);
  return { events: validated.events, errors: [...named.errors, ...all], names: named.names };
}

const featureNumber = (message: string): number => Number(/^feature (\d+)/.exec(message)?.[1] ?? 0);

function readFeature(feature: unknown, n: number): RawRecord | { error: string } {
  if (!isObject(feature) || feature.type !== 'Feature') return { error: `feature ${n}: not a GeoJSON Feature` };

  let point: RawRecord['point'];
  const geometry = feature.geometry;
  if (geometry !== null && geometry !== undefined) {
    if (!isObject(geometry) || geometry.type !== 'Point') {
      const type = isObject(geometry) && typeof geometry.type === 'string' ? `a ${geometry.type}` : describe(geometry);
      return { error: `feature ${n}: the geometry is ${type}; only Point features can be imported` };
    }
    const c = geometry.coordinates;
    const ok =
      Array.isArray(c) &&
      c.length >= 2 &&
      typeof c[0] === 'number' &&
      typeof c[1] === 'number' &&
      Math.abs(c[0]) <= 180 &&
      Math.abs(c[1]) <= 90;
    if (!ok)
      return {
        error: `feature ${n}, geometry: ${quote(JSON.stringify(c) ?? 'nothing')} is not a [lon, lat] position (-180 to 180, -90 to 90)`,
      };
    point = { lon: c[0], lat: c[1] };
  }

  const properties = feature.properties ?? {};
  if (!isObject(properties)) return { error: `feature ${n}: "properties" is ${describe(properties)}, not an object` };
  const fields: RawField[] = [];
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(properties)) {
    const key = columnKey(name);
    const before = seen.get(key);
    if (before !== undefined)
      return { error: `feature ${n}: properties ${quote(before)} and ${quote(name)} are the same column` };
    seen.set(key, name);
    if (isObject(value) || Array.isArray(value))
      return { error: `feature ${n}, ${key}: ${describe(value)}, where text or a number is expected` };
    fields.push({ column: name, value: value === null ? '' : String(value) });
  }
  return { row: n, fields, ...(point && { point }) };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

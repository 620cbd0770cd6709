/**
 * What `npm run story` reads: a spreadsheet (.csv), a GeoJSON FeatureCollection of Points, or a story
 * in the project's own schema (a JSON FeatureCollection with a `story` member), each as a valid story
 * or as every problem found.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Story } from '../../src/story/schema.ts';
import { parseStory } from '../../src/story/validate.ts';
import { importStory, type ImportOptions } from '../import/import.ts';
import { rowProblems, storyFromImport } from './from-import.ts';

export type InputResult = { story: Story } | { errors: string[] };

/** A JSON file in the project's own schema carries the story's metadata in a `story` member. */
function ownSchema(path: string): unknown {
  if (extname(path).toLowerCase() !== '.json') return undefined;
  try {
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof json === 'object' && json !== null && 'story' in json ? json : undefined;
  } catch {
    return undefined; // the importer says what is wrong with it
  }
}

export function readInput(path: string, options: ImportOptions = {}): InputResult {
  const own = ownSchema(path);
  if (own !== undefined) {
    const parsed = parseStory(own);
    return parsed.ok ? { story: parsed.story } : { errors: parsed.errors };
  }
  const imported = importStory(path, options);
  if (imported.errors.length > 0) return { errors: imported.errors };
  if (imported.events.length === 0) return { errors: ['no events: the file has a header but no rows with a date'] };
  const problems = rowProblems(imported.events);
  if (problems.length > 0) return { errors: problems };
  // Checked as any story.json is, so the rest of the pipeline is the same whatever the input.
  const parsed = parseStory(storyFromImport(imported.events, imported.sidecar, basename(path, extname(path))));
  return parsed.ok ? { story: parsed.story } : { errors: parsed.errors };
}

/**
 * What the repository keeps of each source article (geo/story/articles.json): the SHA-256 of the
 * captured file and the passages the story quotes, never the full text (the articles are
 * copyrighted). The full texts live in ../shared/seeds on the team's machines only; `npm run geo`
 * rebuilds this file from them, and the checks that need them say so when they are absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEvent, isSeedSource, type Story } from '../../src/story/schema.ts';
import { jsonText, readJson } from '../io.ts';
import { passagesFor } from './passages.ts';

export interface ArticleRecord {
  sha256: string;
  passages: string[];
}
export type Articles = Record<string, ArticleRecord>;

export const articlesFile = fileURLToPath(new URL('./articles.json', import.meta.url));
/** The captured articles, beside the repository (not part of a clone). */
export const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
export const hasSeeds = (): boolean => existsSync(seedsDir);

export const readArticles = (file: string = articlesFile): Articles => readJson<Articles>(file);
export const seedText = (file: string): string => readFileSync(join(seedsDir, file), 'utf8');
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Each seed's headline and every quote the story takes from it. */
export function quotesBySeed(story: Story): Map<string, string[]> {
  const bySeed = new Map<string, string[]>(
    Object.entries(story.story.sources).map(([file, s]) => [file, [s.headline]]),
  );
  for (const f of story.features.filter(isEvent))
    for (const s of f.properties.sources) if (isSeedSource(s)) bySeed.get(s.seed)?.push(s.quote);
  return bySeed;
}

/** articles.json from the full texts: needs ../shared/seeds. */
export function buildArticles(story: Story, read: (file: string) => string = seedText): string {
  const out: Articles = {};
  for (const [file, quotes] of [...quotesBySeed(story)].sort(([a], [b]) => a.localeCompare(b))) {
    const text = read(file);
    out[file] = { sha256: sha256(text), passages: passagesFor(text, quotes, file) };
  }
  return jsonText(out);
}

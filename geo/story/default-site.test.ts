/**
 * The default story built through `npm run story` is the site `npm run build` makes: one pipeline.
 * Compares against dist/, which `npm test` builds before the tests run.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runStoryProcess } from './testing.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const out = mkdtempSync(join(tmpdir(), 'qantar-default-story-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

it('builds the default story from geo/story/story.json into the same files as npm run build', async () => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
  await runStoryProcess(['geo/story/story.json', '--out', out]);
  const built = files(out);
  expect(built).toEqual(files(dist));
  const different = built.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(dist, f))));
  expect(different).toEqual([]);
}, 120_000);

/**
 * Checks against the full texts of the source articles, which stay outside the repository
 * (../shared/seeds, on the team's machines and in CI). On a clone with nothing beside it these are
 * skipped, and say so; the quote checks against the kept passages (quotes.test.ts) always run.
 */
import { describe, expect, it } from 'vitest';
import { articlesFile, buildArticles, hasSeeds, readArticles, seedText, seedsDir, sha256 } from './articles.ts';
import { loadStory } from './build-story.ts';
import { readFileSync } from 'node:fs';

const present = hasSeeds();
if (!present) console.warn(`skipped: the full-text article checks need ${seedsDir}, which is absent`);

describe.runIf(present)('the kept passages against the full articles', () => {
  const articles = present ? readArticles() : {};

  it.each(Object.keys(articles))('%s: the file is the one the passages were taken from', (file) => {
    expect(sha256(seedText(file))).toBe(articles[file].sha256);
  });

  it.each(Object.entries(articles).flatMap(([file, a]) => a.passages.map((p, i) => ({ file, i, p }))))(
    '$file passage $i is verbatim in the article',
    ({ file, p }) => {
      expect(seedText(file).includes(p)).toBe(true);
    },
  );

  it('articles.json is what npm run geo derives from the story and the articles', () => {
    expect(buildArticles(loadStory())).toBe(readFileSync(articlesFile, 'utf8'));
  });
});

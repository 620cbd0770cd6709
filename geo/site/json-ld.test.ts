import { describe, expect, it } from 'vitest';
import { loadStory, buildStory } from '../story/build-story.ts';
import { storyJsonLd } from './json-ld.ts';

/**
 * schema.org's types, with the properties this page may use (schema.org's own lists for each type and
 * its supertypes, as published): a property outside them, or a value of the wrong shape, fails here,
 * beside schema-dts, which types the builder at compile time.
 */
const ALLOWED: Record<string, string[]> = {
  NewsArticle: [
    '@context',
    '@type',
    'headline',
    'description',
    'inLanguage',
    'dateModified',
    'url',
    'mainEntityOfPage',
    'image',
    'license',
    'isBasedOn',
  ],
  Dataset: [
    '@type',
    'name',
    'description',
    'inLanguage',
    'temporalCoverage',
    'spatialCoverage',
    'isAccessibleForFree',
    'dateModified',
    'license',
    'url',
    'distribution',
  ],
  DataDownload: ['@type', 'encodingFormat', 'inLanguage', 'contentUrl'],
  Place: ['@type', 'geo'],
  GeoShape: ['@type', 'box'],
};
type Node = Record<string, unknown>;
const nodes = (n: unknown): Node[] =>
  typeof n !== 'object' || n === null
    ? []
    : Array.isArray(n)
      ? n.flatMap(nodes)
      : [n as Node, ...Object.values(n).flatMap(nodes)];

const story = loadStory();
const meta = buildStory(story, 'ru').story;
const ld = storyJsonLd({
  meta,
  extent: [50, 40, 80, 55],
  baseUrl: 'https://news.example/qantar/',
  url: 'https://news.example/qantar/ru/',
  methods: 'ru/methods.html',
});

describe('the page’s JSON-LD', () => {
  it('uses only schema.org types and, on each, only its properties', () => {
    for (const node of nodes(ld)) {
      const type = node['@type'] as string;
      expect(Object.keys(ALLOWED), `type ${type}`).toContain(type);
      for (const key of Object.keys(node)) expect(ALLOWED[type], `${type}.${key}`).toContain(key);
    }
  });

  it('is a news article based on a dataset with its dates, extent, licence and downloads', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: meta.title,
      inLanguage: 'ru',
    });
    const dataset = (ld as unknown as Node).isBasedOn as Node;
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      name: meta.title,
      temporalCoverage: '2022-01-02/2022-01-19',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      dateModified: meta.updated,
      url: 'https://news.example/qantar/ru/methods.html',
      // GeoShape's box is "south west north east".
      spatialCoverage: { '@type': 'Place', geo: { '@type': 'GeoShape', box: '40 50 55 80' } },
    });
    expect(String(dataset.description).length).toBeGreaterThanOrEqual(50);
    expect(dataset.distribution).toEqual(
      ['csv:text/csv', 'geojson:application/geo+json', 'json:application/json'].map((f) => {
        const [ext, type] = f.split(':');
        return {
          '@type': 'DataDownload',
          encodingFormat: type,
          inLanguage: 'ru',
          contentUrl: `https://news.example/qantar/download/qantar-2022.ru.${ext}`,
        };
      }),
    );
    expect(meta.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('resolves nothing itself when the build does not know its address', () => {
    const relative = storyJsonLd({ meta, extent: [50, 40, 80, 55] }) as unknown as Node;
    expect(relative).not.toHaveProperty('url');
    expect(((relative.isBasedOn as Node).distribution as Node[])[0].contentUrl).toBe('download/qantar-2022.ru.csv');
  });
});

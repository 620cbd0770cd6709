/**
 * What a search engine reads of a story's page: a schema.org NewsArticle (the map and its chronology)
 * based on a Dataset (the events: what they cover in time and space, their licence, and the downloads).
 * Typed with Google's schema-dts, so a property schema.org does not define on a type fails to compile;
 * json-ld.test.ts checks the shapes search engines ask for. Relative URLs resolve against the page
 * (a language page's <base> is the site's root), absolute ones when the build knows its address.
 */
import type { Dataset, NewsArticle, WithContext } from 'schema-dts';
import { DOWNLOADS, downloadPath, type BuiltStoryMeta } from '../../src/story/built.ts';

export interface JsonLdInput {
  meta: BuiltStoryMeta;
  /** The box the events span: [west, south, east, north]. */
  extent: [number, number, number, number];
  /** Where the site will be hosted (ending in '/'), when known. */
  baseUrl?: string;
  /** The page's own address and its social card's, when known. */
  url?: string;
  image?: string;
  /** The methods page, from the site's root, when the story has one. */
  methods?: string;
}

const at = (path: string, baseUrl?: string) => (baseUrl ? new URL(path, baseUrl).href : path);

export function storyJsonLd(input: JsonLdInput): WithContext<NewsArticle> {
  const { meta, baseUrl } = input;
  const [west, south, east, north] = input.extent;
  const dataset: Dataset = {
    '@type': 'Dataset',
    name: meta.title,
    description: meta.description ?? meta.title,
    inLanguage: meta.lang,
    temporalCoverage: `${meta.start}/${meta.end}`,
    spatialCoverage: { '@type': 'Place', geo: { '@type': 'GeoShape', box: `${south} ${west} ${north} ${east}` } },
    isAccessibleForFree: true,
    ...(meta.updated ? { dateModified: meta.updated } : {}),
    ...(meta.licence ? { license: meta.licence.url ?? meta.licence.name } : {}),
    ...(input.methods ? { url: at(input.methods, baseUrl) } : {}),
    distribution: DOWNLOADS.map((d) => ({
      '@type': 'DataDownload',
      encodingFormat: d.type,
      inLanguage: meta.lang,
      contentUrl: at(downloadPath(meta.id, meta.lang, d.format), baseUrl),
    })),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.title,
    description: meta.description ?? meta.title,
    inLanguage: meta.lang,
    ...(meta.updated ? { dateModified: meta.updated } : {}),
    ...(input.url ? { url: input.url, mainEntityOfPage: input.url } : {}),
    ...(input.image ? { image: input.image } : {}),
    ...(meta.licence ? { license: meta.licence.url ?? meta.licence.name } : {}),
    isBasedOn: dataset,
  };
}

/** The JSON-LD as a script element, `<` escaped so no text in it can end the element. */
export const jsonLdScript = (data: object): string =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/**
 * The site pipeline: `buildSite(outDir)` builds the app with Vite, renders its pages' first paint on
 * the server (Svelte's `render`, the static map as SVG), and writes the social card. `npm run build`
 * is this with the default story; `npm run story` puts another story's data in place first. The
 * bundles do not depend on the story.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { checkEventCollection } from '../../src/story/event-collection.ts';
import type { StoryEventCollection } from '../../src/story/built.ts';
import { english } from '../../src/i18n/i18n.ts';
import { PRERENDER_SIZE } from '../../src/app/prerender-size.ts';
import type { PageProps } from '../../src/entry-server.ts';
import { prerender, type PageMeta } from './prerender.ts';
import { readBaseData, staticMapSvg, svgToPng } from './static-map.ts';
import { socialCard } from './social-card.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface SiteOptions {
  /** Where the site will be hosted, ending in '/': for the social card's absolute URL. */
  baseUrl?: string;
  /** Runs after Vite has written the site and before the pages are rendered: puts a story's data in place. */
  beforeRender?: (outDir: string) => void | Promise<void>;
}

/** The pages a site has, and how each shows the story. */
const PAGES: { file: string; embedded: boolean }[] = [
  { file: 'index.html', embedded: false },
  { file: 'embed.html', embedded: true },
];

export async function buildSite(outDir: string, options: SiteOptions = {}): Promise<void> {
  const configFile = join(root, 'vite.config.ts');
  await build({ root, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const ssrDir = mkdtempSync(join(tmpdir(), 'qantar-ssr-'));
  try {
    await build({
      root,
      configFile,
      logLevel: 'warn',
      build: { ssr: true, outDir: ssrDir, emptyOutDir: true },
    });
    await options.beforeRender?.(outDir);
    const { renderApp } = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as {
      renderApp: (props: PageProps) => { head: string; body: string };
    };
    await renderPages(outDir, renderApp, options);
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

async function renderPages(
  outDir: string,
  renderApp: (props: PageProps) => { head: string; body: string },
  options: SiteOptions,
): Promise<void> {
  const raw: StoryEventCollection = JSON.parse(readFileSync(join(outDir, 'data/story.geojson'), 'utf8'));
  const story = checkEventCollection(raw);
  if (story.errors.length) throw new Error(`the story has errors:\n  ${story.errors.join('\n  ')}`);
  const { collection } = story;
  const base = await readBaseData(outDir, collection);
  const i18n = english;
  const svg = staticMapSvg({
    base,
    story: collection,
    date: collection.story.start,
    size: PRERENDER_SIZE,
    i18n,
    reliefHref: 'data/relief/region.png',
  });
  const image = options.baseUrl ? new URL('social.png', options.baseUrl).href : undefined;
  for (const page of PAGES) {
    const meta: PageMeta = {
      title: page.embedded ? i18n.t('map.label', { title: collection.story.title }) : collection.story.title,
      description: collection.story.description ?? i18n.t('page.description', { title: collection.story.title }),
      lang: collection.story.lang,
      image,
      url: options.baseUrl && new URL(page.file === 'index.html' ? '' : page.file, options.baseUrl).href,
      noindex: page.embedded,
    };
    const file = join(outDir, page.file);
    const html = prerender(readFileSync(file, 'utf8'), {
      app: renderApp({ initial: story, embedded: page.embedded }),
      svg,
      story,
      meta,
    });
    writeFileSync(file, html);
  }
  writeFileSync(join(outDir, 'social.png'), await svgToPng(socialCard(base, collection, i18n), outDir));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = join(root, 'dist');
  await buildSite(outDir, { baseUrl: process.env.QANTAR_BASE_URL });
  console.log(`built the site in ${outDir}`);
}

/**
 * The site pipeline: `buildSite(outDir)` builds the app with Vite, renders its pages' first paint on
 * the server (Svelte's `render`, the static map as SVG) in each of the story's languages (the first at
 * the root, the others in `ru/`, `kk/`), and writes a social card for each. `npm run build`
 * is this with the default story; `npm run story` puts another story's data in place first. The
 * bundles do not depend on the story.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { checkEventCollection, type CheckedCollection } from '../../src/story/event-collection.ts';
import { languageDir, posterFile, storyFileName, type StoryEventCollection } from '../../src/story/built.ts';
import { posterSvg } from '../../src/static/poster.ts';
import { posterName } from '../../src/story/poster-name.ts';
import { sceneInput } from '../../src/static/scene-input.ts';
import { STATIC_FONT } from '../../src/static/font-family.ts';
import type { BaseData } from '../../src/static/base-data.ts';
import { storyCredits } from '../../src/map/credits.ts';
import { themeNames, themes } from '../../src/theme/theme.ts';
import type { I18n } from '../../src/i18n/i18n.ts';
import { english, isLang } from '../../src/i18n/i18n.ts';
import { i18nFor } from '../../src/i18n/catalogues.ts';
import { PRERENDER_SIZE } from '../../src/app/prerender-size.ts';
import type { PageProps } from '../../src/entry-server.ts';
import { prerender, type PageMeta } from './prerender.ts';
import { loadStory } from '../story/build-story.ts';
import { readBaseData, staticMapSvg, svgToPng } from './static-map.ts';
import { eventCard, socialCard } from './social-card.ts';
import { EVENT_PAGES, eventPageHtml } from './event-pages.ts';
import { posterRelief } from './poster-relief.ts';
import { writeOpenData } from './open-data.ts';
import { jsonLdScript, storyJsonLd } from './json-ld.ts';
import { methodsPath } from '../../src/story/built.ts';
import type { Story } from '../../src/story/schema.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface SiteOptions {
  /** Where the site will be hosted, ending in '/': for the social card's absolute URL. */
  baseUrl?: string;
  /**
   * Keep the scroll story (scrolly.html): a demo written for the default story, linked from its full
   * page. Any other story's site leaves it out.
   */
  demo?: boolean;
  /** Runs after Vite has written the site and before the pages are rendered: puts a story's data in place. */
  beforeRender?: (outDir: string) => void | Promise<void>;
  /** The authored story, for its open data: downloads, corrections list, methods page (geo/site/open-data.ts). */
  story?: Story;
}

/**
 * Past this many events a story's event pages show its story card: a card each (about 0.1 s and 200 KB)
 * would take minutes and megabytes.
 */
const MAX_EVENT_CARDS = 200;

/** The pages a site has, and how each shows the story. */
/** The scroll story, the default story's demo. */
const SCROLLY = 'scrolly.html';
/** The region's shaded relief, where the base map has one. */
const RELIEF = 'data/relief/region.png';

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
    if (!options.demo) rmSync(join(outDir, SCROLLY), { force: true });
    const { renderApp } = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as {
      renderApp: (props: PageProps) => { head: string; body: string };
    };
    await renderPages(outDir, renderApp, options);
    if (options.story) await writeOpenData(outDir, options.story);
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

async function renderPages(
  outDir: string,
  renderApp: (props: PageProps) => { head: string; body: string },
  options: SiteOptions,
): Promise<void> {
  const templates = Object.fromEntries(PAGES.map((p) => [p.file, readFileSync(join(outDir, p.file), 'utf8')]));
  const first = readStory(outDir, 'story.geojson');
  const { languages } = first.collection.story;
  const base = await readBaseData(outDir, first.collection);
  const pageUrl = (lang: string, file: string) =>
    options.baseUrl &&
    new URL(languageDir(lang, languages) + (file === 'index.html' ? '' : file), options.baseUrl).href;
  // An embed's first paint and the posters carry their relief inside them, light (geo/site/poster-relief.ts);
  // the full page links the whole image, its first paint's largest element.
  const relief = existsSync(join(outDir, RELIEF))
    ? `data:image/png;base64,${posterRelief(readFileSync(join(outDir, RELIEF))).toString('base64')}`
    : undefined;
  for (const lang of languages) {
    const story = readStory(outDir, storyFileName(lang, languages));
    const { collection } = story;
    // A language the interface does not speak gets the story's text with the English interface.
    const i18n = isLang(lang) ? await i18nFor(lang) : english;
    const dir = languageDir(lang, languages);
    const svg = (reliefHref: string | undefined) =>
      staticMapSvg({ base, story: collection, date: collection.story.start, size: PRERENDER_SIZE, i18n, reliefHref });
    const social = lang === languages[0] ? 'social.png' : `social.${lang}.png`;
    const image = options.baseUrl ? new URL(social, options.baseUrl).href : undefined;
    if (dir) mkdirSync(join(outDir, dir), { recursive: true });
    for (const page of PAGES) {
      const meta: PageMeta = {
        title: page.embedded ? i18n.t('map.label', { title: collection.story.title }) : collection.story.title,
        description: collection.story.description ?? i18n.t('page.description', { title: collection.story.title }),
        lang,
        image,
        url: pageUrl(lang, page.file),
        alternates: options.baseUrl ? languages.map((l) => ({ lang: l, url: pageUrl(l, page.file)! })) : undefined,
        noindex: page.embedded,
        // A language page lives a folder down and reads the site's files from its root.
        root: dir ? '../' : undefined,
        scrolly: options.demo && !page.embedded ? SCROLLY : undefined,
        eventPages: EVENT_PAGES,
        // What a search engine reads: the full page only (the embed says noindex).
        jsonLd: page.embedded
          ? undefined
          : jsonLdScript(
              storyJsonLd({
                meta: collection.story,
                extent: extentOf(collection.features.map((f) => f.geometry.coordinates)),
                baseUrl: options.baseUrl,
                url: pageUrl(lang, page.file),
                image,
                methods: collection.story.methods ? methodsPath(lang, languages) : undefined,
              }),
            ),
      };
      const html = prerender(templates[page.file], {
        app: renderApp({ initial: story, embedded: page.embedded, i18n, scrolly: meta.scrolly }),
        svg: svg(page.embedded ? relief : RELIEF),
        story,
        meta,
      });
      writeFileSync(join(outDir, dir, page.file), html);
    }
    writeFileSync(join(outDir, social), await svgToPng(socialCard(base, collection, i18n), outDir));
    writePosters(outDir, base, collection, i18n, relief);
    // A card of its own for each event in the story's first language (the others show their language's
    // story card under the event's title and text); none without `baseUrl`, as a page could not name it
    // (a social network wants its absolute address).
    const cards = !!options.baseUrl && lang === languages[0] && collection.features.length <= MAX_EVENT_CARDS;
    await writeEventPages(outDir, { base, collection, lang, i18n, dir, cards, social, baseUrl: options.baseUrl });
  }
}

/**
 * Each event's page in a language (geo/site/event-pages.ts), and with `cards` its social card; else
 * the page shows the language's story card (`social`).
 */
async function writeEventPages(
  outDir: string,
  o: {
    base: BaseData;
    collection: StoryEventCollection;
    lang: string;
    i18n: I18n;
    dir: string;
    cards: boolean;
    social: string;
    baseUrl?: string;
  },
): Promise<void> {
  mkdirSync(join(outDir, o.dir, EVENT_PAGES), { recursive: true });
  const absolute = (path: string) => (o.baseUrl ? new URL(path, o.baseUrl).href : undefined);
  for (const f of o.collection.features) {
    const { id } = f.properties;
    // The schema's ids (kebab-case) are safe in a file's name and a URL; anything else is a broken story.
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`event "${id}" has an id no page can be named by`);
    const page = `${o.dir}${EVENT_PAGES}${id}.html`;
    const card = o.cards ? `${o.dir}${EVENT_PAGES}${id}.png` : o.social;
    if (o.cards) writeFileSync(join(outDir, card), await svgToPng(eventCard(o.base, o.collection, f, o.i18n), outDir));
    const html = eventPageHtml({
      event: f.properties,
      storyTitle: o.collection.story.title,
      lang: o.lang,
      i18n: o.i18n,
      root: o.dir ? '../../' : '../',
      url: absolute(page),
      image: absolute(card),
    });
    writeFileSync(join(outDir, page), html);
  }
}

/** The story's posters in a language, one a theme, each standing alone: its (light) relief inside it. */
function writePosters(
  outDir: string,
  base: BaseData,
  story: StoryEventCollection,
  i18n: I18n,
  reliefHref: string | undefined,
): void {
  for (const theme of themeNames) {
    const input = sceneInput({ story, base, size: PRERENDER_SIZE, theme: themes[theme], i18n, reliefHref });
    const svg = posterSvg(input, story.story.start, STATIC_FONT, storyCredits(story.story));
    // The element asks by its language's code (poster.en.svg): the first language's poster goes by both names.
    for (const file of new Set([posterFile(i18n.lang, story.story.languages, theme), posterName(i18n.lang, theme)]))
      writeFileSync(join(outDir, file), svg);
  }
}

/** A story file of the site, checked; the build stops on a broken one. */
function readStory(outDir: string, file: string): CheckedCollection {
  const story = checkEventCollection(JSON.parse(readFileSync(join(outDir, 'data', file), 'utf8')));
  if (story.errors.length) throw new Error(`the story (${file}) has errors:\n  ${story.errors.join('\n  ')}`);
  return story;
}

/** The box around the events' points: [west, south, east, north]. */
function extentOf(points: number[][]): [number, number, number, number] {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = join(root, 'dist');
  await buildSite(outDir, { baseUrl: process.env.QANTAR_BASE_URL, demo: true, story: loadStory() });
  console.log(`built the site in ${outDir}`);
}

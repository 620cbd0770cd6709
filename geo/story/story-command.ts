/**
 * `npm run story -- <input> --out <dir> [--base-url <url>]`: a complete static site for the story in
 * <input> (a .csv spreadsheet, a GeoJSON FeatureCollection of Points, or a story.json in the project's
 * own schema), through the same pipeline as `npm run build` (geo/site/build-site.ts). Nothing is built
 * when the input has errors: they are all printed, each naming its row, column and value, and the
 * command exits with 1.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sourcesFileName, storyFileName } from '../../src/story/built.ts';
import { isEvent, isPlace, type Story } from '../../src/story/schema.ts';
import { SOURCE_CREDITS, type SourceKey } from '../../src/map/credits.ts';
import { jsonText } from '../io.ts';
import { buildSite } from '../site/build-site.ts';
import { defaultBase, loadStory, storyFile } from './build-story.ts';
import { fittedBasemap, licences, REGION_ONLY } from './fitted-basemap.ts';
import { readInput } from './read-input.ts';
import { type BaseInfo, resolveSources, resolveStory } from './resolve.ts';
import { placesById } from './story-order.ts';

export const USAGE =
  'usage: npm run story -- <events.csv | events.geojson | story.json> --out <dir> [--base-url <url>]';

export interface StoryArgs {
  input: string;
  out: string;
  baseUrl?: string;
}

/** The command line, or what is wrong with it. */
export function parseStoryArgs(argv: readonly string[]): StoryArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: 'string' }, 'base-url': { type: 'string' } },
      allowPositionals: true,
    });
  } catch (e) {
    return { error: `${(e as Error).message}\n${USAGE}` };
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1)
    return { error: `${positionals.length === 0 ? 'no input file' : 'one input file only'}\n${USAGE}` };
  if (!values.out) return { error: `--out <dir> is required\n${USAGE}` };
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined && !/^https?:\/\/.+\/$/.test(baseUrl))
    return { error: `--base-url: "${baseUrl}" should be an http(s) URL ending in "/"` };
  return { input: positionals[0], out: values.out, ...(baseUrl ? { baseUrl } : {}) };
}

/**
 * The build empties --out first: a folder that holds something other than a built site is most likely
 * a mistake (`--out .`), so it is refused rather than emptied.
 */
export function checkOut(out: string): string | undefined {
  if (!existsSync(out)) return undefined;
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes('index.html'))
    return `--out: ${out} is not empty and holds no built site (no index.html): refusing to empty it`;
  return undefined;
}

/** The sources a story's own data brings to its map: GeoNames, where its places were found in the gazetteer. */
const storySources = (story: Story): SourceKey[] =>
  story.features.some((f) => isPlace(f) && /^GeoNames\b/.test(f.properties.coordinateSource)) ? ['geonames'] : [];

/** Whether the story is the default one (geo/story/story.json, wherever it was copied): its base map is its own. */
const isDefaultStory = (story: Story): boolean => story.story.id === loadStory().story.id;

/** The story's data files, by their path in the site, and the paths of the default ones it does without. */
export async function storyData(story: Story): Promise<{ files: Record<string, string | Buffer>; remove: string[] }> {
  const places = placesById(story);
  const points = story.features.filter(isEvent).map((e) => places.get(e.properties.place)!.geometry.coordinates);
  const languages = story.story.languages;
  const base = isDefaultStory(story) ? undefined : await fittedBasemap(points, languages);
  const info: BaseInfo = base
    ? {
        maxBounds: base.clip,
        relief: base.relief.bbox,
        reliefMaxZoom: base.relief.maxzoom,
        zoomFiles: base.zoomFiles,
        mapSources: (Object.keys(SOURCE_CREDITS) as SourceKey[]).filter(
          (k) => base.sources.includes(k) || storySources(story).includes(k),
        ),
      }
    : defaultBase();
  const files: Record<string, string | Buffer> = { ...base?.files };
  // The licences of what the map draws: the base map's sources and the story's own (GeoNames' points).
  if (base) files['data/LICENCES.md'] = licences(info.mapSources as SourceKey[]);
  for (const lang of languages) {
    files[`data/${storyFileName(lang, languages)}`] = jsonText(resolveStory(story, lang, info));
    files[`data/${sourcesFileName(lang, languages)}`] = jsonText(resolveSources(story, lang));
  }
  return { files, remove: base ? REGION_ONLY : [] };
}

/** Puts the story's data in the built site, in place of the default story's. */
function writeData(outDir: string, data: { files: Record<string, string | Buffer>; remove: string[] }): void {
  // Other languages' files of the default story go: the site holds this story's only.
  for (const name of readdirSync(join(outDir, 'data')))
    if (/^(story|sources|changes)\b.*\.(geo)?json$/.test(name) && !(`data/${name}` in data.files))
      rmSync(join(outDir, 'data', name));
  for (const path of data.remove) rmSync(join(outDir, path), { recursive: true, force: true });
  for (const [path, content] of Object.entries(data.files)) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), content);
  }
}

export interface Console {
  log: (line: string) => void;
  error: (line: string) => void;
  /** A line rewritten in place (progress on a large spreadsheet). */
  progress?: (line: string) => void;
}

/** Runs the command; resolves to its exit code. */
export async function runStoryCommand(argv: readonly string[], out: Console = console): Promise<number> {
  const args = parseStoryArgs(argv);
  if ('error' in args) {
    out.error(args.error);
    return 2;
  }
  const outDir = resolve(args.out);
  const refused = checkOut(outDir);
  if (refused) {
    out.error(refused);
    return 2;
  }
  const started = Date.now();
  const input = readInput(args.input, {
    onProgress: (done, total, phase) =>
      out.progress?.(
        `${phase === 'read' ? 'reading' : 'checking'} ${args.input}: ${Math.round((100 * done) / total)}%`,
      ),
  });
  if ('errors' in input) {
    const n = input.errors.length;
    out.error(`${args.input}: ${n} ${n === 1 ? 'problem' : 'problems'}, nothing was built:`);
    for (const e of input.errors) out.error(`  ${e}`);
    return 1;
  }
  const data = await storyData(input.story);
  await buildSite(outDir, {
    baseUrl: args.baseUrl,
    // The scroll story demo (scrolly.html) is written for the default story: its site alone keeps it.
    demo: resolve(args.input) === storyFile,
    beforeRender: (dir) => writeData(dir, data),
    story: input.story,
  });
  const events = input.story.features.filter(isEvent).length;
  out.log(
    `built "${input.story.story.title[input.story.story.languages[0]]}" (${events} events) in ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const progress = process.stderr.isTTY
    ? (line: string) => process.stderr.write(`\r${line}\x1b[K${line.endsWith('100%') ? '\n' : ''}`)
    : undefined;
  process.exitCode = await runStoryCommand(process.argv.slice(2), { ...console, progress });
}

/**
 * The command line of `npm run video`, read: the story, the file to write (its extension is the
 * format), the size, pace, frame rate, days, language and theme. Pure, so its refusals are tested; the
 * size, pace, frame rate and format are checked by the page's own rules (video-options.ts), the days
 * once the story's range is known.
 */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { isLang, LANGUAGES, type Lang } from '../../src/i18n/i18n.ts';
import { themeNames, type ThemeName } from '../../src/theme/theme.ts';
import { videoShapeErrors, videoSizeName, type VideoAsk } from '../../src/video/video-options.ts';

export const USAGE =
  'usage: npm run video -- [events.csv | events.geojson | story.json] --out <file.mp4 | .webm | .gif> ' +
  '[--size square | portrait | landscape | 1080x1920] [--pace <days a second>] [--fps 24 | 25 | 30] ' +
  '[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang en | ru | kk] [--theme light | dark]';

export interface VideoArgs {
  /** A story to build first; the built default story when absent. */
  story?: string;
  out: string;
  /** As the page's dialog takes it: the size by name. */
  ask: VideoAsk & { size: string; format: string };
  lang?: Lang;
  theme?: ThemeName;
}

export function parseVideoArgs(argv: readonly string[]): VideoArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        ['out', 'size', 'pace', 'fps', 'from', 'to', 'lang', 'theme'].map((o) => [o, { type: 'string' as const }]),
      ),
      allowPositionals: true,
    });
  } catch (e) {
    return { error: `${(e as Error).message}\n${USAGE}` };
  }
  const { positionals, values: v } = parsed;
  const errors: string[] = [];
  if (positionals.length > 1) errors.push('one story only');
  if (!v.out) errors.push('--out <file> is required');
  const format = v.out ? extname(v.out).slice(1).toLowerCase() : 'mp4';
  const size = videoSizeName(v.size ?? 'square') ?? v.size!;
  const ask = { size, format, pace: v.pace ?? 2, fps: v.fps ?? 30, from: v.from, to: v.to };
  errors.push(
    ...videoShapeErrors(ask).map((e) =>
      e.startsWith('format') ? `--out ${v.out}: the file's extension must be .mp4, .webm or .gif` : e,
    ),
  );
  if (v.lang !== undefined && !isLang(v.lang)) errors.push(`--lang "${v.lang}" is not one of ${LANGUAGES.join(', ')}`);
  if (v.theme !== undefined && !(themeNames as readonly string[]).includes(v.theme))
    errors.push(`--theme "${v.theme}" is not one of ${themeNames.join(', ')}`);
  if (errors.length) return { error: `${errors.join('\n')}\n${USAGE}` };
  return {
    ...(positionals[0] ? { story: positionals[0] } : {}),
    out: v.out!,
    ask,
    ...(v.lang ? { lang: v.lang as Lang } : {}),
    ...(v.theme ? { theme: v.theme as ThemeName } : {}),
  };
}

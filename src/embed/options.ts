import { parseUrlState, type Parsed, type StoryRange, type UrlState } from '../model/url-state.ts';
import { readLayers } from '../model/layers.ts';

import { themeNames, type ThemeName } from '../theme/theme.ts';
import type { Lang } from '../i18n/i18n.ts';
import { pickLang } from '../i18n/pick-lang.ts';

/** What a host can set on an embed, by query string (iframe) or attribute (element). */
export interface EmbedOptions extends UrlState {
  autoplay: boolean;
  /** Event categories to show, by id; all when absent. */
  layers?: string[];
  panel: boolean;
  theme: ThemeName;
  /** The language asked for; when absent, the reader's or the host page's (pickLang). */
  lang?: Lang;
}

/** What an embed shows when nothing is asked. */
export const defaultOptions: EmbedOptions = { autoplay: false, panel: true, theme: 'light' };

/**
 * A true/false option, as the README writes it; bare (`?autoplay`, or an element's `autoplay`
 * attribute with no value) is true, as an HTML boolean attribute is. Anything else (`yes`, `1`) is
 * warned about like any other bad value rather than guessed.
 */
const flag = (name: string, raw: string | null, fallback: boolean, warnings: string[]): boolean => {
  if (raw === null) return fallback;
  if (raw === '' || raw === 'true') return true;
  if (raw === 'false') return false;
  warnings.push(`${name} "${raw}" is not true or false: using ${fallback}`);
  return fallback;
};

/**
 * Reads embed options from a query string. Like the URL state they build on, anything invalid is
 * ignored with a warning, and unknown parameters (Pym's childId, a CMS's tracking) are left alone.
 */
export function parseEmbedOptions(
  search: string,
  range: StoryRange,
  categories: readonly string[],
): Parsed<EmbedOptions> {
  const { value: state, warnings } = parseUrlState(search, range);
  const params = new URLSearchParams(search);
  const value: EmbedOptions = {
    ...state,
    autoplay: flag('autoplay', params.get('autoplay'), false, warnings),
    panel: flag('panel', params.get('panel'), true, warnings),
    theme: 'light',
  };
  const theme = params.get('theme');
  if (theme !== null) {
    if ((themeNames as readonly string[]).includes(theme)) value.theme = theme as ThemeName;
    else warnings.push(`theme "${theme}" is not one of ${themeNames.join(', ')}: ignored`);
  }
  const lang = params.get('lang');
  if (lang !== null) {
    const picked = pickLang(lang, []);
    value.lang = picked.lang;
    if (picked.warning) warnings.push(picked.warning);
  }
  const layers = params.get('layers');
  if (layers !== null) {
    const { layers: known, unknown } = readLayers(layers, categories);
    for (const l of unknown) warnings.push(`layer "${l}" is unknown: ignored`);
    if (known.length > 0) value.layers = known;
  }
  return { value, warnings };
}

/**
 * The iframe's `hostOrigin` option: the origin commands are taken from (a page's URL gives its
 * origin), else the referrer's. Anything that names no origin is warned about, not dropped in
 * silence: the embed would then obey a host its page did not mean.
 */
export function readHostOrigin(raw: string | null, referrer: string): { origin: string | null; warning?: string } {
  const originOf = (url: string): string | null => {
    try {
      const { origin } = new URL(url);
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  };
  const fallback = originOf(referrer);
  if (raw === null) return { origin: fallback };
  const origin = originOf(raw);
  if (origin) return { origin };
  const using = fallback ? `using the referrer's, ${fallback}` : 'taking commands from whichever page frames it';
  return { origin: fallback, warning: `hostOrigin "${raw}" is not an origin (https://news.example): ${using}` };
}

/**
 * The static map at build time: the story and the base map read from a built site's data, drawn by
 * the same renderer the browser uses (src/static/), as SVG for the pages and as PNG for images.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import fontverter from 'fontverter';
import { loadBaseData, type BaseData } from '../../src/static/base-data.ts';
import { sceneAt } from '../../src/static/scene.ts';
import { sceneInput } from '../../src/static/scene-input.ts';
import { sceneToSvg } from '../../src/static/svg.ts';
import type { Size } from '../../src/static/mercator.ts';
import type { View } from '../../src/model/url-state.ts';
import { LABEL_FAMILY } from '../../src/static/font-family.ts';
import { fontFile, fontSubsets } from '../../src/map/fonts.ts';
import { themes, type ThemeName } from '../../src/theme/theme.ts';
import type { I18n } from '../../src/i18n/i18n.ts';
import type { StoryEventCollection } from '../../src/story/built.ts';

export const readBaseData = (siteDir: string, story: StoryEventCollection): Promise<BaseData> =>
  loadBaseData(
    async (path) => JSON.parse(readFileSync(join(siteDir, path), 'utf8')),
    story.story.overlays.flatMap((o) => (o.kind === 'line' ? [o.line] : [])),
  );

export interface StaticMapOptions {
  base: BaseData;
  story: StoryEventCollection;
  date: string;
  size: Size;
  i18n: I18n;
  theme?: ThemeName;
  /** Where the relief image is, as the page will ask for it. */
  reliefHref?: string;
  /** Markup drawn over the map (a title band, the credits). */
  extra?: string;
  /** Where the map looks; the story's extent when none. */
  view?: View;
  /** The event ringed as chosen. */
  selectedId?: string;
}

export function staticMapSvg(o: StaticMapOptions): string {
  const input = sceneInput({
    story: o.story,
    base: o.base,
    size: o.size,
    theme: themes[o.theme ?? 'light'],
    i18n: o.i18n,
    reliefHref: o.reliefHref,
    view: o.view,
    selectedId: o.selectedId,
  });
  return sceneToSvg(sceneAt(input, o.date), {
    font: `'${LABEL_FAMILY}', 'Noto Sans', sans-serif`,
    title: o.i18n.t('map.label', { title: o.story.story.title }),
    extra: o.extra,
  });
}

/**
 * SVG to PNG with resvg, in the site's own label fonts (converted from WOFF2) and no system font:
 * the same bytes on every machine.
 */
export async function svgToPng(svg: string, siteDir: string): Promise<Buffer> {
  const fontBuffers = await Promise.all(
    fontSubsets.flatMap((s) =>
      [false, true].map(async (italic) =>
        Buffer.from(await fontverter.convert(readFileSync(join(siteDir, fontFile(s, italic))), 'truetype')),
      ),
    ),
  );
  const resvg = new Resvg(svg, {
    font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    resourcesDir: siteDir,
  } as ConstructorParameters<typeof Resvg>[1]);
  return resvg.render().asPng();
}

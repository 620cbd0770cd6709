import fontCyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import type { StyleAssets } from './style.ts';
import { topojsonUrl } from './topojson-protocol.ts';

/** A data file built into public/data, resolved against the page. */
export const dataUrl = (name: string, base: string = document.baseURI): string => new URL(`data/${name}`, base).href;

/** The style's files, resolved against the page so they stay on its origin wherever the build is hosted. */
export function styleAssets(base: string = document.baseURI): StyleAssets {
  const at = (path: string) => new URL(path, base).href;
  return {
    countries: topojsonUrl(at('data/countries.topojson')),
    data: (name) => (name.endsWith('.topojson') ? topojsonUrl(at(`data/${name}`)) : at(`data/${name}`)),
    labels: at('data/labels.geojson'),
    fontLatin: at('fonts/noto-sans-labels.woff2'),
    fontCyrillic: at(fontCyrillic),
  };
}

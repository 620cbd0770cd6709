import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontCyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import type { StyleAssets } from './style.ts';

/** A data file built into public/data, resolved against the page. */
export const dataUrl = (name: string, base: string = document.baseURI): string => new URL(`data/${name}`, base).href;

/** The style's files, resolved against the page so they stay on its origin wherever the build is hosted. */
export function styleAssets(base: string = document.baseURI): StyleAssets {
  const at = (path: string) => new URL(path, base).href;
  return {
    countries: at('data/countries.geojson'),
    border: at('data/border.geojson'),
    labels: at('data/labels.geojson'),
    fontLatin: at(fontLatin),
    fontCyrillic: at(fontCyrillic),
  };
}

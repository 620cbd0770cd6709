import type { StyleAssets } from './style.ts';
import { topojsonUrl } from './topojson-protocol.ts';

/**
 * The style's files, resolved against the page so they stay on its origin wherever the build is
 * hosted. Paths are joined as text, so tile templates keep their `{z}/{x}/{y}`.
 */
export function styleAssets(base: string = document.baseURI): StyleAssets {
  const root = new URL('./', base).href;
  const url = (path: string) => root + path;
  return { url, topojson: (path) => topojsonUrl(url(path)) };
}

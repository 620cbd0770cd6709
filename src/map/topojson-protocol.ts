import { addProtocol } from 'maplibre-gl';
import { decodeData } from './decode-data.ts';

const PREFIX = 'topojson+';

/**
 * A GeoJSON source's `data` for a TopoJSON file, read through `registerTopojson`: the scheme is
 * marked (`topojson+https:`) rather than the URL nested in another, which MapLibre would mangle.
 */
export const topojsonUrl = (url: string): string => PREFIX + url;

/**
 * Lets GeoJSON sources take TopoJSON files, decoded on the main thread on their way to the worker. A
 * failed fetch rejects, so MapLibre reports it as the source's error like any other.
 */
export function registerTopojson(): void {
  for (const scheme of ['http', 'https'])
    addProtocol(PREFIX + scheme, async ({ url }, abort) => {
      const response = await fetch(url.slice(PREFIX.length), { signal: abort.signal });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      return { data: decodeData(await response.json()) };
    });
}

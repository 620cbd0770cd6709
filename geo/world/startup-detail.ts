/**
 * How much detail a story's startup files keep. They are drawn at every zoom, but what a reader sees first
 * is the opening view: outlines there need no more than a pixel of detail a zoom in, and a story as wide
 * as the default one then starts on no more bytes than the default map does. The files loaded on zoom keep
 * the pack's detail.
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Bbox } from '../../src/story/schema.ts';
import { fitBounds } from '../../src/static/mercator.ts';
import { PRERENDER_SIZE } from '../../src/app/prerender-size.ts';
import { simplifiedTopology } from '../basemap/geometry.ts';

/** How many zooms past the opening view the startup files' outlines stay within a pixel. */
export const ZOOMS_AHEAD = 1;

/** The zoom a map of the prerendered size opens on to show `extent`. */
export const openingZoom = (extent: Bbox): number => fitBounds(extent, PRERENDER_SIZE).zoom;

/** A pixel's area in square degrees at `zoom` (512-pixel tiles). */
export const pixelArea = (zoom: number): number => (360 / 512 / 2 ** zoom) ** 2;

/** The area under which a startup file's vertex goes, for a story opening at `zoom`: a pixel ZOOMS_AHEAD zooms in. */
export const startupMinArea = (zoom: number): number => pixelArea(zoom + ZOOMS_AHEAD);

/** A topology of `objects` for the startup of a story opening at `zoom`, simplified to `startupMinArea`. */
export const startupTopology = (
  objects: Record<string, FeatureCollection>,
  zoom: number,
  quantization: number,
): Topology => simplifiedTopology(objects, { minArea: startupMinArea(zoom), quantization });

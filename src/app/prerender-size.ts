import type { Size } from '../static/mercator.ts';

/** The size the map is drawn at before the page has measured it: the prerendered SVG's, scaled to its box. */
export const PRERENDER_SIZE: Size = { width: 920, height: 560 };

/**
 * The map's symbols as numbers: line widths, radii, opacities, dashes and type sizes. The MapLibre
 * style (src/map) and the static scene (src/static) both read them from here, so the interactive map
 * and the static one, its pictures and video frames draw alike (a test evaluates the style against
 * the scene). Colours are the theme's (theme.ts).
 *
 * A value that follows the zoom is given as stops, `[zoom, value, zoom, value …]`, linear between and
 * held at the ends, as MapLibre's `interpolate` reads them. Dashes are in line widths, as MapLibre's
 * `line-dasharray` is; the scene multiplies them out.
 */
export type Zoomed = number | readonly number[];

/** A value at a zoom: a number as it is; stops interpolated, held at the ends. */
export function atZoom(value: Zoomed, zoom: number): number {
  if (typeof value === 'number') return value;
  if (zoom <= value[0]) return value[1];
  for (let i = 2; i < value.length; i += 2)
    if (zoom <= value[i]) {
      const t = (zoom - value[i - 2]) / (value[i] - value[i - 2]);
      return value[i - 1] + t * (value[i + 1] - value[i - 1]);
    }
  return value[value.length - 1];
}

/** Stops multiplied by `k`: a zoomed width for a feature `k` times as wide. */
export const scaled = (value: Zoomed, k: number): Zoomed =>
  typeof value === 'number' ? value * k : value.map((v, i) => (i % 2 ? v * k : v));

/** Dashes in line widths (as the style gives them) in pixels, for a line `width` wide. */
export const dashPixels = (dash: readonly number[], width: number): number[] => dash.map((d) => d * width);

/** A text's halo, each side of its strokes, in pixels. */
export const HALO = 1.5;

export const SYMBOLS = {
  /** Every country's outline, drawn with its land. */
  countryOutline: { width: 0.7 },
  /** A story's focus country. */
  focusOutline: { width: 1.4 },
  /** A lake's shore of the past (the Aral Sea's), dashed. */
  historicShore: { width: 0.8, dash: [3, 2] },
  /** A river, per unit of its `width` property. */
  river: { width: [3, 0.5, 8, 2] },
  /** Inner borders of a country's regions; generalised, so not drawn at a city's streets. */
  regionBorder: { width: [3, 0.4, 8, 1], dash: [4, 2], maxzoom: 10 },
  /** A story's line (the border): always drawn, labelled above its label point. */
  storyLine: { width: [3, 2, 8, 4], labelSize: 12, labelOffset: 0.6 },
  /** Countries a story lights over their days, in their category's colour. */
  litCountry: { fillOpacity: 0.16, width: 1.5, opacity: 1 },
  /** Regions a story lights (a state of emergency), in the theme's emphasis. */
  litRegion: { fillOpacity: 0.1, width: 1, opacity: 0.45, maxzoom: 10 },
  /** A route (troops on their way), dashed. */
  route: { width: 1.5, opacity: 0.8, dash: [2, 2] },
  /** An event at a place: a dot in its category's colour. */
  event: { radius: [3, 5, 10, 8], strokeWidth: 1.2 },
  /** An event placed on a whole country: a ring in its colour, hollow, so no one takes it for its capital's. */
  nationalEvent: { radius: [3, 6, 10, 9], strokeWidth: 3 },
  /** The ring around the day's new events; on the live map it pulses out by `pulse` as the day changes. */
  newRing: { radius: [3, 10, 10, 13], width: 2, pulse: 8 },
  /** The ring around the event the reader chose, on the static map (the live map opens its popup). */
  selectedRing: { gap: 3, width: 2 },
  /** Towns: capitals larger and hollow, region centres a step up. */
  town: {
    radius: { capital: 3.5, 'region-centre': 2.6, other: 2 },
    strokeWidth: { capital: 1.6, other: 0.8 },
    /** Text sizes by population: at least 200,000 and at least a million; capitals a step up. */
    textSize: { small: 11, large: 12, million: 13.5, capital: 1 },
    labelOffset: 0.9,
  },
  countryLabel: { size: [3, 10, 6, 14], letterSpacing: 0.2, maxWidth: 8, offset: 1.2, maxzoom: 8 },
  waterLabel: { size: [3, 11, 8, 14], maxWidth: 6 },
  physicalLabel: { size: [3, 10, 7, 13], letterSpacing: 0.25, maxWidth: 7 },
  regionLabel: { size: 10, letterSpacing: 0.15, maxWidth: 8, minzoom: 5, maxzoom: 9 },
  /** The shaded relief: fading out over this many zoom levels past the zoom its pixels support. */
  relief: { fadeOver: 2, supportedZoom: 7 },
} as const;

/**
 * The relief's strength (times the theme's) by zoom: whole up to the zoom its pixels support (the
 * story's `reliefMaxZoom`), gone two levels later, where it would be blocks.
 */
export const reliefFade = (supported: number = SYMBOLS.relief.supportedZoom): number[] => [
  supported,
  1,
  supported + SYMBOLS.relief.fadeOver,
  0,
];

/** Whether a feature is drawn yet at `zoom`: the world pack's features say from which zoom (none: always). */
export const shownFrom = (minzoom: unknown, zoom: number): boolean => Number(minzoom ?? 0) <= zoom;

/** A town's text size for its population and kind. */
export function townTextSize(population: number, capital: boolean): number {
  const s = SYMBOLS.town.textSize;
  return (population >= 1_000_000 ? s.million : population >= 200_000 ? s.large : s.small) + (capital ? s.capital : 0);
}

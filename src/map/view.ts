import type { LngLatBoundsLike } from 'maplibre-gl';

/** The story's opening view: the Caspian to Moscow and Minsk, and east to Kazakhstan's far border. */
export const initialBounds: LngLatBoundsLike = [
  [26, 37],
  [88, 57],
];

/** The reader can pan around, but not off the data the build clipped. */
export const maxBounds: LngLatBoundsLike = [
  [5, 22],
  [115, 70],
];
